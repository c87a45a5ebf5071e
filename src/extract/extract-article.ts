import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Extraction } from '../article/article';
import { collectBlocks, type Block } from './collect-blocks';
import { countWords } from '../article/count-words';
import { densestParagraphs } from './densest-paragraphs';
import { dropSignUpBoxes, markSignUpBoxes } from './drop-sign-up-boxes';
import { findSummaryWidgetsIn } from './find-summary-widgets';
import { dropFurniture, type FurnitureContext } from './drop-furniture';
import { isDataTable } from './is-data-table';
import { normalizeText } from './normalize-text';
import { copyPage } from './copy-page';
import { DEFAULT_MAX_CHARS, MAX_PARAGRAPHS } from './page-caps';
import { pruneCopy } from './prune-copy';
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
  /** Told as each stage ends (the bench build marks them); the result doesn't depend on it. */
  onStage?: (stage: ExtractStage) => void;
}

export type { Extraction };

/** The stages of extractArticle, in order: metadata and the article check, the copy, Readability, the clean-up. */
export type ExtractStage = 'checked' | 'cloned' | 'readability' | 'cleaned';

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
 * The copy of the page Readability reads (`copyPage`), without what it would skip anyway (scripts,
 * styles, hidden subtrees: `pruneCopy`) and cut to `maxChars` of text, so that its passes over a real
 * or huge page cost no more than over the story.
 */
function readableCopy(doc: Document, maxChars: number): { copy: Document; isCut: boolean } {
  const { copy, isCut } = copyPage(doc);
  pruneCopy(copy);
  markSignUpBoxes(copy);
  return { copy, isCut: truncateDocument(copy, maxChars) || isCut };
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
  // A data table is not an article even when the reader asks for one: its cells are no story.
  if (!isReaderable && (!options.force || isDataTable(doc))) {
    return { ok: false, reason: 'not-article', title: stripSiteSuffix(rawTitle, meta.siteName) };
  }
  const onStage = options.onStage ?? (() => undefined);
  onStage('checked');
  const { copy, isCut } = readableCopy(doc, maxChars);
  onStage('cloned');
  const result = runReadability(copy);
  onStage('readability');
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
    const fallbackCopy = copyPage(doc).copy;
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

  onStage('cleaned');
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
