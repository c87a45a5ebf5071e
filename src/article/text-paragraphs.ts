/** Longest first line still taken for a headline in a plain-text article. */
const MAX_HEADLINE_CHARS = 150;

/** A line that ends a sentence: closing punctuation, maybe inside quotes or brackets. */
const LINE_END = /[.!?:;…。！？]["”’'»)\]]*$/u;
const STARTS_LOWER = /^(?:["“‘'«(]\s*)*\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/**
 * Splits plain text into paragraphs: on blank lines when there are any, else on single newlines.
 * Lines inside a paragraph are joined with a space; whitespace is collapsed. Without blank lines, text
 * wrapped at a width (as copied from a PDF or a terminal) is one sentence over several lines: a line
 * that ends without closing punctuation goes on into the next when that one opens in lower case (in
 * cased text only: lower-cased text has no such evidence). A word hyphenated at a line's end is joined
 * back without the space.
 */
export function textParagraphs(text: string): string[] {
  const normalized = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .replace(/(\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu, '$1-');
  const hasBlankLine = /\n[ \t]*\n/u.test(normalized.trim());
  const blocks = hasBlankLine ? normalized.split(/\n[ \t]*\n/u) : unwrapLines(normalized);
  return blocks.map((b) => b.replace(/\s+/gu, ' ').trim()).filter((b) => b !== '');
}

function unwrapLines(text: string): string[] {
  const lines = text.split('\n');
  if (!HAS_UPPER.test(text)) return lines;
  const blocks: string[] = [];
  let previous = '';
  for (const line of lines) {
    const trimmed = line.trim();
    // The line before, not the block so far: each test stays as short as a line.
    if (blocks.length > 0 && trimmed !== '' && STARTS_LOWER.test(trimmed) && !LINE_END.test(previous)) {
      blocks[blocks.length - 1] += ` ${trimmed}`;
    } else {
      blocks.push(trimmed);
    }
    previous = trimmed;
  }
  return blocks;
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
