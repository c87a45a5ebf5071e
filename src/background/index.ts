/** Background entry (Chrome service worker, Firefox event page): wires the browser to `summarizeTab`. */
import browser from '../browser';
import type { BackgroundProtocol } from '../messages';
import { handleMessages, isOwnPage, sendToTab } from '../messaging';
import type { Summary } from '../summarize/types';
import { summarizeTab, type SummaryCache, type TabAccess } from './summarize-tab';

const tabs: TabAccess = {
  url: async (tabId) => (await browser.tabs.get(tabId)).url,
  inject: async (tabId) => {
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  },
  extract: (tabId, force) => sendToTab(tabId, 'extract', { force }),
  show: (tabId, summary) => sendToTab(tabId, 'showSummary', summary),
};

// storage.session lives as long as the browser session and never touches the disk.
const cache: SummaryCache = {
  get: async (key) => (await browser.storage.session.get(key))[key] as Summary | undefined,
  set: (key, summary) => browser.storage.session.set({ [key]: summary }),
};

handleMessages<BackgroundProtocol>(
  {
    summarizeTab: (payload) => summarizeTab(payload, tabs, cache),
  },
  isOwnPage,
);
