import { findTextRange } from './find-text-range';

const HIGHLIGHT = 'precis-sentence';
const STYLE_ID = 'precis-highlight-style';
const CSS_TEXT = `::highlight(${HIGHLIGHT}) { background-color: #ffd66b !important; color: #1d1d1f !important; }
mark[data-precis] { background-color: #ffd66b !important; color: #1d1d1f !important; }`;

let marks: HTMLElement[] = [];

/** Takes the highlight away, whichever way it was drawn. */
export function clearHighlight(doc: Document = document): void {
  const highlights = (doc.defaultView?.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  highlights?.delete(HIGHLIGHT);
  for (const mark of marks) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize(); // join the text nodes the marks split, so the page is as it was
  }
  marks = [];
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
}

/** Wraps each text node the range covers in `<mark>`, for browsers without the Custom Highlight API. */
function markRange(doc: Document, range: Range): HTMLElement[] {
  const root = range.commonAncestorContainer;
  const texts: Text[] = root.nodeType === 3 ? [root as Text] : [];
  if (texts.length === 0) {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) texts.push(node as Text);
    }
  }
  // The range is live and moves as the nodes are split and wrapped: keep its ends as they are now.
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const out: HTMLElement[] = [];
  for (const text of texts) {
    let piece = text;
    if (piece === endContainer) piece.splitText(endOffset);
    if (piece === startContainer && startOffset > 0) piece = piece.splitText(startOffset);
    const mark = doc.createElement('mark');
    mark.dataset.precis = '';
    piece.replaceWith(mark);
    mark.append(piece);
    out.push(mark);
  }
  return out;
}

/**
 * Scrolls the page to `sentence` and highlights it there (the CSS Custom Highlight API where the browser
 * has it, `<mark>` otherwise) until the reader clicks elsewhere. Returns whether the sentence was found.
 */
export function highlightSentence(doc: Document, sentence: string): boolean {
  clearHighlight(doc);
  const range = findTextRange(doc.body ?? doc.documentElement, sentence);
  if (!range) return false;
  ensureStyle(doc);
  const win = doc.defaultView;
  const Highlight = (win as unknown as { Highlight?: new (r: Range) => unknown } | null)?.Highlight;
  const highlights = (win?.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (Highlight && highlights) highlights.set(HIGHLIGHT, new Highlight(range));
  else marks = markRange(doc, range);

  const target = range.startContainer.parentElement;
  const isReduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  target?.scrollIntoView({ block: 'center', behavior: isReduced ? 'auto' : 'smooth' });
  // The next click anywhere ends the highlight; added after this turn so the click that asked doesn't.
  setTimeout(() => doc.addEventListener('pointerdown', () => clearHighlight(doc), { once: true, capture: true }), 0);
  return true;
}
