import type { Article } from '../article';
import { summarize } from '../summarize/index';
import type { Summary } from '../summarize/types';
import { countWords, readingMinutes, readingSeconds } from '../summarize/reading-time';

/** What `precis summarize --json` prints. */
export interface SummaryReport {
  title: string;
  url: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** The chosen sentences' text, in document order. */
  summary: string[];
  sentences: { index: number; paragraph: number; text: string }[];
}

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

/** The article's metadata and its summary as one plain JSON object. */
export function summaryReport(article: Article, summary: Summary): SummaryReport {
  // Document order is part of the contract; do not trust the summarizer to keep it.
  const chosen = [...summary.sentences].sort((a, b) => a.index - b.index);
  return {
    title: article.title,
    url: article.url || null,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    wordCount: article.wordCount,
    readingMinutes: readingMinutes(article.wordCount),
    summary: chosen.map((s) => s.text),
    sentences: chosen.map(({ index, paragraph, text }) => ({ index, paragraph, text })),
  };
}

/** Title, a metadata line (site · byline · reading times) and the summary as a bulleted list. */
export function formatSummaryReport(report: SummaryReport, fallbackTitle = ''): string {
  const summaryWords = report.summary.reduce((n, s) => n + countWords(s), 0);
  const meta = [
    report.siteName,
    report.byline,
    `${report.readingMinutes} min read`,
    `summary ${readingSeconds(summaryWords)} s`,
  ].filter((part): part is string => Boolean(part));
  const lines = [report.title || fallbackTitle, meta.join(' · '), ''];
  for (const sentence of report.summary) lines.push(`• ${sentence}`);
  return `${lines.join('\n')}\n`;
}

/** The clean article: title, then the paragraphs, separated by blank lines. */
export function formatArticleText(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return `${[article.title, ...article.paragraphs].filter((p) => p !== '').join('\n\n')}\n`;
}
