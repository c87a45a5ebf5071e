/**
 * "Ask the article"'s engine: a bundle of its own (ask.js, see build.mjs), which the popup imports on
 * the reader's first question. The popup's first frame needs none of it (18 KB of the popup's 42, minified).
 */
export { indexSentences } from '../../summarize/index-sentences';
export { searchSentences } from '../../summarize/search-sentences';
export { summaryInput } from '../../summarize/summarize-article';
