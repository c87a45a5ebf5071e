// The summarizer's public API: pure, so the service worker, the event page and Node share it.
export { summarize } from './summarize';
export { summarizeArticle } from './summarize-article';
export { splitSentences } from './split-sentences';
export {
  DEFAULT_LENGTH,
  LENGTH_RULES,
  LENGTH_SENTENCES,
  SUMMARY_LENGTHS,
  sentencesFor,
  type LengthRule,
  type SummaryLength,
} from '../article/length';
export { indexSentences, type SentenceIndex } from './index-sentences';
export { DEFAULT_SEARCH_HITS, searchSentences, type SearchHit } from './search-sentences';
export type { Summary, SummaryInput, SummaryOptions, SummarySentence } from './types';
