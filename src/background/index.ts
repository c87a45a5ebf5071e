/** Background entry (Chrome service worker, Firefox event page): wires the browser to Precis's handlers. */
import browser, { type Menus, type Runtime, type Tabs } from '../browser';
import { benchMark, takeBenchMarks, withBenchMarks } from '../bench-marks';
import { popupAddress, POPUP_PAGE } from '../popup-address';
import type { BackgroundProtocol, SummarizeResult, SummaryLength } from '../protocol';
import { handleMessages, isOwnPage, sendToTab } from '../messaging';
import { loadSettings, type Settings } from '../settings';
import { prepareSentenceSplitter } from '../summarize/split-sentences';
import type { Summary } from '../summarize/types';
import { isAlwaysOn, setAlwaysOn, syncAlwaysOn } from './always-on';
import { createEarlyStarts } from './early-start';
import { ERRORS_KEY, recordErrors } from './record-errors';
import { summarizeSelection } from './summarize-selection';
import { summarizeTab, type SummaryCache, type TabAccess } from './summarize-tab';

// Bench builds: when the worker began and began evaluating this bundle (its imports have run by now).
if (__PRECIS_BENCH__) {
  benchMark('worker-started', performance.timeOrigin);
  benchMark('worker-evaluating', __precisEvaluatingAt);
}

const MENU_ID = 'precis-summarize-selection';

const tabs: TabAccess = {
  url: async (tabId) => (await browser.tabs.get(tabId)).url,
  inject: async (tabId) => {
    benchMark('inject-start');
    // injectImmediately: a page still loading gets Precis now, not when its last image arrives.
    const injected = browser.scripting.executeScript({
      target: { tabId },
      files: ['content.js'],
      injectImmediately: true,
    });
    // The page takes a while to read its article: the worker builds its sentence breaker meanwhile, the
    // slow first step of the first summary a woken worker makes.
    prepareSentenceSplitter(navigator.language);
    await injected;
    benchMark('injected');
  },
  extract: async (tabId, force) => {
    benchMark('extract-sent');
    const extraction = await sendToTab(tabId, 'extract', { force });
    takeBenchMarks(extraction);
    benchMark('extraction-received');
    return extraction;
  },
  show: (tabId, summary) => sendToTab(tabId, 'showSummary', summary),
};

/** Summaries the worker holds in memory: a reopened popup skips the storage round trip. */
const MEMORY_CACHE_SIZE = 32;
const inMemory = new Map<string, Summary>();

// storage.session lives as long as the browser session and never touches the disk; it outlives the
// worker's memory, which goes when the worker sleeps.
const cache: SummaryCache = {
  get: async (key) => inMemory.get(key) ?? ((await browser.storage.session.get(key))[key] as Summary | undefined),
  set: (key, summary) => {
    inMemory.delete(key);
    inMemory.set(key, summary);
    if (inMemory.size > MEMORY_CACHE_SIZE) inMemory.delete(inMemory.keys().next().value!);
    return browser.storage.session.set({ [key]: summary });
  },
};

/** A content script Precis registered on a site the reader turned "always on" for. */
async function isAlwaysOnPage(sender: Runtime.MessageSender): Promise<boolean> {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && (await isAlwaysOn(sender.url));
}

const early = createEarlyStarts();

/** The settings, read once and again only after they change: a click needn't wait on storage. */
let settingsRead: Promise<Settings> | undefined;
function currentSettings(): Promise<Settings> {
  return (settingsRead ??= loadSettings());
}
browser.storage.onChanged.addListener((_, area) => {
  if (area === 'sync') settingsRead = undefined;
});

handleMessages<BackgroundProtocol>(
  {
    summarizeTab: async ({ tabId, length, force }) => {
      benchMark('worker-received');
      const settings = currentSettings();
      const request = { tabId, length: length ?? (await settings).length, force };
      const result = await (early.take(request) ?? summarizeTab(request, tabs, cache, settings));
      benchMark('worker-replying');
      void keepInPopup(tabId, request.length, force ?? false, result, settings);
      return withBenchMarks(result);
    },
    setAlwaysOn: async ({ origin, isOn }) => ({ alwaysOn: await setAlwaysOn(origin, isOn) }),
    autoSummarize: async (_, sender) => {
      if (!(await isAlwaysOnPage(sender))) throw new Error('This site is not turned on');
      // No popup asked: the saved length is the one to use.
      const saved = await loadSettings();
      const settings = { ...saved, showInPage: true, isAlwaysOn: true };
      const result = await summarizeTab({ tabId: sender.tab!.id!, length: saved.length }, tabs, cache, settings);
      return { shown: result.ok };
    },
  },
  // Only Precis's own pages may ask for summaries; its registered content script only for its own tab.
  (sender, type) =>
    type === 'autoSummarize' ? sender.id === browser.runtime.id && sender.tab !== undefined : isOwnPage(sender),
);

/**
 * The tab's popup from now on keeps the summary just shown, for its next opening to paint at once (see
 * popup-address.ts); a failure, or a summary forced on a page that is no article, leaves nothing kept.
 */
async function keepInPopup(
  tabId: number,
  length: SummaryLength,
  force: boolean,
  result: SummarizeResult,
  settings: Promise<Settings>,
): Promise<void> {
  const kept = result.ok && !force ? { view: result.view, length, theme: (await settings).theme } : undefined;
  // A tab closed meanwhile has no popup to set.
  await browser.action.setPopup({ tabId, popup: popupAddress(tabId, kept) }).catch(() => undefined);
}

/**
 * Chrome's build names no popup in its manifest, so a toolbar click reaches Precis before the popup
 * exists: the popup is opened from here, and the page is read while the browser builds it rather than
 * after. The tab keeps the popup until it navigates (Chrome clears it then), so a second click on the
 * same page opens it at once and finds the last extraction kept. Firefox's manifest names the popup, and
 * never fires this.
 */
async function onActionClicked(tab: Tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  benchMark('clicked');
  // The popup's address names its tab, so it asks for the summary without looking the tab up.
  const opened = browser.action
    .setPopup({ tabId, popup: popupAddress(tabId) })
    .then(() => browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId }));
  const settings = currentSettings();
  const { length } = await settings;
  early.start(tabId, length, async () => {
    const result = await summarizeTab({ tabId, length }, tabs, cache, settings);
    benchMark('summarized');
    return result;
  });
  // Refused (another window took the focus): the tab has its popup now, and the next click opens it.
  await opened.catch((e: unknown) => console.warn('Precis: the popup did not open:', String(e)));
}
browser.action.onClicked.addListener((tab) => void onActionClicked(tab));
// A browser without `action.openPopup` gets the popup the ordinary way, opened by the click itself.
if (typeof browser.action.openPopup !== 'function') void browser.action.setPopup({ popup: POPUP_PAGE });

// Menus are kept by the browser across restarts: create them once, when Precis is installed or updated.
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuSummarizeSelection'),
    contexts: ['selection'],
  });
  void syncAlwaysOn();
});
browser.runtime.onStartup.addListener(() => void syncAlwaysOn());

async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<boolean> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return false;
  const tabId = tab.id;
  const { length, theme } = await loadSettings();
  return summarizeSelection(info.selectionText, length, theme, {
    inject: () => tabs.inject(tabId),
    show: (summary) => tabs.show(tabId, summary),
  });
}
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));

// Test builds only: what the browser's own UI would trigger, for the e2e tests to call, and the
// background's uncaught errors, for them to read.
if (__PRECIS_TEST__) {
  Object.assign(globalThis, { precisTest: { onMenuClicked, setAlwaysOn, syncAlwaysOn } });
  recordErrors(globalThis, {
    get: async () => ((await browser.storage.session.get(ERRORS_KEY))[ERRORS_KEY] as string[] | undefined) ?? [],
    set: (errors) => browser.storage.session.set({ [ERRORS_KEY]: errors }),
  });
}

benchMark('worker-ready');
