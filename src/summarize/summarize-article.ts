import type { Article } from '../article/article';
import { summarize } from './summarize';
import type { Summary } from './types';

/** Summarizes an article to at most `sentences` sentences, passing its title and language along. */
export function summarizeArticle(article: Article, sentences: number): Summary {
  return summarize(
    {
      paragraphs: article.paragraphs,
      ...(article.title ? { title: article.title } : {}),
      ...(article.lang ? { lang: article.lang } : {}),
    },
    { sentences },
  );
}
