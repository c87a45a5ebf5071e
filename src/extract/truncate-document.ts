/**
 * Cuts `doc` (a copy: this mutates) after its first `maxChars` characters of text, so Readability's
 * passes over a huge page cost what a long article costs. Reads only up to the cut, never the whole
 * page's text. Returns whether anything was cut.
 */
export function truncateDocument(doc: Document, maxChars: number): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  let node = walker.nextNode();
  while (node && (total += (node as Text).data.length) <= maxChars) node = walker.nextNode();
  if (!node) return false;
  let isCut = false;
  // Everything after `node` in document order goes: its later siblings, then each ancestor's.
  for (let at: Node | null = node; at && at !== body; at = at.parentNode) {
    while (at.nextSibling) {
      at.nextSibling.remove();
      isCut = true;
    }
  }
  return isCut;
}
