/** What a reader never sees and Readability never keeps: code, styles, drawings, templates. */
const UNREAD = 'script:not([type="application/ld+json"]), style, noscript, template, svg, link[rel="stylesheet"]';

/**
 * Readability's own visibility test (0.6.0 `_isProbablyVisible`), in selector form: it drops these
 * subtrees as it meets them, so dropping them first changes nothing but the time its passes take.
 */
const HIDDEN =
  '[hidden], [aria-hidden="true"]:not([class*="fallback-image"]), [style*="display"], [style*="visibility"]';

/** Whether `el` itself is hidden by Readability's test (its ancestors aside). */
export function isHidden(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
  return (
    style.display === 'none' ||
    style.visibility === 'hidden' ||
    el.hasAttribute('hidden') ||
    (el.getAttribute('aria-hidden') === 'true' && !el.className.includes?.('fallback-image'))
  );
}

/**
 * Removes from `doc` (a copy: this mutates) what Readability would skip anyway: scripts (but the
 * JSON-LD it reads), styles, noscript, templates, inline SVG, and the body's hidden subtrees. Its
 * passes, and the copy of the page it keeps for a retry, then cover only what could be story.
 */
export function pruneCopy(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(UNREAD))) el.remove();
  const body = doc.body;
  if (!body) return;
  // Outermost first: a removed subtree's hidden descendants go with it.
  for (const el of Array.from(body.querySelectorAll(HIDDEN))) if (el.isConnected && isHidden(el)) el.remove();
}
