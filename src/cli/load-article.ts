import type { Article } from '../article/article';
import { extractArticle } from '../extract/index';
import { countWords } from '../article/reading-time';
import { textArticleParts, textParagraphs } from '../article/text-paragraphs';
import { loadDom } from './load-dom';

/** Why an input gave no article, in words for a terminal or an `error` field. */
export type LoadFailure = { ok: false; reason: 'not-article' | 'empty'; title: string };
/** An article, or why there is none. */
export type LoadResult = { ok: true; article: Article } | LoadFailure;

/** Parses HTML with jsdom (`loadDom`) and extracts the article; `force` because a CLI user asked for this page explicitly. */
export function articleFromHtml(html: string, url?: string): LoadResult {
  const dom = loadDom(html, url);
  try {
    return extractArticle(dom.window.document, { url, force: true });
  } finally {
    dom.window.close();
  }
}

/**
 * Builds an Article from plain text. With `hasHeadline`, a short unpunctuated first line is
 * taken as the title (see `textArticleParts`); batch runs pass false so no text is dropped.
 */
export function articleFromText(text: string, options: { url?: string; hasHeadline?: boolean } = {}): LoadResult {
  const { title, paragraphs } = options.hasHeadline
    ? textArticleParts(text)
    : { title: null, paragraphs: textParagraphs(text) };
  if (paragraphs.length === 0) return { ok: false, reason: 'empty', title: title ?? '' };
  return {
    ok: true,
    article: {
      url: options.url ?? '',
      title: title ?? '',
      byline: null,
      siteName: null,
      lang: null,
      publishedTime: null,
      paragraphs,
      wordCount: paragraphs.reduce((n, p) => n + countWords(p), 0),
      isReaderable: false,
      isLowConfidence: false,
      isTruncated: false,
    },
  };
}

/** One line saying why nothing could be read, naming the input. */
export function describeFailure(failure: LoadFailure, source: string): string {
  return failure.reason === 'empty'
    ? `${source} has no readable text`
    : `${source} does not look like an article and has no readable text`;
}
