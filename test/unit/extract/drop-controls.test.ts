// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { dropControls } from '../../../src/extract/drop-controls';

const STORY = '<p>The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.</p>';
const page = (html: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><body><article>${STORY}${html}${STORY}</article></body>`,
    'text/html',
  );

describe('dropControls', () => {
  test.each([
    ['a div drawn as a button', '<div role="button" tabindex="0">Mehr anzeigen</div>'],
    ['a span drawn as a button in a paragraph', '<p><span role="button">もっと見る</span></p>'],
    ['a tab', '<div role="tablist"><div role="tab">Latest</div><div role="tab">Most read</div></div>'],
    ['a switch, the role in capitals', '<span role="SWITCH">Dark mode</span>'],
  ])('removes the label of %s', (_, html) => {
    const doc = page(html);
    expect(dropControls(doc)).toBeGreaterThan(0);
    expect(doc.querySelector('[role="button" i], [role="tab" i], [role="switch" i]')).toBeNull();
    expect(doc.querySelectorAll('article > p')[0]!.textContent).toContain('council');
  });

  test.each([
    ['a link drawn as a button (the link rules judge it)', '<a role="button" href="/subscribe">Subscribe</a>'],
    ['a real button (Readability drops it)', '<button>Show more</button>'],
    [
      'a role over more than a label',
      '<div role="button">The council will publish the full budget, line by line, on its website next week.</div>',
    ],
    ['an accordion’s heading', '<h3 role="button" aria-expanded="true">Road repairs</h3>'],
    ['an accordion’s question', '<div role="button" aria-expanded="true">What does it cost?</div>'],
  ])('leaves alone %s', (_, html) => {
    const doc = page(html);
    expect(dropControls(doc)).toBe(0);
  });
});
