/**
 * What a reader never sees and Readability never keeps: code (but the JSON-LD it reads), styles,
 * drawings, templates, stylesheet links. Found by tag name, not by one selector with `:not()`: in
 * jsdom (the CLI) that selector cost ~10 ms on the median Zyte page, the tag lists ~2 ms.
 */
const UNREAD_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'link'] as const;

function isUnread(el: Element): boolean {
  switch (el.localName) {
    case 'script':
      // As the selectors `[type=…]` and `[rel=…]` compare these two in HTML: ignoring case.
      return el.getAttribute('type')?.toLowerCase() !== 'application/ld+json';
    case 'link':
      return el.getAttribute('rel')?.toLowerCase() === 'stylesheet';
    default:
      return true;
  }
}

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
  for (const tag of UNREAD_TAGS)
    for (const el of Array.from(doc.getElementsByTagName(tag))) if (isUnread(el)) el.remove();
  const body = doc.body;
  if (!body) return;
  // Outermost first: a removed subtree's hidden descendants go with it.
  for (const el of Array.from(body.querySelectorAll(HIDDEN))) if (el.isConnected && isHidden(el)) el.remove();
}
