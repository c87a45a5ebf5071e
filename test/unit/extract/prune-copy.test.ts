// @vitest-environment jsdom
import { Readability } from '@mozilla/readability';
import { describe, expect, test } from 'vitest';
import { pruneCopy } from '../../../src/extract/prune-copy';

function doc(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><head>${head}</head><body>${body}</body>`, 'text/html');
}

describe('pruneCopy', () => {
  test('drops code, styles, drawings and templates, keeps the JSON-LD Readability reads', () => {
    const d = doc(
      '<style>p{}</style><script>var a</script><script type="application/ld+json">{"headline":"H"}</script><link rel="stylesheet" href="x.css">',
      '<p>story<script>track()</script></p><noscript><p>enable JS</p></noscript><svg><title>icon</title></svg><template><p>later</p></template>',
    );
    pruneCopy(d);
    expect(d.querySelectorAll('script')).toHaveLength(1);
    expect(d.querySelector('script')!.type).toBe('application/ld+json');
    expect(d.querySelector('style, noscript, svg, template, link')).toBeNull();
    expect(d.body.textContent).toBe('story');
  });

  test('reads a script type and a link rel as the selectors do, ignoring case; keeps other links', () => {
    const d = doc(
      '<script type="Application/LD+JSON">{"headline":"H"}</script><link rel="Stylesheet" href="x.css"><link rel="canonical" href="https://news.example/a">',
      '<p>story</p>',
    );
    pruneCopy(d);
    expect(d.querySelectorAll('script')).toHaveLength(1);
    expect(Array.from(d.querySelectorAll('link'), (l) => l.rel)).toEqual(['canonical']);
  });

  test.each([
    ['the hidden attribute', '<div hidden><p>gone</p></div>'],
    ['aria-hidden', '<aside aria-hidden="true"><p>gone</p></aside>'],
    ['display: none', '<div style="color: red; display: none"><p>gone</p></div>'],
    ['visibility: hidden', '<section style="visibility:hidden"><p>gone</p></section>'],
    ['a hidden parent of a hidden child', '<div hidden><p style="display:none">gone</p><p>gone too</p></div>'],
  ])('drops a subtree hidden by %s', (_, hidden) => {
    const d = doc('', `<p>before</p>${hidden}<p>after</p>`);
    pruneCopy(d);
    expect(d.body.textContent).toBe('beforeafter');
  });

  test.each([
    ['a display other than none', '<div style="display: block"><p>kept</p></div>'],
    ['aria-hidden="false"', '<div aria-hidden="false"><p>kept</p></div>'],
    [
      'a fallback image, which Readability shows',
      '<span class="mwe-math-fallback-image" aria-hidden="true">kept</span>',
    ],
  ])('keeps what is visible: %s', (_, shown) => {
    const d = doc('', `<p>before</p>${shown}`);
    pruneCopy(d);
    expect(d.body.textContent).toBe('beforekept');
  });

  test('Readability finds the same story in a pruned copy as in the whole page', () => {
    const story = Array.from(
      { length: 12 },
      (_, i) =>
        `<p>Paragraph ${i}: the council said the bridge repairs would take longer, and residents, who cross it daily, were told to expect delays, detours and a new timetable.</p>`,
    ).join('');
    const html = `<header><nav><a href="/">Home</a><svg><text>logo</text></svg></nav></header><main><article><h1>Bridge</h1>${story}<div hidden><p>${'Hidden teaser text. '.repeat(20)}</p></div><script>ads()</script></article></main><div style="display:none">${'Cookie banner text. '.repeat(20)}</div><footer>© Paper</footer>`;
    const whole = doc('<title>Bridge</title>', html);
    const pruned = doc('<title>Bridge</title>', html);
    pruneCopy(pruned);
    expect(new Readability(pruned).parse()?.textContent).toBe(new Readability(whole).parse()?.textContent);
  });
});
