/** The reader's settings, kept in `storage.sync` so they follow the reader between browsers. */
import browser from './browser';
import { DEFAULT_LENGTH, isSummaryLength, type SummaryLength } from './article/length';
import { isTheme, type Theme } from './protocol';

export type { Theme };

export interface Settings {
  /** Summary length; the popup's switch changes it too. */
  length: SummaryLength;
  /** Whether the summary also appears on the page, where the site's own "Get a summary" link stood. */
  showInPage: boolean;
  theme: Theme;
  /** Origins (`https://example.com`) where Precis summarizes by itself, each granted by the reader. */
  alwaysOn: string[];
}

export const DEFAULT_SETTINGS: Settings = { length: DEFAULT_LENGTH, showInPage: true, theme: 'system', alwaysOn: [] };

/** Settings as stored, with anything missing or malformed replaced by its default. */
export function parseSettings(stored: Record<string, unknown>): Settings {
  const { length, showInPage, theme, alwaysOn } = stored;
  return {
    length: isSummaryLength(length) ? length : DEFAULT_SETTINGS.length,
    showInPage: typeof showInPage === 'boolean' ? showInPage : DEFAULT_SETTINGS.showInPage,
    theme: isTheme(theme) ? theme : DEFAULT_SETTINGS.theme,
    alwaysOn: Array.isArray(alwaysOn) ? alwaysOn.filter((o): o is string => typeof o === 'string') : [],
  };
}

/** Reads the settings; a storage that fails gives the defaults rather than no popup. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(Object.keys(DEFAULT_SETTINGS)));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Saves some settings. */
export async function saveSettings(changes: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(changes);
}

/** Puts the theme on `<html data-theme>`, where the style sheets read it. */
export function applyTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.theme = theme;
}
