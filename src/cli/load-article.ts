import type { JSDOM } from 'jsdom';
import type { Extraction } from '../article/article';
import { cutMarkup, extractArticle } from '../extract/index';
import { loadDom } from './load-dom';

/** Why an input gave no article. */
type LoadFailure = Extract<Extraction, { ok: false }>;

/**
 * Parses HTML with jsdom (`loadDom`), within the element cap the content script reads by (`cutMarkup`),
 * and extracts the article; `force` because a CLI user asked for this page explicitly.
 */
export function articleFromHtml(html: string, url?: string): Extraction {
  const cut = cutMarkup(html);
  const dom = loadDom(cut.html, url);
  try {
    const result = extractArticle(dom.window.document, { url, force: true });
    return result.ok && cut.isCut ? { ok: true, article: { ...result.article, isTruncated: true } } : result;
  } finally {
    closeQuietly(dom);
  }
}

/**
 * Frees the window. jsdom detaches the document recursively, so closing a page nested thousands of
 * elements deep overflows the stack; the page was read by then, and the garbage collector frees it.
 */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
}

/** One line saying why nothing could be read, naming the input. */
export function describeFailure(failure: LoadFailure, source: string): string {
  return failure.reason === 'empty'
    ? `${source} has no readable text`
    : `${source} does not look like an article and has no readable text`;
}
