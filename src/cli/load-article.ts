import type { Extraction } from '../article/article';
import { extractArticle } from '../extract/index';
import { loadDom } from './load-dom';

/** Why an input gave no article. */
type LoadFailure = Extract<Extraction, { ok: false }>;

/** Parses HTML with jsdom (`loadDom`) and extracts the article; `force` because a CLI user asked for this page explicitly. */
export function articleFromHtml(html: string, url?: string): Extraction {
  const dom = loadDom(html, url);
  try {
    return extractArticle(dom.window.document, { url, force: true });
  } finally {
    dom.window.close();
  }
}

/** One line saying why nothing could be read, naming the input. */
export function describeFailure(failure: LoadFailure, source: string): string {
  return failure.reason === 'empty'
    ? `${source} has no readable text`
    : `${source} does not look like an article and has no readable text`;
}
