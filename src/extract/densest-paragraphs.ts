import { isHidden } from './prune-copy';

/** Where a paragraph is page furniture, or never shown at all (a script's or template's inside). */
const SKIPPED =
  'nav, header, footer, aside, form, [role="navigation"], [role="contentinfo"], script, style, template, noscript';

function isShown(p: Element): boolean {
  for (let el: Element | null = p; el; el = el.parentElement) if (isHidden(el)) return false;
  return true;
}

/** Each block's score: the text of its direct `<p>` children, less their links; paragraphs `counts` passes only. */
function scoreBlocks(paragraphs: readonly Element[], counts: (p: Element) => boolean): Map<Element, number> {
  const score = new Map<Element, number>();
  for (const p of paragraphs) {
    const parent = p.parentElement;
    if (!parent || !counts(p)) continue;
    const text = (p.textContent ?? '').trim();
    // Short lines are captions and buttons; they should not make a block win.
    if (text.length < 40) continue;
    score.set(parent, (score.get(parent) ?? 0) + text.length - 40 * p.querySelectorAll('a').length);
  }
  return score;
}

/**
 * Fallback when Readability finds nothing or a stub: the element whose direct `<p>` children hold the
 * most text (the densest run of paragraphs), the way simple extractors did before Readability.
 * The block is chosen by the paragraphs a reader sees: hidden ones (an invisible copy, a placeholder)
 * would otherwise outweigh the story; a teaser's hidden remainder still comes along with its block.
 */
export function densestParagraphs(doc: Document): Element | null {
  const paragraphs = Array.from(doc.querySelectorAll('p')).filter((p) => !p.closest(SKIPPED));
  let score = scoreBlocks(paragraphs, isShown);
  // A page that hides every paragraph (a story collapsed whole) is read hidden or not at all.
  if (score.size === 0) score = scoreBlocks(paragraphs, () => true);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  // A story that opens with a teaser and hides the rest behind "Continue reading" has its first
  // paragraph beside the box that holds the others: take both.
  const parent = best?.parentElement;
  if (
    best &&
    parent &&
    Array.from(parent.children).some((c) => c.tagName === 'P' && (c.textContent ?? '').trim().length >= 40)
  ) {
    return parent;
  }
  return best;
}
