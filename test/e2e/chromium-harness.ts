/**
 * The Chromium side of the e2e tests, shared by every `*.test.ts` that drives Chromium: launch Debian's
 * Chromium (new headless) with one unpacked build of Precis, press its toolbar button for real, collect
 * console errors and uncaught exceptions of pages, popups and the service worker, and take screenshots.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, {
  type Browser,
  type CDPSession,
  type ElementHandle,
  type Extension,
  type Page,
  type ScreenshotOptions,
  type Target,
  type WebWorker,
} from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { findBrowser, requireBrowser } from './browsers';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium-args';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where every e2e screenshot goes. */
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
/** The seed fixture: a news story with two "Get a summary" widgets. */
export const SEED = '/fixtures/seed-nato/source.html';

/** Debian's Chromium, or why it is missing. */
export const chromium = findBrowser('chromium');

/** A DOM node as CDP's `DOM.getDocument({ pierce: true })` describes it. */
export interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  nodeId: number;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

/** Every node under `node`, shadow roots and frames included, in document order. */
export function allNodes(node: CdpNode): CdpNode[] {
  const kids = [
    ...(node.shadowRoots ?? []),
    ...(node.children ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ];
  return [node, ...kids.flatMap(allNodes)];
}

/** The text of `node` as CDP sees it (text nodes joined). */
export function cdpText(node: CdpNode): string {
  return node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(cdpText).join('');
}

/** The slice of the `chrome.*` API the tests call inside the browser (the repo has no @types/chrome). */
export interface ChromeApi {
  runtime: { id: string; sendMessage(...args: unknown[]): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string; windowId?: number }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  storage: {
    sync: {
      get(keys?: string[] | null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
    session: { get(keys?: string[] | null): Promise<Record<string, unknown>>; clear(): Promise<void> };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
}

/** Inside `evaluate`: the extension's `chrome` object, typed. */
export type WithChrome = { chrome: ChromeApi };

/**
 * The id of the tab a popup opened by a toolbar click summarizes: the active one (the Chrome build can't
 * read tab URLs, so it can't be looked up by address).
 */
export function popupTabId(popup: Page): Promise<number> {
  return popup.evaluate(async () => {
    const [tab] = await (globalThis as unknown as WithChrome).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab!.id!;
  });
}

/** Precis's in-page box as CDP sees it: the shadow root's mode, each `<li>`'s text, and the × button's centre. */
export interface InPageBox {
  mode: string | undefined;
  sentences: string[];
  close: { x: number; y: number } | null;
}

/** One Chromium with one build of Precis, and what the tests do with it. */
export interface ChromiumHarness {
  browser: Browser;
  extension: Extension;
  baseUrl: string;
  /** `chrome-extension://<id>` */
  origin: string;
  /** Collect `page`'s console errors and uncaught exceptions; closed after the test. */
  watchPage(page: Page, label: string): Page;
  /** A new tab on `baseUrl + path`, loaded. */
  openTab(path: string): Promise<Page>;
  /** A new tab on one of Precis's own pages (`options.html`, `popup.html?tab=N`). */
  openExtensionPage(path: string): Promise<Page>;
  /** Click Precis's toolbar button for `page`'s tab and return the popup it opens. */
  clickAction(page: Page): Promise<Page>;
  /** The service worker, woken when Chrome has stopped it. */
  worker(): Promise<WebWorker>;
  /** The extension's id for the tab showing `url` (asked of the service worker). */
  tabIdOf(url: string): Promise<number>;
  /** Save a PNG of a page or one element in artifacts/screenshots and print its absolute path. */
  screenshot(what: Page | ElementHandle, name: string, options?: ScreenshotOptions): Promise<string>;
  /** The closed in-page box, read through CDP (which sees into closed shadow roots). */
  inPageBox(page: Page): Promise<InPageBox>;
  /**
   * Let go of the service worker before a test stops it: a worker restarted while puppeteer is still
   * attached to its target waits for a debugger that never resumes it (every message to it hangs).
   * Its console is not watched after this.
   */
  releaseWorkers(): Promise<void>;
  /** Add to the errors the current test fails on. */
  addError(error: string): void;
}

interface LaunchOptions {
  executablePath: string;
  extensionDir: string;
  baseUrl: string;
}

async function launch({ executablePath, extensionDir, baseUrl }: LaunchOptions, errors: string[], pages: Page[]) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'precis-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    pipe: true,
    userDataDir,
    // `enableExtensions: [dir]` doesn't wait for the install (puppeteer 24.43 wraps the promises in an
    // extra array before Promise.all): allow extensions, then install and await it ourselves.
    enableExtensions: true,
    args: CHROMIUM_ARGS,
  });
  const id = await browser.installExtension(extensionDir);
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error(`Precis (${id}) did not load from ${extensionDir}`);
  const origin = `chrome-extension://${id}`;
  const watched = new WeakSet<object>();

  function watchPage(page: Page, label: string): Page {
    if (watched.has(page)) return page;
    watched.add(page);
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${label} console.error: ${m.text()} (${m.location().url ?? ''})`);
    });
    page.on('pageerror', (e) => errors.push(`${label} uncaught: ${e instanceof Error ? e.message : String(e)}`));
    pages.push(page);
    return page;
  }

  const workers = new Set<WebWorker>();
  const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`);
  async function watchWorker(target: Target): Promise<void> {
    if (!isWorker(target)) return;
    const worker = await target.worker().catch(() => null);
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    workers.add(worker);
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`service worker console.error: ${m.text()}`);
    });
    worker.on('error', (e) => errors.push(`service worker uncaught: ${e.message}`));
  }
  browser.on('targetcreated', (t: Target) => void watchWorker(t));
  // A worker just installed registers its click listener when it first runs: a click before that is lost,
  // as a reader's would be in the instant after installing. Every test starts once it has run.
  const first = await (await browser.waitForTarget(isWorker, { timeout: 30_000 })).worker();
  await first?.evaluate(() => true);
  await Promise.all(browser.targets().map(watchWorker));
  await browser
    .defaultBrowserContext()
    .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

  async function openTab(path: string): Promise<Page> {
    const page = watchPage(await browser.newPage(), `page ${path}`);
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    return page;
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const page = watchPage(await browser.newPage(), path);
    await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    return page;
  }

  async function clickAction(page: Page): Promise<Page> {
    // The toolbar's popup: `popup.html`, or `popup.html?tab=N` once the background has named its tab.
    const isPopup = (t: Target) =>
      t.url() === `${origin}/popup.html` || t.url().startsWith(`${origin}/popup.html?tab=`);
    const before = new Set(browser.targets().filter(isPopup));
    const opened = browser.waitForTarget((t) => isPopup(t) && !before.has(t), { timeout: 10_000 });
    await page.bringToFront();
    await page.triggerExtensionAction(extension!);
    const popup = await (await opened).asPage();
    return watchPage(popup, 'popup');
  }

  async function worker(): Promise<WebWorker> {
    let target = browser.targets().find(isWorker);
    if (!target) {
      // Chrome stopped it: any message from one of Precis's pages starts it again.
      const waker = await openExtensionPage('options.html');
      const found = browser.waitForTarget(isWorker, { timeout: 10_000 });
      await waker.evaluate(() =>
        (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ wake: true }).catch(() => undefined),
      );
      target = await found;
      await waker.close();
    }
    const w = await target.worker();
    if (!w) throw new Error('the service worker target has no worker');
    await watchWorker(target);
    return w;
  }

  async function tabIdOf(url: string): Promise<number> {
    const w = await worker();
    const id = await w.evaluate(
      async (u) => (await (globalThis as unknown as WithChrome).chrome.tabs.query({})).find((t) => t.url === u)?.id,
      url,
    );
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  }

  async function screenshot(
    what: Page | ElementHandle,
    name: string,
    options: ScreenshotOptions = {},
  ): Promise<string> {
    await mkdir(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, name);
    await what.screenshot({ ...options, path: path as `${string}.png` });
    console.log(`screenshot: ${path}`);
    return path;
  }

  async function inPageBox(page: Page): Promise<InPageBox> {
    const session: CDPSession = await page.createCDPSession();
    try {
      const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const hasClass = (node: CdpNode, name: string) => {
        const i = node.attributes?.indexOf('class') ?? -1;
        return i >= 0 && (node.attributes?.[i + 1] ?? '').split(/\s+/).includes(name);
      };
      const host = allNodes(root).find((n) => n.nodeName === 'PRECIS-SUMMARY');
      const shadow = host?.shadowRoots?.[0];
      if (!shadow) return { mode: undefined, sentences: [], close: null };
      const inside = allNodes(shadow);
      const button = inside.find((n) => n.nodeName === 'BUTTON' && hasClass(n, 'close'));
      let close: { x: number; y: number } | null = null;
      if (button) {
        await session.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
        const { quads } = await session.send('DOM.getContentQuads', { nodeId: button.nodeId });
        const q = quads[0];
        if (q) close = { x: (q[0]! + q[4]!) / 2, y: (q[1]! + q[5]!) / 2 };
      }
      return { mode: shadow.shadowRootType, sentences: inside.filter((n) => n.nodeName === 'LI').map(cdpText), close };
    } finally {
      await session.detach();
    }
  }

  const harness: ChromiumHarness = {
    browser,
    extension,
    baseUrl,
    origin,
    watchPage,
    openTab,
    openExtensionPage,
    clickAction,
    worker,
    tabIdOf,
    screenshot,
    inPageBox,
    releaseWorkers: async () => {
      await Promise.all([...workers].map((w) => w.client.detach().catch(() => undefined)));
      workers.clear();
    },
    addError: (e) => errors.push(e),
  };
  return { harness, userDataDir };
}

/**
 * Call inside a `describeForBrowser(chromium)` block: one Chromium for the block, with the build
 * `extensionDir` names (`chromeExtensionDir` or `chromeTestExtensionDir`). Every test fails on a console
 * error or uncaught exception anywhere; the pages it opened are closed after it. Returns the harness
 * (for use inside tests and hooks, once `beforeAll` has run).
 */
export function useChromium(extensionDir: 'chromeExtensionDir' | 'chromeTestExtensionDir'): () => ChromiumHarness {
  let harness: ChromiumHarness | undefined;
  let userDataDir: string | undefined;
  const errors: string[] = [];
  const pages: Page[] = [];

  // A missing browser (with PRECIS_REQUIRE_BROWSERS=1) fails every test with the reason, not just the hook.
  beforeEach(() => void requireBrowser(chromium));

  beforeAll(async () => {
    if (!chromium.path) return;
    const launched = await launch(
      { executablePath: chromium.path, extensionDir: inject(extensionDir), baseUrl: inject('baseUrl') },
      errors,
      pages,
    );
    harness = launched.harness;
    userDataDir = launched.userDataDir;
  });

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
    const unexpected = errors.splice(0);
    expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
  });

  afterAll(async () => {
    await harness?.browser.close().catch(() => undefined);
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  return () => {
    if (!harness) throw new Error('Chromium is not running (beforeAll has not run, or the browser is missing)');
    return harness;
  };
}
