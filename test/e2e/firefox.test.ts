/**
 * The built extension in Firefox ESR (puppeteer-core over WebDriver BiDi). Firefox has no scripted
 * toolbar click, so the tests install the `firefox-test` build (host access to 127.0.0.1) and open the
 * popup as a tab, naming the article's tab with `popup.html?tab=N`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { describeForBrowser, findBrowser, requireBrowser } from './browsers';
import { chooseLength, clickOn, isLengthChecked, optionsShown, settled, waitInPage } from './popup-driver';
import { ERRORS_KEY } from '../../src/background/record-errors';
import { expectFaithfulSummary, TIMES_LINE } from './expectations';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
const SEED = '/fixtures/seed-nato/source.html';
const ADDON_ID = 'precis@precis.invalid';
/** Fixed through the `extensions.webextensions.uuids` pref, so the popup's moz-extension:// URL is known. */
const UUID = '6f0c4a52-9d7e-4b8e-a1c3-2b5e0d7f9a11';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
/** No tab has this id: the probe page that looks up tab ids must not summarize anything real. */
const NO_TAB = 2_000_000_000;

const firefox = findBrowser('firefox');

/** Poll `check` until it is truthy: BiDi has no `waitForFunction` across a navigation that never settles. */
async function until<T>(what: string, check: () => Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      last = e; // the page is between documents
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

describeForBrowser(firefox)('Firefox ESR', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let errors: string[] = [];
  const pages: Page[] = [];
  /** An extension page kept open for the whole file, to read the background's errors with. */
  let probe: Page | undefined;

  function watchPage(page: Page, label: string): Page {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${label} console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${label} uncaught: ${e instanceof Error ? e.message : String(e)}`));
    pages.push(page);
    return page;
  }

  async function openTab(path: string): Promise<Page> {
    const page = watchPage(await browser.newPage(), `page ${path}`);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    return page;
  }

  /**
   * Point `page` at an extension page. `page.goto('moz-extension://…')` never resolves here (and later
   * rejects with "Frame detached"), so start it, and poll the document's own location instead.
   */
  async function gotoExtensionPage(page: Page, path: string): Promise<void> {
    const url = `${EXTENSION_ORIGIN}/${path}`;
    page.goto(url).catch(() => undefined);
    await until(`${url} to load`, () =>
      page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
    );
    await trapErrors(page);
  }

  /**
   * Firefox's BiDi log leaves out extension pages (their console.error never reaches puppeteer), and
   * preload scripts don't run in them: once the page has loaded, catch its errors in the page itself.
   * Errors during the popup's start are not seen, but they leave it broken, which the tests do see.
   */
  async function trapErrors(page: Page): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { __e2eErrors?: string[] };
      if (w.__e2eErrors) return;
      const trapped: string[] = (w.__e2eErrors = []);
      const original = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        trapped.push(`console.error: ${args.map(String).join(' ')}`);
        original(...args);
      };
      addEventListener('error', (e) => trapped.push(`uncaught: ${e.message}`));
      addEventListener('unhandledrejection', (e) => trapped.push(`unhandled rejection: ${String(e.reason)}`));
    });
  }

  /** What `trapErrors` caught in the extension pages still open. */
  async function trappedErrors(): Promise<string[]> {
    const lists = await Promise.all(
      pages.map((p) =>
        p
          .evaluate(() => (window as unknown as { __e2eErrors?: string[] }).__e2eErrors ?? [])
          .catch(() => [] as string[]),
      ),
    );
    return lists.flat().map((e) => `extension page ${e}`);
  }

  /**
   * What the background's own uncaught errors and rejections were since the last call (the test build
   * records them in storage.session: Firefox shows its event page's console to no automation), cleared.
   */
  async function backgroundErrors(): Promise<string[]> {
    if (!probe) {
      probe = await browser.newPage();
      await gotoExtensionPage(probe, `popup.html?tab=${NO_TAB}`);
    }
    const recorded = await probe.evaluate(async (key) => {
      const session = (
        globalThis as unknown as {
          browser: {
            storage: {
              session: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
            };
          };
        }
      ).browser.storage.session;
      const lines = ((await session.get(key))[key] as string[] | undefined) ?? [];
      await session.remove(key);
      return lines;
    }, ERRORS_KEY);
    return recorded.map((e) => `background ${e}`);
  }

  /** The extension's id for the tab showing `url` (Firefox's tab ids are not puppeteer's). */
  async function tabIdOf(probe: Page, url: string): Promise<number> {
    await gotoExtensionPage(probe, `popup.html?tab=${NO_TAB}`);
    return until(`a tab with ${url}`, () =>
      probe.evaluate(async (u) => {
        const api = (
          globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
        ).browser;
        const tabs = await api.tabs.query({ url: 'http://127.0.0.1/*' });
        return tabs.find((t) => t.url === u)?.id;
      }, url),
    );
  }

  /**
   * The popup's size. Puppeteer sends a screen orientation with every viewport, a command Firefox ESR 140.12
   * doesn't know; the size itself is set all the same, as the check after it shows.
   */
  async function popupSize(page: Page): Promise<void> {
    await page.setViewport({ width: 400, height: 600 }).catch((e: unknown) => {
      if (!/unknown command/.test(String(e))) throw e;
    });
    await waitInPage(page, () => innerWidth === 400, 5_000);
  }

  /** Open the popup, as a tab, on the tab showing `article`. */
  async function openPopupFor(article: Page): Promise<Page> {
    const popup = watchPage(await browser.newPage(), 'popup');
    await popupSize(popup);
    const id = await tabIdOf(popup, article.url());
    await gotoExtensionPage(popup, `popup.html?tab=${id}`);
    return popup;
  }

  // A missing browser (with PRECIS_REQUIRE_BROWSERS=1) fails every test with the reason, not just the hook.
  beforeEach(() => void requireBrowser(firefox));

  beforeAll(async () => {
    const executablePath = firefox.path;
    if (!executablePath) return;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets the remote agent open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    });
    const id = await browser.installExtension(inject('firefoxExtensionDir'));
    expect(id).toBe(ADDON_ID);
  });

  afterEach(async () => {
    errors.push(...(await trappedErrors()), ...(await backgroundErrors()));
    await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
    const unexpected = errors;
    errors = [];
    expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
  });

  // The check every test ends with can fail: an error in the background reaches it.
  test('an unhandled rejection in the background is recorded for the tests to see', async () => {
    await backgroundErrors();
    const reject = () =>
      probe!.evaluate(async () => {
        type Background = Window & { Promise: PromiseConstructor; Error: ErrorConstructor };
        const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Background> } } })
          .browser;
        const background = await api.runtime.getBackgroundPage();
        // Made in the background's own realm, so its rejection is the background's.
        void background.Promise.reject(new background.Error('e2e probe'));
      });
    // Right after install, on a busy machine, the event page may not have run its script yet (its
    // recorder not listening): reject again on every look until one is recorded.
    const seen = await until(
      'the probe rejection to be recorded',
      async () => {
        await reject();
        await new Promise((r) => setTimeout(r, 500));
        const lines = await backgroundErrors();
        return lines.length > 0 ? lines : undefined;
      },
      60_000,
    );
    expect(new Set(seen)).toEqual(new Set(['background unhandled rejection: Error: e2e probe']));
    await new Promise((r) => setTimeout(r, 1_000));
    await backgroundErrors(); // a last probe still in flight is not the next test's
  });

  test('the seed page: the popup shows the title and the story’s own sentences; the box replaces the widget', async () => {
    const article = await openTab(SEED);
    const popup = await openPopupFor(article);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toContain('NATO Delegation');
    expect(state.times).toMatch(TIMES_LINE);
    const story = await article.evaluate(() => (document.querySelector('article') ?? document.body).textContent ?? '');
    expectFaithfulSummary(state.sentences, story);

    await mkdir(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, 'firefox-popup-seed.png');
    await popup.screenshot({ path: path as `${string}.png` });
    console.log(`screenshot: ${path}`);

    await article.waitForSelector('precis-summary', { timeout: 10_000 });
    const layout = await article.evaluate(() => {
      const host = document.querySelector('precis-summary') as HTMLElement;
      const links = Array.from(document.querySelectorAll('a')).filter((a) => a.textContent?.trim() === 'Get a summary');
      return {
        hosts: document.querySelectorAll('precis-summary').length,
        isPageBlind: host.shadowRoot === null,
        isFirstWidgetNext: links[0] !== undefined && (host.nextElementSibling?.contains(links[0]) ?? false),
        visibleLinks: links.filter((a) => a.checkVisibility()).length,
        boxHeight: host.getBoundingClientRect().height,
      };
    });
    expect(layout).toEqual({
      hosts: 1,
      isPageBlind: true,
      isFirstWidgetNext: true,
      visibleLinks: 0,
      boxHeight: expect.any(Number),
    });
    expect(layout.boxHeight, 'the box has room for its sentences').toBeGreaterThan(50);
  });

  test('length: Short gives 3 sentences and is remembered by the next popup', async () => {
    const article = await openTab(SEED);
    let popup = await openPopupFor(article);
    expect((await settled(popup)).sentences.length).toBeGreaterThan(3);
    const short = await chooseLength(popup, 'short');
    expect(short.sentences).toHaveLength(3);
    await popup.close();

    popup = await openPopupFor(article);
    const reopened = await settled(popup);
    expect(await isLengthChecked(popup, 'short')).toBe(true);
    expect(reopened.sentences).toEqual(short.sentences);
    // Leave the default for the other tests.
    await chooseLength(popup, 'medium');
  });

  test('the toolbar popup of a summarized tab keeps its summary, and draws it when it opens', async () => {
    const article = await openTab(SEED);
    const popup = await openPopupFor(article);
    const first = await settled(popup);
    const id = await tabIdOf(popup, article.url());
    // What the toolbar button opens for this tab now.
    const address = await until('the tab popup to keep the summary', () =>
      popup.evaluate(async (tabId) => {
        const { action } = (
          globalThis as unknown as { browser: { action: { getPopup(d: { tabId: number }): Promise<string> } } }
        ).browser;
        const url = await action.getPopup({ tabId });
        return url.includes('#') ? url : null;
      }, id),
    );
    expect(address.startsWith(`${EXTENSION_ORIGIN}/popup.html?tab=${id}#`)).toBe(true);
    const reopened = watchPage(await browser.newPage(), 'popup');
    await popupSize(reopened);
    await gotoExtensionPage(reopened, address.slice(EXTENSION_ORIGIN.length + 1));
    expect(await settled(reopened)).toEqual(first);
    expect(await reopened.evaluate(() => performance.getEntriesByName('precis:kept').length)).toBe(1);
  });

  test('an article without a summary widget: summary in the popup, the page left as it was', async () => {
    const article = await openTab('/pages/plain-article.html');
    const before = await article.evaluate(() => document.documentElement.outerHTML);
    const popup = await openPopupFor(article);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toBe('Lantern Bay library reopens after two-year rebuild');
    expectFaithfulSummary(
      state.sentences,
      await article.evaluate(() => document.querySelector('article')?.textContent ?? ''),
    );
    expect(await article.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('a page that is not an article: the popup says so and offers "Summarize anyway"', async () => {
    const article = await openTab('/pages/home.html');
    const popup = await openPopupFor(article);
    const state = await settled(popup);
    expect(state.problem).toBe("This page doesn't look like an article.");
    expect(state.action).toBe('Summarize anyway');
  });

  test('options: length, theme and the in-page box stick across a reload; a dark popup follows', async () => {
    const options = watchPage(await browser.newPage(), 'options');
    await gotoExtensionPage(options, 'options.html');
    await until('the options page to be ready', () => options.evaluate(() => document.body.dataset.ready === 'true'));
    await clickOn(options, 'input[name="length"][value="long"]');
    await clickOn(options, 'input[name="theme"][value="dark"]');
    await clickOn(options, '#show-in-page');
    type Sync = {
      browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
    };
    await until('the settings to be saved', () =>
      options.evaluate(async () => {
        const stored = await (globalThis as unknown as Sync).browser.storage.sync.get(null);
        return stored.length === 'long' && stored.theme === 'dark' && stored.showInPage === false;
      }),
    );

    // Reload (page.reload, like goto, never settles on a moz-extension:// page): mark the old document.
    await options.evaluate(() => {
      (window as unknown as { e2eOld?: boolean }).e2eOld = true;
      setTimeout(() => location.reload(), 0);
    });
    await until('the reloaded options page', () =>
      options.evaluate(
        () => !(window as unknown as { e2eOld?: boolean }).e2eOld && document.body?.dataset.ready === 'true',
      ),
    );
    await trapErrors(options);
    const shown = await optionsShown(options);
    expect(shown).toEqual({ length: 'long', theme: 'dark', showInPage: false, dataTheme: 'dark' });

    // The popup, dark by the setting, on the long demo article (Long gives all 7 of its 34 sentences).
    const article = await openTab('/demo/article.html');
    const popup = await openPopupFor(article);
    const state = await settled(popup);
    expect(state.sentences).toHaveLength(7);
    const look = await popup.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(look.theme).toBe('dark');
    const [r, g, b] = (look.background.match(/\d+/g) ?? []).map(Number);
    expect((r! + g! + b!) / 3, `a dark background (${look.background})`).toBeLessThan(80);
    await mkdir(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, 'firefox-popup-dark.png');
    await popup.screenshot({ path: path as `${string}.png` });
    console.log(`screenshot: ${path}`);
    // With the box turned off, the demo's widgets stay as they are.
    expect(await article.$('precis-summary')).toBeNull();

    // Leave the defaults for the other tests.
    await options.evaluate(() =>
      (globalThis as unknown as Sync).browser.storage.sync.set({ length: 'medium', theme: 'system', showInPage: true }),
    );
  });

  test('Open in side panel: the sidebar opens on this tab’s summary, and asks for a click on other tabs', async () => {
    const article = await openTab('/demo/article.html');
    const popup = await openPopupFor(article);
    const state = await settled(popup);
    // An extension page of its own to ask Firefox with: the popup closes itself once the panel is open.
    const asker = watchPage(await browser.newPage(), 'asker');
    const tabId = await tabIdOf(asker, article.url());
    await popup.bringToFront();
    await until('the "Open in side panel" button', () =>
      popup.evaluate(() => !(document.getElementById('open-panel') as HTMLElement).hidden),
    );
    // A real click, so Firefox lets sidebarAction.open() run.
    await clickOn(popup, '#open-panel');
    type Sidebar = {
      browser: {
        sidebarAction: { isOpen(d: object): Promise<boolean>; getPanel(d: { tabId: number }): Promise<string> };
      };
    };
    const panelUrl = await until('the sidebar to open on the tab', () =>
      asker.evaluate(async (id) => {
        const { sidebarAction } = (globalThis as unknown as Sidebar).browser;
        const url = await sidebarAction.getPanel({ tabId: id });
        return (await sidebarAction.isOpen({})) && url.endsWith(`popup.html?panel=1&tab=${id}`) ? url : undefined;
      }, tabId),
    );
    expect(panelUrl).toBe(`${EXTENSION_ORIGIN}/popup.html?panel=1&tab=${tabId}`);

    // The panel's page (as a tab: automation can't reach into the sidebar) shows the same summary.
    const panel = watchPage(await browser.newPage(), 'panel');
    await gotoExtensionPage(panel, `popup.html?panel=1&tab=${tabId}`);
    const shown = await settled(panel);
    expect(shown.sentences).toEqual(state.sentences);
    expect(await panel.evaluate(() => document.documentElement.classList.contains('panel'))).toBe(true);
    // The default panel, on tabs Precis wasn't clicked on, reads nothing.
    await gotoExtensionPage(panel, 'popup.html?panel=1');
    const idle = await settled(panel);
    expect(idle.problem).toBe('Click Precis to summarize this tab.');
    expect(idle.action).toBeNull();
  });
});
