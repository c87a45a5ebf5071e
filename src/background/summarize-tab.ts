import type { Article } from '../article/article';
import type { Extraction, InPageSummary, SummarizeResult, SummaryLength, SummaryView } from '../protocol';
import { DEFAULT_SETTINGS, type Theme } from '../settings';
import { describeSummary } from '../article/article-summary';
import { formatDate } from '../article/published-date';
import { summarizeArticle } from '../summarize/summarize-article';
import type { Summary } from '../summarize/types';
import { contentHash } from './content-hash';
import { unreadableUrl } from './unreadable-url';

/** How long the page may take to take in the content script, and to hand over its article, before the reader is told. */
export const EXTRACT_TIMEOUT_MS = 10_000;

/** What `summarizeTab` needs from the browser; the background entry gives the real one, tests a fake. */
export interface TabAccess {
  /** The tab's URL, or undefined when Precis may not know it. Throws when there is no such tab. */
  url(tabId: number): Promise<string | undefined>;
  /** Puts the content script into the tab. Throws when the browser does not allow it. */
  inject(tabId: number): Promise<void>;
  /** The content script's article. Throws when none listens in the tab (it was never injected, or the tab navigated). */
  extract(tabId: number, force: boolean): Promise<Extraction>;
  show(tabId: number, summary: InPageSummary): Promise<unknown>;
}

/** Summaries kept per URL and content hash, so reopening the popup is instant. */
export interface SummaryCache {
  get(key: string): Promise<Summary | undefined>;
  set(key: string, summary: Summary): Promise<void>;
}

/**
 * The reader's choices for how the page shows a summary (not at all, or in a box drawn in the page's
 * theme); its length comes with the request.
 */
export interface Preferences {
  showInPage: boolean;
  theme: Theme;
  /** On an always-on site the box stands before the story when the site has no widget of its own. */
  isAlwaysOn?: boolean;
}

/** A refused injection on a page whose address says it is readable is tried this many times, this far apart. */
export const INJECT_ATTEMPTS = 3;
export const INJECT_RETRY_MS = 100;

export class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`no answer in ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * What a refused injection means: Chrome's "Frame … is showing error page" or a `chrome-error://` address
 * say the tab's page failed to load. So does a bare "Cannot access contents of the page" for a tab whose
 * address Precis was not told: the reader's click grants the tab's page to Precis, address and all,
 * unless the tab shows Chrome's error page instead (browser pages and stores are refused in other
 * words). Other refusals ("… cannot be scripted", "Missing host permission") say the page is
 * off-limits; anything else (a crashed tab) is a plain failure the reader can retry.
 */
export function injectionFailure(error: unknown, url?: string): 'load-failed' | 'restricted' | 'failed' {
  const message = error instanceof Error ? error.message : String(error);
  if (/error page|chrome-error:|about:(neterror|certerror)/i.test(message)) return 'load-failed';
  if (url === undefined && /^Cannot access contents of the page\b/i.test(message)) return 'load-failed';
  return /cannot access|cannot be scripted|host permission|permission to access|not allowed/i.test(message)
    ? 'restricted'
    : 'failed';
}

/** The popup's view of an article and its summary. */
export function buildView(article: Article, summary: Summary, isCached: boolean): SummaryView {
  return {
    ...describeSummary(article, summary),
    publishedDate: formatDate(article.publishedTime),
    totalSentences: summary.totalSentences,
    isLowConfidence: article.isLowConfidence,
    isTruncated: article.isTruncated,
    isCached,
    ...(article.story ? { storyCount: article.story.count } : {}),
    ...(article.isList ? { isList: true } : {}),
  };
}

/**
 * Summarize the article in tab `tabId`: inject the content script, take its Article, summarize it (or
 * take the cached summary of the same text), and have the page show it where the site's own
 * "Get a summary" link stood. Every failure comes back as a `Failure` the popup can explain.
 */
export async function summarizeTab(
  request: { tabId: number; length: SummaryLength; force?: boolean },
  tabs: TabAccess,
  cache: SummaryCache,
  // A promise, so the settings are read while the page is asked for its article, not before.
  preferences: Preferences | Promise<Preferences> = DEFAULT_SETTINGS,
): Promise<SummarizeResult> {
  const { tabId } = request;
  const force = request.force ?? false;
  // A content script already in the tab (a reopened popup) answers at once, while the tab's URL is read:
  // one round trip to the tab, not two. A tab without one refuses, and gets it injected.
  const kept = withTimeout(tabs.extract(tabId, force), EXTRACT_TIMEOUT_MS).catch((e: unknown) =>
    e instanceof TimeoutError ? e : undefined,
  );
  let url: string | undefined;
  try {
    url = await tabs.url(tabId);
  } catch {
    return { ok: false, failure: { code: 'no-tab' } };
  }
  const unreadable = unreadableUrl(url);
  if (unreadable) return { ok: false, failure: { code: unreadable } };

  let extraction = await kept;
  if (extraction instanceof TimeoutError) return { ok: false, failure: { code: 'timeout' } };
  if (!extraction) {
    for (let attempt = 1; ; attempt++) {
      try {
        await withTimeout(tabs.inject(tabId), EXTRACT_TIMEOUT_MS);
        break;
      } catch (e) {
        const code = e instanceof TimeoutError ? 'timeout' : injectionFailure(e, url);
        // Right at the click, the tab's renderer may not yet know of the grant the click gave (it comes
        // by another channel than the injection) and refuses a page its address says is readable: again.
        if (code !== 'restricted' || url === undefined || attempt === INJECT_ATTEMPTS)
          return { ok: false, failure: { code } };
        await new Promise((resolve) => setTimeout(resolve, INJECT_RETRY_MS));
      }
    }
    try {
      extraction = await withTimeout(tabs.extract(tabId, force), EXTRACT_TIMEOUT_MS);
    } catch (e) {
      return { ok: false, failure: { code: e instanceof TimeoutError ? 'timeout' : 'failed' } };
    }
  }
  if (!extraction.ok) return { ok: false, failure: { code: extraction.reason, title: extraction.title } };

  const { article } = extraction;
  const { showInPage, theme, isAlwaysOn } = await preferences;
  // Keyed by the length's name: its sentences depend on the article, known only once it is split.
  const key = `summary:${request.length}:${contentHash([article.url, article.title, ...article.paragraphs])}`;
  let summary = await cache.get(key).catch(() => undefined);
  const isCached = summary !== undefined;
  if (!summary) {
    summary = summarizeArticle(article, { length: request.length });
    if (summary.sentences.length === 0) return { ok: false, failure: { code: 'empty', title: article.title } };
    void cache.set(key, summary).catch(() => undefined);
  }
  if (showInPage) {
    // The in-page box is a courtesy: a page that can't show it still gets its summary in the popup.
    const sentences = summary.sentences.map((s) => s.text);
    const box: InPageSummary = {
      title: article.title,
      lang: article.lang,
      sentences,
      placement: isAlwaysOn ? 'story' : 'widget',
      anchorText: article.paragraphs[0],
      theme,
      ...(article.story ? { storyIndex: article.story.index } : {}),
    };
    tabs.show(tabId, box).catch(() => undefined);
  }
  return { ok: true, view: buildView(article, summary, isCached) };
}
