import type { Article } from '../article/article';
import { summarize } from './summarize';
import type { Summary, SummaryInput, SummaryOptions } from './types';

/** The summarizer's input for an article: its paragraphs, with its title and language when it has them. */
export function summaryInput(article: Article): SummaryInput {
  return {
    paragraphs: article.paragraphs,
    ...(article.title ? { title: article.title } : {}),
    ...(article.lang ? { lang: article.lang } : {}),
  };
}

/**
 * Summarizes an article, passing its title and language along: to `{ length }` by the length rule, or
 * to `{ sentences }` (a bare number, as before lengths scaled, means the same) exactly.
 */
export function summarizeArticle(article: Article, options: SummaryOptions | number): Summary {
  return summarize(summaryInput(article), typeof options === 'number' ? { sentences: options } : options);
}
