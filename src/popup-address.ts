/**
 * The popup's address for one tab, and what it keeps: the summary the tab's popup showed last, so a
 * reopened popup paints it in its first frame instead of a frame or two later, when its question comes
 * back. The popup still asks, and shows the answer if it differs (the page changed since).
 *
 * The address lives only in the browser's memory, as the tab's popup (`action.setPopup`), and both
 * browsers drop it when the tab goes to another page. Pure: no browser API.
 */
import { isSummaryLength } from './article/length';
import { isTheme, type SummaryLength, type SummaryView, type Theme } from './protocol';

export const POPUP_PAGE = 'popup.html';

/** What a tab's popup keeps for the next time it opens. */
export interface KeptView {
  view: SummaryView;
  length: SummaryLength;
  theme: Theme;
}

/** The tab's popup page, naming its tab, and holding `kept` when there is a summary to keep. */
export function popupAddress(tabId: number, kept?: KeptView): string {
  const address = `${POPUP_PAGE}?tab=${tabId}`;
  return kept ? `${address}#${encodeURIComponent(JSON.stringify(kept))}` : address;
}

function isView(value: unknown): value is SummaryView {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof SummaryView, unknown>>;
  return (
    typeof v.url === 'string' &&
    typeof v.title === 'string' &&
    typeof v.readingMinutes === 'number' &&
    typeof v.totalSentences === 'number' &&
    Array.isArray(v.sentences) &&
    v.sentences.length > 0 &&
    v.sentences.every((s: unknown) => typeof (s as { text?: unknown } | null)?.text === 'string')
  );
}

/** What `hash` (a popup address's `#…`) keeps, or undefined when it keeps nothing readable. */
export function readKeptView(hash: string): KeptView | undefined {
  if (hash.length < 2) return undefined;
  let kept: unknown;
  try {
    kept = JSON.parse(decodeURIComponent(hash.slice(1)));
  } catch {
    return undefined;
  }
  if (typeof kept !== 'object' || kept === null) return undefined;
  const { view, length, theme } = kept as Record<string, unknown>;
  if (!isView(view) || !isSummaryLength(length) || !isTheme(theme)) return undefined;
  return { view, length, theme };
}

/** Whether two views show the same thing (whether the summary came from the cache is no difference). */
export function isSameView(a: SummaryView, b: SummaryView): boolean {
  const shown = (v: SummaryView) => JSON.stringify({ ...v, isCached: false });
  return shown(a) === shown(b);
}
