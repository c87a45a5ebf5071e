// @vitest-environment jsdom
/** On a page of several stories the in-page box goes only into the summarized one, or nowhere. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { removeInPageSummary, showInPageSummary } from '../../../src/content/in-page-box';
import type { InPageSummary } from '../../../src/protocol';

vi.mock('../../../src/browser', () => ({ default: { i18n: { getMessage: (key: string) => key } } }));

const SUBJECTS = ['harbour', 'library', 'tramway'];
const para = (s: string, n: number) =>
  `Paragraph ${n} about the ${s}: the council met on Tuesday and agreed, after a long debate, to spend more on it next year.`;

/** Three stories; `widgets` lists the stories that carry a "Get a summary" button. */
function feed(widgets: number[]): void {
  document.body.innerHTML = SUBJECTS.map(
    (s, i) =>
      `<article id="s${i}"><h2>The ${s} story</h2>` +
      (widgets.includes(i) ? `<div class="ai"><button type="button">Get a summary</button></div>` : '') +
      [1, 2, 3, 4].map((n) => `<p>${para(s, n)}</p>`).join('') +
      `</article>`,
  ).join('');
}

function box(overrides: Partial<InPageSummary>): InPageSummary {
  return {
    title: 'The tramway story',
    lang: 'en',
    sentences: [para('tramway', 1)],
    placement: 'widget',
    theme: 'system',
    ...overrides,
  };
}

const hostStory = () => document.querySelector('precis-summary')?.closest('article')?.id ?? null;
const hiddenWidgets = () =>
  Array.from(
    document.querySelectorAll<HTMLElement>('.ai'),
    (w) => w.closest('article')!.id + (w.style.display === 'none' ? ':hidden' : ''),
  );

afterEach(() => {
  removeInPageSummary();
  document.body.innerHTML = '';
});

describe('showInPageSummary on a page of several stories', () => {
  test.each([
    ['the story’s own widget; the others’ untouched', [0, 2], box({ storyIndex: 2 }), 's2', ['s0', 's2:hidden']],
    ['no widget in that story: nowhere, though others have one', [0, 1], box({ storyIndex: 2 }), null, ['s0', 's1']],
    [
      'always-on: before that story’s first paragraph',
      [0],
      box({ storyIndex: 2, placement: 'story', anchorText: para('tramway', 1) }),
      's2',
      ['s0'],
    ],
    ['a story index the page no longer has: nowhere', [2], box({ storyIndex: 9 }), null, ['s2']],
    ['a page of one story: the first widget anywhere', [1, 2], box({}), 's1', ['s1:hidden', 's2:hidden']],
  ])('%s', (_, widgets, summary, story, after) => {
    feed(widgets);
    expect(showInPageSummary(document, summary)).toBe(story !== null);
    expect(hostStory()).toBe(story);
    expect(hiddenWidgets()).toEqual(after);
  });
});
