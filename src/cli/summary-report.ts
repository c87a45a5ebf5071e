import type { Article } from '../article/article';
import { describeSummary, type ArticleSummary } from '../article/article-summary';
import type { Summary } from '../summarize/types';

/** What `precis summarize --json` prints. */
export interface SummaryReport extends Omit<ArticleSummary, 'url'> {
  url: string | null;
  /** The chosen sentences' text, in document order. */
  summary: string[];
}

/** The article's metadata and its summary as one plain JSON object. */
export function summaryReport(article: Article, summary: Summary): SummaryReport {
  const { sentences, ...described } = describeSummary(article, summary);
  // `url` keeps its place after `title` in the JSON: a spread key overwritten stays where it was.
  return { ...described, url: article.url || null, summary: sentences.map((s) => s.text), sentences };
}

/** Title, a metadata line (site · byline · reading times) and the summary as a bulleted list. */
export function formatSummaryReport(report: SummaryReport, fallbackTitle = ''): string {
  const meta = [
    report.siteName,
    report.byline,
    `${report.readingMinutes} min read`,
    `summary ${report.summarySeconds} s`,
  ].filter((part): part is string => Boolean(part));
  const lines = [report.title || fallbackTitle, meta.join(' · '), ''];
  for (const sentence of report.summary) lines.push(`• ${sentence}`);
  return `${lines.join('\n')}\n`;
}

/** The clean article: title, then the paragraphs, separated by blank lines. */
export function formatArticleText(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return `${[article.title, ...article.paragraphs].filter((p) => p !== '').join('\n\n')}\n`;
}
