import type { InPageSummary, SummaryLength, Theme } from '../protocol';
import { articleFromText } from '../article/article-from-text';
import { summarizeArticle } from '../summarize/summarize-article';

/** What summarizing a selection needs from the tab. */
export interface SelectionTab {
  inject(): Promise<void>;
  show(summary: InPageSummary): Promise<unknown>;
}

/**
 * Summarizes the text the reader selected (the context menu's way in, for pages that aren't articles)
 * and shows it in the in-page box beside the selection. Returns whether it was shown.
 */
export async function summarizeSelection(
  text: string,
  length: SummaryLength,
  theme: Theme,
  tab: SelectionTab,
): Promise<boolean> {
  const loaded = articleFromText(text);
  if (!loaded.ok) return false;
  const summary = summarizeArticle(loaded.article, { length });
  if (summary.sentences.length === 0) return false;
  try {
    await tab.inject();
    await tab.show({
      title: '',
      lang: null,
      sentences: summary.sentences.map((s) => s.text),
      placement: 'selection',
      theme,
    });
    return true;
  } catch {
    return false; // a page the browser won't let Precis into: nothing to draw on
  }
}
