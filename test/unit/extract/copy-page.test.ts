import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { copyNodeByNode, copyPage } from '../../../src/extract/copy-page';
import { MAX_DEPTH } from '../../../src/extract/page-caps';

const load = (html: string, url = 'https://news.example/2026/story') => new JSDOM(html, { url }).window.document;

function depthOf(doc: Document): number {
  let max = 0;
  const walker = doc.createTreeWalker(doc.documentElement, 1);
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    let depth = 0;
    for (let at = node.parentNode; at && at !== doc; at = at.parentNode) depth++;
    max = Math.max(max, depth);
  }
  return max;
}

// Deep pages take jsdom seconds to parse on a busy machine.
describe('copyPage', { timeout: 60_000 }, () => {
  it('copies an ordinary page whole and leaves the page as it was', () => {
    const doc = load('<title>T</title><article><h1>T</h1><p>One <a href="/a">two</a>.</p></article>');
    const before = doc.documentElement.outerHTML;
    const { copy, isCut } = copyPage(doc);
    expect(isCut).toBe(false);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.outerHTML).toBe(before);
    copy.body.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  // 5,000 levels, which overflow jsdom's recursive clone, are the CLI batch's (test/slow): parsing them
  // takes seconds. The copy's own rules show at 1,500.
  it.each([
    ['nested divs', '<div>', '</div>'],
    ['nested divs with text at every level', '<div>level ', '</div>'],
  ])('copies %s without overflowing the stack: every paragraph, no deeper than the cap', (_, open, close) => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the deep story.</p>`).join('');
    const doc = load(`<h1>Deep</h1>${open.repeat(1_500)}${story}${close.repeat(1_500)}<p>After.</p>`);
    const { copy } = copyNodeByNode(doc);
    expect(depthOf(copy)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(copy.body.textContent).toBe(doc.body.textContent);
    if (open !== '<div>') return; // text at every level: no wrapper to leave out, so p sits too deep to keep its text
    expect(Array.from(copy.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      ...Array.from({ length: 5 }, (_, i) => `Paragraph ${i} of the deep story.`),
      'After.',
    ]);
    expect(copy.querySelector('h1')?.textContent).toBe('Deep');
  });

  it('copied node by node, it keeps JSON-LD, drops other scripts and styles, and resolves links as the page does', () => {
    const doc = load(
      `<head><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var x = 1</script><style>p{}</style></head>` +
        `<body><p><a href="other">Other story</a></p>${'<span></span>'.repeat(100)}</body>`,
    );
    const { copy, isCut } = copyNodeByNode(doc, 50);
    expect(isCut).toBe(true);
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(51);
    expect(Array.from(copy.scripts, (s) => s.type)).toEqual(['application/ld+json']);
    expect(copy.querySelector('style')).toBeNull();
    expect(copy.querySelector('a')?.href).toBe('https://news.example/2026/other');
  });
});
