import { Readability } from '@mozilla/readability';
import type { Extraction } from '../article/article';
import { collectBlocks, type Block } from './collect-blocks';
import { countWords } from '../article/count-words';
import { densestParagraphs } from './densest-paragraphs';
import { markSignUpBoxes } from './drop-sign-up-boxes';
import { dropControls } from './drop-controls';
import { findPlacedLines } from './find-placed-lines';
import { findStories, type Story } from './find-stories';
import { findSummaryWidgetsIn } from './find-summary-widgets';
import { pickStory, storyUrl } from './pick-story';
import { storyBlocks, type FurnitureContext, type FurnitureReason } from './drop-furniture';
import { dropHeadlineCards, dropTeaserCards } from './drop-teaser-cards';
import { isDataTable } from './is-data-table';
import { looksLikeArticle } from './looks-like-article';
import { normalizeText } from './normalize-text';
import { copyPage } from './copy-page';
import { DEFAULT_MAX_CHARS, MAX_PARAGRAPHS } from './page-caps';
import { pruneCopy } from './prune-copy';
import { dropTemplateLines } from './drop-template-lines';
import { readDescriptions } from './read-descriptions';
import { siteOf } from './site-of';
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
  /** How much of an element the reader sees, in pixels: on a page of several stories, picks theirs. */
  inView?: (element: Element) => number;
}

export type { Extraction };

/** The stages of extractArticle, in order: metadata and the article check, the copy, Readability, the clean-up. */
export type ExtractStage = 'checked' | 'cloned' | 'readability' | 'cleaned';

/** Fewer story words than this from Readability is a stub (teaser, paywall, odd layout): try the fallback. */
const STUB_WORDS = 80;
function totalWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + countWords(p), 0);
}

/** A paragraph of this many words is prose, not a list's line (a headline, a teaser, "2 hours ago"). */
const PROSE_WORDS = 25;
function isMostlyProse(paragraphs: readonly string[]): boolean {
  const prose = totalWords(paragraphs.filter((p) => countWords(p) >= PROSE_WORDS));
  return prose * 2 > totalWords(paragraphs);
}

function storyParagraphs(
  root: Element,
  maxChars: number,
  context: FurnitureContext,
  site: string,
): { paragraphs: string[]; isTruncated: boolean; byline: string | null } {
  const { blocks, isTruncated } = collectBlocks(root, { maxChars, maxBlocks: MAX_PARAGRAPHS, site });
  const { story, byline } = storyBlocks(blocks, context);
  return { paragraphs: story.map((b: Block) => b.text), isTruncated, byline };
}

/** The story of several that the reader is looking at, as the live page holds it (the copy is Readability's). */
interface ChosenStory {
  index: number;
  count: number;
  story: Story;
}

/**
 * The copy of the page Readability reads (`copyPage`), without what it would skip anyway (scripts,
 * styles, hidden subtrees: `pruneCopy`) and cut to `maxChars` of text, so that its passes over a real
 * or huge page cost no more than over the story. On a page of several stories the copy keeps only the
 * one the reader is looking at, so Readability can't pick or merge others.
 */
function readableCopy(
  doc: Document,
  maxChars: number,
  live: readonly Story[],
  options: ExtractOptions,
): { copy: Document; isCut: boolean; chosen: ChosenStory | null; placed: Map<string, FurnitureReason> } {
  const { copy, isCut } = copyPage(doc);
  let chosen: ChosenStory | null = null;
  if (live.length >= 2) {
    const copied = findStories(copy);
    if (copied.length === live.length) {
      const canonical =
        doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
        doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content') ??
        null;
      const url = options.url ?? doc.URL;
      const index = pickStory(live, doc, { url, canonical, ...(options.inView ? { inView: options.inView } : {}) });
      copied.forEach((story, i) => i !== index && story.element.remove());
      chosen = { index, count: live.length, story: live[index]! };
    }
  }
  pruneCopy(copy);
  const site = siteOf(options.url ?? doc.URL);
  markSignUpBoxes(copy, site);
  const placed = findPlacedLines(copy, site);
  dropControls(copy);
  return { copy, isCut: truncateDocument(copy, maxChars) || isCut, chosen, placed };
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

/**
 * Extract the story from a page: Readability, then Precis's clean-up; a simpler fallback when that fails.
 * A bug anywhere in the clean-up must not cost the reader the summary: an exception falls back to the
 * densest paragraphs, marked low-confidence. Never mutates `doc`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  try {
    return extractCarefully(doc, options);
  } catch {
    return extractPlainly(doc, options);
  }
}

/** The page's address as the article gives it. */
function pageUrl(doc: Document, options: ExtractOptions): string {
  return options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
}

/**
 * The last resort after an exception: the densest block's own paragraphs as they stand, with none of
 * the passes that may have thrown (metadata, clean-up). Throws only when the DOM itself does.
 */
function extractPlainly(doc: Document, options: ExtractOptions): Extraction {
  const title = normalizeText(doc.title ?? '');
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const paragraphs: string[] = [];
  let chars = 0;
  let isTruncated = false;
  const block = densestParagraphs(doc);
  for (const p of block ? Array.from(block.querySelectorAll('p')) : []) {
    const text = normalizeText(p.textContent ?? '');
    if (!text) continue;
    if (chars + text.length > maxChars || paragraphs.length >= MAX_PARAGRAPHS) {
      isTruncated = true;
      break;
    }
    paragraphs.push(text);
    chars += text.length;
  }
  if (paragraphs.length === 0) return { ok: false, reason: 'empty', title };
  const lang = doc.documentElement?.getAttribute('lang');
  return {
    ok: true,
    article: {
      url: pageUrl(doc, options),
      title,
      byline: null,
      siteName: null,
      lang: lang ? lang : null,
      publishedTime: null,
      paragraphs,
      wordCount: totalWords(paragraphs),
      isReaderable: false,
      isLowConfidence: true,
      isTruncated,
    },
  };
}

function extractCarefully(doc: Document, options: ExtractOptions): Extraction {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  // A data table is not an article even when the reader asks for one: its cells are no story. Asked
  // before the rest, which costs seconds on 50,000 rows in jsdom (a table of prose paragraphs reads on).
  const isOneLongText = looksLikeArticle(doc);
  if (!isOneLongText && isDataTable(doc)) {
    return { ok: false, reason: 'not-article', title: normalizeText(doc.title ?? '') };
  }
  const meta = readMetadata(doc);
  const rawTitle = meta.title ?? normalizeText(doc.title ?? '');
  const stories = findStories(doc);
  // Several stories, each with its headline and paragraphs, are articles even where the heuristic,
  // which looks for one long text, doubts it.
  const isReaderable = stories.length >= 2 || isOneLongText;
  if (!isReaderable && !options.force) {
    return { ok: false, reason: 'not-article', title: stripSiteSuffix(rawTitle, meta.siteName) };
  }
  const onStage = options.onStage ?? (() => undefined);
  onStage('checked');
  const { copy, isCut, chosen, placed } = readableCopy(doc, maxChars, stories, options);
  onStage('cloned');
  const page = pageUrl(doc, options);
  const site = siteOf(page);
  // The page's metadata names the page (often its first story); one story of several is named by itself.
  const storyTime = chosen?.story.element.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const own = chosen
    ? { title: chosen.story.headline || null, byline: null, publishedTime: toIsoDate(storyTime) }
    : { title: meta.title, byline: meta.byline, publishedTime: meta.publishedTime };

  const result = runReadability(copy);
  onStage('readability');
  let paragraphs: string[] = [];
  let isTruncated = false;
  let isLowConfidence = false;
  const headline = own.title ?? nullIfEmpty(result?.title);
  let byline = tidyByline(own.byline ?? nullIfEmpty(result?.byline));
  const siteName = meta.siteName ?? nullIfEmpty(result?.siteName);
  const title = stripSiteSuffix(headline ?? rawTitle, siteName);
  // The page's descriptions speak for the page, as its metadata does, so not for one story of several.
  const context = { title, byline, descriptions: chosen ? [] : readDescriptions(doc), placed };
  if (result?.content) {
    // The site's own summary box ("Key points", "TL;DR") summarises the story; it is not part of it.
    // Removed from Readability's result, which lives in the copy, never in the live page.
    for (const widget of findSummaryWidgetsIn(result.content)) widget.remove();
    // Cards of other stories Readability kept with it ("You may like").
    dropTeaserCards(result.content, page);
    dropHeadlineCards(result.content, page);
    let lineByline: string | null;
    ({ paragraphs, isTruncated, byline: lineByline } = storyParagraphs(result.content, maxChars, context, site));
    // Nothing marked the byline, but a line above the story reads as one ("Von Anna Müller").
    byline ??= lineByline;
  }

  if (totalWords(paragraphs) < STUB_WORDS) {
    // On a copy too: the fallback reads the page as it stands, sign-up boxes and all. One story of
    // several is read from the live page as it is, removing nothing.
    const fallbackCopy = chosen ? null : copyPage(doc).copy;
    if (fallbackCopy) {
      markSignUpBoxes(fallbackCopy, site);
      dropControls(fallbackCopy);
    }
    const block = chosen ? chosen.story.element : densestParagraphs(fallbackCopy!);
    if (block) {
      if (fallbackCopy) for (const widget of findSummaryWidgetsIn(block)) if (widget !== block) widget.remove();
      const fallback = storyParagraphs(block, maxChars, context, site);
      if (totalWords(fallback.paragraphs) > totalWords(paragraphs)) {
        ({ paragraphs, isTruncated } = fallback);
        isLowConfidence = true;
      }
    }
  }

  onStage('cleaned');
  // A page read anyway though it isn't an article (an index, a section front) is a list: its
  // repeated template lines ("Read the full story · 2 hours ago") say nothing, and the reader is told.
  // One whose words stand mostly in paragraphs of prose (a roundup of deals, each with its write-up) is
  // an article the heuristic missed, and its repeated lines ("Get it on Amazon for $39") are its own.
  const isList = !isReaderable && stories.length < 2 && !isMostlyProse(paragraphs);
  if (isList) paragraphs = dropTemplateLines(paragraphs).lines;
  if (paragraphs.length === 0) return { ok: false, reason: 'empty', title };

  return {
    ok: true,
    article: {
      url: (chosen && storyUrl(chosen.story, page || 'about:blank')) ?? page,
      title,
      byline,
      siteName,
      lang: meta.lang ?? nullIfEmpty(result?.lang),
      publishedTime: chosen ? own.publishedTime : (meta.publishedTime ?? toIsoDate(nullIfEmpty(result?.publishedTime))),
      paragraphs,
      wordCount: totalWords(paragraphs),
      isReaderable,
      isLowConfidence,
      isTruncated: isTruncated || isCut,
      ...(chosen ? { story: { index: chosen.index, count: chosen.count } } : {}),
      ...(isList ? { isList } : {}),
    },
  };
}

function nullIfEmpty(value: string | null | undefined): string | null {
  const v = normalizeText(value ?? '');
  return v || null;
}
