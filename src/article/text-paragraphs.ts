/** Longest first line still taken for a headline in a plain-text article. */
const MAX_HEADLINE_CHARS = 150;

/**
 * Splits plain text into paragraphs: on blank lines when there are any, else on single newlines.
 * Lines inside a paragraph are joined with a space; whitespace is collapsed.
 */
export function textParagraphs(text: string): string[] {
  const normalized = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const hasBlankLine = /\n[ \t]*\n/u.test(normalized.trim());
  const blocks = normalized.split(hasBlankLine ? /\n[ \t]*\n/u : /\n/u);
  return blocks.map((b) => b.replace(/\s+/gu, ' ').trim()).filter((b) => b !== '');
}

/**
 * A plain-text article: when the first paragraph is a single short line without closing
 * punctuation and more text follows, it is the headline, not body text.
 */
export function textArticleParts(text: string): { title: string | null; paragraphs: string[] } {
  const paragraphs = textParagraphs(text);
  const first = paragraphs[0];
  const normalized = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .trimStart();
  const firstLine = normalized.split('\n', 1)[0]?.trim() ?? '';
  const isHeadline =
    first !== undefined &&
    paragraphs.length > 1 &&
    first === firstLine &&
    first.length <= MAX_HEADLINE_CHARS &&
    !/[.!?:;,…。！？"”'’)]$/u.test(first);
  return isHeadline ? { title: first, paragraphs: paragraphs.slice(1) } : { title: null, paragraphs };
}
