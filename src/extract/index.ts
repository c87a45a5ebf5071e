/** The extraction core: DOM in, Article out. Runs on the live page and on jsdom alike. */
export { extractArticle, type ExtractOptions, type Extraction } from './extract-article';
export { findStories } from './find-stories';
export { findSummaryWidgets } from './find-summary-widgets';
export { cutMarkup } from './cut-markup';
