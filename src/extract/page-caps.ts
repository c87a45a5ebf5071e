/**
 * How much of a page Precis reads: one set of caps for the content script and the CLI alike, so a huge
 * or strange page costs what a long article costs on every path.
 */

/** Characters of text read, about 170,000 words: far beyond any story. */
export const DEFAULT_MAX_CHARS = 1_000_000;
/** Story blocks kept. */
export const MAX_PARAGRAPHS = 5_000;
/** Elements read: a page past this is read up to it (news pages have a few thousand; the biggest, tens of thousands). */
export const MAX_ELEMENTS = 40_000;
/** Nesting depth of the copy Readability reads: Chromium's HTML parser stops nesting at the same depth. */
export const MAX_DEPTH = 512;
/** Table rows past which a page whose text is nearly all in table cells is data, not an article. */
export const DATA_TABLE_ROWS = 200;
