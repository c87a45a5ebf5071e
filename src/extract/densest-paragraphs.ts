/** Where a paragraph is page furniture, or never shown at all (a script's or template's inside). */
const SKIPPED =
  'nav, header, footer, aside, form, [role="navigation"], [role="contentinfo"], script, style, template, noscript';

/**
 * Fallback when Readability finds nothing or a stub: the element whose direct `<p>` children hold the
 * most text (the densest run of paragraphs), the way simple extractors did before Readability.
 */
export function densestParagraphs(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || p.closest(SKIPPED)) continue;
    const text = (p.textContent ?? '').trim();
    // Short lines are captions and buttons; they should not make a block win.
    if (text.length < 40) continue;
    score.set(parent, (score.get(parent) ?? 0) + text.length - 40 * p.querySelectorAll('a').length);
  }
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
