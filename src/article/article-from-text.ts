import type { Extraction } from './article';
import { countWords } from './count-words';
import { textArticleParts, textParagraphs } from './text-paragraphs';

/** Where plain text came from and what is known of it besides the text. */
export interface TextOptions {
  url?: string;
  /** A title known from elsewhere (a batch line, an eval corpus); it wins over a headline in the text. */
  title?: string;
  /** Take a short unpunctuated first line for the title (see `textArticleParts`). */
  hasHeadline?: boolean;
}

/**
 * Builds an Article from plain text: the one path from text to summary, for the CLI, the selection
 * menu and `npm run eval` alike. Batch runs leave `hasHeadline` off so no text is dropped.
 */
export function articleFromText(text: string, options: TextOptions = {}): Extraction {
  const parts = options.hasHeadline ? textArticleParts(text) : { title: null, paragraphs: textParagraphs(text) };
  const title = options.title ?? parts.title ?? '';
  const { paragraphs } = parts;
  if (paragraphs.length === 0) return { ok: false, reason: 'empty', title };
  return {
    ok: true,
    article: {
      url: options.url ?? '',
      title,
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
