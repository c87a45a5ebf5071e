import type { Article } from '../article/article';
import { summarize } from './summarize';
import type { Summary, SummaryInput } from './types';

/** The summarizer's input for an article: its paragraphs, with its title and language when it has them. */
export function summaryInput(article: Article): SummaryInput {
  return {
    paragraphs: article.paragraphs,
    ...(article.title ? { title: article.title } : {}),
    ...(article.lang ? { lang: article.lang } : {}),
  };
}

/** Summarizes an article to at most `sentences` sentences, passing its title and language along. */
export function summarizeArticle(article: Article, sentences: number): Summary {
  return summarize(summaryInput(article), { sentences });
}
