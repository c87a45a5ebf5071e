/**
 * The typed protocol between Precis's places. Payloads are plain JSON.
 * `BackgroundProtocol`: popup → background. `TabProtocol`: background → content script.
 */
import type { Extraction } from './article/article';
import type { ArticleSummary } from './article/article-summary';
import type { SummaryLength } from './article/length';

export type { SummaryLength };

/** The reader's colour scheme: the system's, or always light or dark. */
export type Theme = 'system' | 'light' | 'dark';

const THEMES: readonly unknown[] = ['system', 'light', 'dark'] satisfies Theme[];

/** Whether a value read back (stored settings, a popup's address) names a theme. */
export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value);
}

/**
 * Why a summary could not be made. `load-failed`: the tab shows the browser's own error page;
 * `no-tab`: no tab, or one with no page in it yet.
 */
export type FailureCode = 'restricted' | 'load-failed' | 'not-article' | 'empty' | 'no-tab' | 'timeout' | 'failed';

export interface Failure {
  code: FailureCode;
  /** The page's title when it is known, so the popup can say which page. */
  title?: string;
}

/** Everything the popup shows for one article. */
export interface SummaryView extends ArticleSummary {
  /** `publishedTime` as the reader's browser writes dates, or null (see published-date.ts). */
  publishedDate: string | null;
  totalSentences: number;
  isLowConfidence: boolean;
  isTruncated: boolean;
  isCached: boolean;
  /** On a page of several stories, how many: the summary is of the one the reader is looking at. */
  storyCount?: number;
  /** True when the page is a list (an index, a section front) summarized anyway: lines, not a story. */
  isList?: boolean;
}

export type SummarizeResult = { ok: true; view: SummaryView } | { ok: false; failure: Failure };

export type { Extraction };

/**
 * What the in-page box shows, and where: in place of the site's summary widget (`widget`), beside the
 * reader's selection (`selection`), or on an always-on site, in place of the widget or else just
 * before the story's first paragraph, `anchorText` (`story`).
 */
export interface InPageSummary {
  title: string;
  lang: string | null;
  sentences: string[];
  placement: 'widget' | 'selection' | 'story';
  anchorText?: string;
  /** On a page of several stories, the one summarized (its index among them): the box goes only there. */
  storyIndex?: number;
  theme: Theme;
}

export interface BackgroundProtocol {
  /** The tab's summary at `length`; without one, at the reader's saved length (the popup's first ask, sent before it has read the settings). */
  summarizeTab(payload: { tabId: number; length?: SummaryLength; force?: boolean }): SummarizeResult;
  /** From the content script Precis registers on a site the reader chose to always summarize. */
  autoSummarize(payload: Record<string, never>): { shown: boolean };
  /** Turn "always show the summary" on or off for a site; answers the sites now on. */
  setAlwaysOn(payload: { origin: string; isOn: boolean }): { alwaysOn: string[] };
}

export interface TabProtocol {
  extract(payload: { force: boolean }): Extraction;
  showSummary(payload: InPageSummary): { shown: boolean };
  /** Scroll to the sentence on the page and highlight it. */
  highlight(payload: { text: string }): { found: boolean };
}

type Protocol = object;
/** The payload type of message `K`. */
export type PayloadOf<P extends Protocol, K extends keyof P> = P[K] extends (payload: infer A) => unknown ? A : never;
/** The answer type of message `K`. */
export type AnswerOf<P extends Protocol, K extends keyof P> = P[K] extends (payload: never) => infer R ? R : never;

/** The envelope on the wire. `precis` marks our messages so listeners ignore everyone else's. */
export interface Envelope<P extends Protocol = Protocol, K extends keyof P = keyof P> {
  precis: 1;
  type: K;
  payload: PayloadOf<P, K>;
}

/** How an answer travels: errors are serialised and re-thrown on the sender's side. */
export type Reply<R> = { value: R } | { error: string };

/** Is `value` one of our envelopes with a type the receiver knows? */
export function isEnvelope<P extends Protocol>(value: unknown, known: readonly (keyof P)[]): value is Envelope<P> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { precis?: unknown; type?: unknown };
  return v.precis === 1 && typeof v.type === 'string' && (known as readonly unknown[]).includes(v.type);
}
