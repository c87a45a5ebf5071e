import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findSummaryWidgets } from '../../../src/extract';
import { collectBlocks } from '../../../src/extract/collect-blocks';
import { dropFurniture } from '../../../src/extract/drop-furniture';

type Tree = string | { tag: string; children: Tree[] };

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'h2',
  'ul',
  'li',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'section',
  'aside',
  'button',
  'br',
  'script',
];
const WORDS = [
  'the',
  'council',
  'said',
  'budget',
  'Get a summary',
  'No time to read?',
  'Next Article',
  'false',
  '12',
  'Share',
  'Key points',
  'TL;DR',
  '©',
  'https://x.example',
  'Привет',
  '防潮堤',
  '.',
  ',',
  ' ',
  '\n',
  '\u00a0',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((w) => w.join(' '));
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')),
  node: fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('tree'), { maxLength: 5 }) }),
}));

function build(doc: Document, t: Tree): Node {
  if (typeof t === 'string') return doc.createTextNode(t);
  const el = doc.createElement(t.tag);
  for (const c of t.children) el.appendChild(build(doc, c));
  return el;
}

/** The text a reader could see: without the subtrees extraction never reads. */
function visibleText(root: Element, skip = 'script, style, button, noscript, template, br'): string {
  const copy = root.cloneNode(true) as Element;
  // collectBlocks skips these (and whatever a generated tree put inside a <br>).
  for (const el of Array.from(copy.querySelectorAll(skip))) el.remove();
  return (copy.textContent ?? '').replace(/\s+/g, '');
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Every character of `part` is one of `whole`'s, used no more often than there: nothing invented or repeated. */
function isDrawnFrom(part: string, whole: string): boolean {
  const left = new Map<string, number>();
  for (const ch of whole) left.set(ch, (left.get(ch) ?? 0) + 1);
  for (const ch of part.replace(/\s/g, '')) {
    const n = left.get(ch) ?? 0;
    if (n === 0) return false;
    left.set(ch, n - 1);
  }
  return true;
}

describe('clean-up over generated DOM trees', () => {
  it('never throws and never invents text', () => {
    const { document } = new JSDOM('<!DOCTYPE html><body></body>').window;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        const root = document.createElement('div');
        for (const t of trees) root.appendChild(build(document, t));
        const source = visibleText(root);
        const { blocks } = collectBlocks(root, { maxChars: 10_000, maxBlocks: 1_000 });
        for (const b of dropFurniture(blocks, { title: 'the council', byline: 'Ann Lee' })) {
          expect(b.text.trim()).toBe(b.text);
          expect(b.text).not.toBe('');
          expect(source).toContain(squash(b.text));
        }
      }),
      { numRuns: 300 },
    );
  });

  it(
    'extractArticle and findSummaryWidgets never throw, never mutate the page, never invent text',
    { timeout: 120_000 },
    () => {
      fc.assert(
        fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
          const { document } = new JSDOM('<!DOCTYPE html><html><head><title>t</title></head><body></body></html>', {
            url: 'https://example.test/a',
          }).window;
          for (const t of trees) document.body.appendChild(build(document, t));
          const before = document.documentElement.outerHTML;
          // Readability rewrites tags (a <div> in a <button> can come out as a paragraph), so compare with all
          // text but scripts; and it may reorder the cells of a table nested straight in a table (a tree only
          // scripts can build), so the text is checked as drawn from the page's, not in its order.
          const source = visibleText(document.body, 'script, style');
          const result = extractArticle(document, { force: true });
          if (result.ok)
            for (const p of result.article.paragraphs) expect(isDrawnFrom(squash(p), source), p).toBe(true);
          const widgets = findSummaryWidgets(document);
          for (const w of widgets) {
            expect(document.body.contains(w)).toBe(true);
            expect(widgets.some((o) => o !== w && o.contains(w))).toBe(false);
          }
          expect(document.documentElement.outerHTML).toBe(before);
        }),
        { numRuns: 100 },
      );
    },
  );
});
