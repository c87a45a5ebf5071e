import type { SummarizeResult, SummaryLength } from '../protocol';

/** A popup asks within a second of the click that opened it; an older start may no longer match the page. */
export const EARLY_START_MAX_AGE_MS = 10_000;

/** The summary a toolbar click started, waiting for the popup that click opens. */
interface Started {
  length: SummaryLength;
  at: number;
  result: Promise<SummarizeResult>;
}

/** What the popup asks: the same shape as a `summarizeTab` request. */
export interface SummaryRequest {
  tabId: number;
  length: SummaryLength;
  force?: boolean;
}

export interface EarlyStarts {
  /** Starts `run` for `tabId` at the click, before any popup has asked. */
  start(tabId: number, length: SummaryLength, run: () => Promise<SummarizeResult>): void;
  /**
   * The started summary this request asks for, once (a later request runs afresh): same tab and length,
   * not "Summarize anyway", and recent. Undefined when there is none.
   */
  take(request: SummaryRequest): Promise<SummarizeResult> | undefined;
}

/**
 * Summaries started at the toolbar click rather than when the popup asks for them, so the page is read
 * while the browser opens the popup (about 300 ms) instead of after. Pure but for the clock it is given.
 */
export function createEarlyStarts(now: () => number = Date.now, maxAgeMs = EARLY_START_MAX_AGE_MS): EarlyStarts {
  const started = new Map<number, Started>();
  return {
    start(tabId, length, run) {
      started.set(tabId, { length, at: now(), result: run() });
    },
    take({ tabId, length, force }) {
      const entry = started.get(tabId);
      if (!entry) return undefined;
      started.delete(tabId);
      if (force || entry.length !== length || now() - entry.at > maxAgeMs) return undefined;
      return entry.result;
    },
  };
}
