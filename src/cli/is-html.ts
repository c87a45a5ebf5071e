/** Tags whose presence near the start makes a file HTML even when something else comes first. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1)\b[^>]*>/iu;
/** How far into the file to look for such a tag. */
const SNIFF_CHARS = 2048;

/** True when `content` looks like HTML rather than plain text (judged by content, not file name). */
export function isHtml(content: string): boolean {
  const head = content.replace(/^\uFEFF/u, '').trimStart();
  if (head.startsWith('<')) return true;
  return HTML_TAG.test(head.slice(0, SNIFF_CHARS));
}
