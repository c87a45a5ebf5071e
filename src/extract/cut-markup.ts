import { MAX_ELEMENTS } from './page-caps';

/** A comment, or a script's or style's body (their `<`s are no tags), or the start of a tag. */
const TAG_OR_RAW_TEXT = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<[a-z]/gi;

/**
 * `html` cut before its `maxElements + 1`-th start tag, for parsers that build the whole page before
 * Precis reads it (jsdom takes seconds per 100,000 elements): the same element cap the content script's
 * copy applies (`copyPage`), applied to markup. Returns whether anything was cut.
 */
export function cutMarkup(html: string, maxElements = MAX_ELEMENTS): { html: string; isCut: boolean } {
  let count = 0;
  TAG_OR_RAW_TEXT.lastIndex = 0;
  for (let match = TAG_OR_RAW_TEXT.exec(html); match; match = TAG_OR_RAW_TEXT.exec(html)) {
    if (match[0].startsWith('<!--')) continue;
    if (++count > maxElements) return { html: html.slice(0, match.index), isCut: true };
  }
  return { html, isCut: false };
}
