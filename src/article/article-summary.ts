/** An article and its summary as the reader sees them, for the popup and the CLI alike. Pure. */
import type { Article } from './article';
import { countWords } from './count-words';
import { readingMinutes, readingSeconds, WORDS_PER_MINUTE } from './reading-time';
import type { Summary, SummarySentence } from './summary';

/** The article's metadata, its reading times and its summary sentences in document order. */
export interface ArticleSummary {
  title: string;
  url: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Seconds to read the summary. */
  summarySeconds: number;
  /** Minutes the summary saves over reading the whole article. */
  savedMinutes: number;
  sentences: SummarySentence[];
}

/** Describes `summary` of `article` with reading times: what the popup and `precis summarize` show. */
export function describeSummary(article: Article, summary: Summary): ArticleSummary {
  // The summarizer returns document order (select-sentences sorts, once); copy only the fields shown.
  const sentences = summary.sentences.map(({ index, paragraph, text }) => ({ index, paragraph, text }));
  const summarySeconds = readingSeconds(countWords(sentences.map((s) => s.text).join(' ')));
  const articleSeconds = (article.wordCount / WORDS_PER_MINUTE) * 60;
  return {
    title: article.title,
    url: article.url,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    wordCount: article.wordCount,
    readingMinutes: readingMinutes(article.wordCount),
    summarySeconds,
    savedMinutes: Math.max(0, Math.round((articleSeconds - summarySeconds) / 60)),
    sentences,
  };
}
