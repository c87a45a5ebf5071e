import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../article';
import { collectBlocks, type Block } from './collect-blocks';
import { countWords } from './count-words';
import { densestParagraphs } from './densest-paragraphs';
import { dropSignUpBoxes, markSignUpBoxes } from './drop-sign-up-boxes';
import { findSummaryWidgetsIn } from './find-summary-widgets';
import { dropFurniture, type FurnitureContext } from './drop-furniture';
import { normalizeText } from './normalize-text';
import { readMetadata, stripSiteSuffix, tidyByline, toIsoDate } from './read-metadata';
import { truncateDocument } from './truncate-document';

/** Options for extractArticle. */
export interface ExtractOptions {
  /** The page's address when the document does not know it (jsdom without `url`). */
  url?: string;
  /** Extract even when the page does not look like an article. */
  force?: boolean;
  /** Read at most this many characters of story text. */
  maxChars?: number;
}

/** An Article, or why there is none (with the page title, for the UI). */
export type Extraction = { ok: true; article: Article } | { ok: false; reason: 'not-article' | 'empty'; title: string };

/** About 170,000 words: far beyond any story, small enough that a huge page is answered in a second or two. */
export const DEFAULT_MAX_CHARS = 1_000_000;
export const MAX_PARAGRAPHS = 5_000;
/** Fewer story words than this from Readability is a stub (teaser, paywall, odd layout): try the fallback. */
const STUB_WORDS = 80;
function totalWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + countWords(p), 0);
}

function storyParagraphs(
  root: Element,
  maxChars: number,
  context: FurnitureContext,
): { paragraphs: string[]; isTruncated: boolean } {
  const { blocks, isTruncated } = collectBlocks(root, { maxChars, maxBlocks: MAX_PARAGRAPHS });
  return { paragraphs: dropFurniture(blocks, context).map((b: Block) => b.text), isTruncated };
}

/**
 * The copy of the page Readability reads (it mutates what it reads), cut to `maxChars` of text first
 * so that its passes over a huge page cost no more than over a long article.
 */
function readableCopy(doc: Document, maxChars: number): { copy: Document; isCut: boolean } {
  const copy = doc.cloneNode(true) as Document;
  markSignUpBoxes(copy);
  return { copy, isCut: truncateDocument(copy, maxChars) };
}

function runReadability(copy: Document) {
  // Its serializer hands back the node itself (in the copy, never the live page), so Readability's
  // untrusted HTML is never re-parsed or inserted.
  try {
    return new Readability<Element>(copy, { serializer: (node) => node as Element }).parse();
  } catch {
    return null; // Readability throws on some malformed pages; the fallback still has a go.
  }
}

/** Extract the story from a page: Readability, then Precis's clean-up; a simpler fallback when that fails. Never mutates `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const meta = readMetadata(doc);
  const rawTitle = meta.title ?? normalizeText(doc.title ?? '');
  const isReaderable = isProbablyReaderable(doc);
  if (!isReaderable && !options.force) {
    return { ok: false, reason: 'not-article', title: stripSiteSuffix(rawTitle, meta.siteName) };
  }
  const { copy, isCut } = readableCopy(doc, maxChars);

  const result = runReadability(copy);
  let paragraphs: string[] = [];
  let isTruncated = false;
  let isLowConfidence = false;
  const headline = meta.title ?? nullIfEmpty(result?.title);
  const byline = tidyByline(meta.byline ?? nullIfEmpty(result?.byline));
  const siteName = meta.siteName ?? nullIfEmpty(result?.siteName);
  const title = stripSiteSuffix(headline ?? rawTitle, siteName);
  const context = { title, byline };
  if (result?.content) {
    // The site's own summary box ("Key points", "TL;DR") summarises the story; it is not part of it.
    // Removed from Readability's result, which lives in the copy, never in the live page.
    for (const widget of findSummaryWidgetsIn(result.content)) widget.remove();
    dropSignUpBoxes(result.content);
    ({ paragraphs, isTruncated } = storyParagraphs(result.content, maxChars, context));
  }

  if (totalWords(paragraphs) < STUB_WORDS) {
    // On a copy too: the fallback reads the page as it stands, sign-up boxes and all.
    const fallbackCopy = doc.cloneNode(true) as Document;
    markSignUpBoxes(fallbackCopy);
    const block = densestParagraphs(fallbackCopy);
    if (block) {
      dropSignUpBoxes(block);
      for (const widget of findSummaryWidgetsIn(block)) if (widget !== block) widget.remove();
      const fallback = storyParagraphs(block, maxChars, context);
      if (totalWords(fallback.paragraphs) > totalWords(paragraphs)) {
        ({ paragraphs, isTruncated } = fallback);
        isLowConfidence = true;
      }
    }
  }

  if (paragraphs.length === 0) return { ok: false, reason: 'empty', title };

  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  return {
    ok: true,
    article: {
      url,
      title,
      byline,
      siteName,
      lang: meta.lang ?? nullIfEmpty(result?.lang),
      publishedTime: meta.publishedTime ?? toIsoDate(nullIfEmpty(result?.publishedTime)),
      paragraphs,
      wordCount: totalWords(paragraphs),
      isReaderable,
      isLowConfidence,
      isTruncated: isTruncated || isCut,
    },
  };
}

function nullIfEmpty(value: string | null | undefined): string | null {
  const v = normalizeText(value ?? '');
  return v || null;
}
