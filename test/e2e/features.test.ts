/**
 * Issue #5, in Chromium: the popup's keyboard, the shortcut, the context menu, the options page, the
 * per-site "always summarize" grant, and screenshots of each surface in light and dark.
 *
 * This file loads the `chrome-test` build: 127.0.0.1 is granted up front, so `permissions.request`
 * resolves without the prompt headless Chromium can't answer, and the background exposes the handlers
 * the browser's own UI would call (`globalThis.precisTest`). Everything else is the Chrome build; the
 * activeTab path (no host permission) is chromium.test.ts's.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, expect, test } from 'vitest';
import { describeForBrowser } from './browsers';
import { chromium, SEED, useChromium, type WithChrome } from './chromium-harness';
import { expectFaithfulSummary, squash } from './expectations';
import { optionsShown, POPUP_TIMEOUT_MS, settled, type PopupState } from './popup-driver';

const MENU_ID = 'precis-summarize-selection';
const PLAIN = '/pages/plain-article.html';
/** Long enough (34 sentences) that Long gives all 7: a summary is never more than half the story. */
const DEMO = '/demo/article.html';
const DEFAULTS = { length: 'medium', showInPage: true, theme: 'system', alwaysOn: [] as string[] };

/** The handlers the `chrome-test` background exposes (see src/background/index.ts). */
type WithPrecisTest = WithChrome & {
  precisTest: {
    onMenuClicked(info: { menuItemId: string; selectionText: string }, tab: { id: number }): Promise<boolean>;
    setAlwaysOn(origin: string, isOn: boolean): Promise<string[]>;
    syncAlwaysOn(): Promise<void>;
  };
};

/** Press a key in the popup and wait for the summary it draws anew (never the one already shown). */
async function pressForNewSummary(popup: Page, key: 's' | 'm' | 'l'): Promise<PopupState> {
  await popup.evaluate(() =>
    document.querySelectorAll<HTMLElement>('#summary > li').forEach((li) => (li.dataset.e2eStale = '')),
  );
  await popup.keyboard.press(key);
  await popup.waitForFunction(
    () =>
      document.getElementById('app')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('#summary > li') !== null &&
      document.querySelector('#summary > li[data-e2e-stale]') === null,
    { timeout: POPUP_TIMEOUT_MS },
  );
  return settled(popup);
}

/** The focused element of the popup: its index among the sentence buttons, and each button's tabIndex. */
function focusOf(popup: Page) {
  return popup.evaluate(() => {
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('#summary button.sentence'));
    const active = document.activeElement as HTMLElement | null;
    return {
      at: buttons.indexOf(active as HTMLButtonElement),
      tabStops: buttons.filter((b) => b.tabIndex === 0).length,
      isFocusVisible: active?.matches(':focus-visible') ?? false,
      outline: active ? getComputedStyle(active).outlineStyle : 'none',
      outlineWidth: active ? getComputedStyle(active).outlineWidth : '0px',
    };
  });
}

describeForBrowser(chromium)('Chromium: features (issue #5)', () => {
  const harness = useChromium('chromeTestExtensionDir');

  async function storedSettings(): Promise<Record<string, unknown>> {
    const worker = await harness().worker();
    return worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.sync.get(null));
  }

  async function registeredScripts(): Promise<string[]> {
    const worker = await harness().worker();
    return worker.evaluate(async () =>
      (await (globalThis as unknown as WithChrome).chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
  }

  async function openOptions(): Promise<Page> {
    const options = await harness().openExtensionPage('options.html');
    await options.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    return options;
  }

  // Every test starts from the default settings, whatever the last one changed.
  afterEach(async () => {
    const worker = await harness().worker();
    await worker.evaluate(async (defaults) => {
      const w = globalThis as unknown as WithPrecisTest;
      for (const origin of ((await w.chrome.storage.sync.get(['alwaysOn'])).alwaysOn as string[] | undefined) ?? []) {
        await w.precisTest.setAlwaysOn(origin, false);
      }
      await w.chrome.storage.sync.set(defaults);
      await w.chrome.storage.session.clear();
    }, DEFAULTS);
  });

  test('keyboard: arrows walk the sentences (one tab stop), Enter highlights on the page, S M L, C copies', async () => {
    const { openTab, clickAction, baseUrl } = harness();
    const page = await openTab(DEMO);
    const popup = await clickAction(page);
    const medium = await settled(popup);
    expect(medium.sentences).toHaveLength(5);
    await popup.bringToFront();

    // One tab stop for the list: Tab from the length switch lands on the first sentence, not on each.
    expect((await focusOf(popup)).tabStops).toBe(1);
    await popup.focus('#summary > li:first-child button.sentence');
    await popup.keyboard.press('ArrowDown');
    expect(await focusOf(popup)).toMatchObject({ at: 1, tabStops: 1 });
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect((await focusOf(popup)).at).toBe(3);
    await popup.keyboard.press('ArrowUp');
    const focus = await focusOf(popup);
    expect(focus).toMatchObject({ at: 2, tabStops: 1, isFocusVisible: true });
    // A keyboard reader sees where they are: the focused sentence has an outline.
    expect(focus.outline).not.toBe('none');
    expect(parseFloat(focus.outlineWidth)).toBeGreaterThan(0);
    // The arrows stop at the ends.
    for (let i = 0; i < 8; i++) await popup.keyboard.press('ArrowDown');
    expect((await focusOf(popup)).at).toBe(4);
    for (let i = 0; i < 8; i++) await popup.keyboard.press('ArrowUp');
    expect((await focusOf(popup)).at).toBe(0);

    // Enter on the fourth sentence highlights it on the page and scrolls to it. Chromium has the CSS
    // Custom Highlight API, whose registry belongs to the document: the main world sees what the
    // content script's isolated world registered.
    const scrollBefore = await page.evaluate(() => scrollY);
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    const highlighted = () =>
      page.evaluate(() => {
        const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('precis-sentence');
        return highlight ? Array.from(highlight, (r) => r.toString()).join(' ') : null;
      });
    await expect.poll(highlighted, { timeout: 5_000 }).toBe(medium.sentences[3]);
    expect(await page.$('style#precis-highlight-style')).not.toBeNull();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 5_000 }).not.toBe(scrollBefore);

    // S, M and L switch the length; the reader's choice is saved.
    await popup.bringToFront();
    const short = await pressForNewSummary(popup, 's');
    expect(short.sentences).toHaveLength(3);
    const long = await pressForNewSummary(popup, 'l');
    expect(long.sentences).toHaveLength(7);
    expectFaithfulSummary(
      long.sentences,
      await page.evaluate(() => (document.querySelector('article') ?? document.body).textContent ?? ''),
    );
    expect((await storedSettings()).length).toBe('long');
    const back = await pressForNewSummary(popup, 'm');
    expect(back.sentences).toEqual(medium.sentences);

    // C copies the summary as Markdown.
    await popup.keyboard.press('c');
    await popup.waitForFunction(() => document.getElementById('copy-status')?.textContent === 'Copied', {
      timeout: 5_000,
    });
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`## [${back.title}](${baseUrl}${DEMO})`);
    // Each sentence links to itself on the page (a text fragment), its text escaped for Markdown.
    for (const s of back.sentences)
      expect(markdown).toContain(`- [${squash(s).replace(/([\\`*_[\]<>#|])/g, '\\$1')}](`);
  });

  test('the shortcut: Alt+Shift+S opens Precis, and the options page says so', async () => {
    const worker = await harness().worker();
    const commands = await worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.commands.getAll());
    const open = commands.find((c) => c.name === '_execute_action');
    expect(open, JSON.stringify(commands)).toBeDefined();
    expect(open!.shortcut).toMatch(/Shift\+S$/);
    expect(open!.shortcut).toMatch(/^Alt\+/);

    const options = await openOptions();
    expect(await options.$eval('#shortcut', (e) => e.textContent)).toBe(open!.shortcut);
  });

  test('context menu: a selection on a page that is no article is summarized in a box right after it', async () => {
    const { openTab, tabIdOf, worker, inPageBox, baseUrl } = harness();
    const page = await openTab('/pages/notice-board.html');
    const selectionText = await page.evaluate(() => {
      const notice = document.getElementById('ferry-notice')!;
      const range = document.createRange();
      range.selectNodeContents(notice);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selectionText.length).toBeGreaterThan(500);

    const tabId = await tabIdOf(`${baseUrl}/pages/notice-board.html`);
    const shown = await (
      await worker()
    ).evaluate(
      (info, tab) => (globalThis as unknown as WithPrecisTest).precisTest.onMenuClicked(info, tab),
      { menuItemId: MENU_ID, selectionText },
      { id: tabId },
    );
    expect(shown).toBe(true);

    await page.waitForSelector('precis-summary', { timeout: 5_000 });
    const place = await page.evaluate(() => ({
      previous: document.querySelector('precis-summary')?.previousElementSibling?.id,
      hosts: document.querySelectorAll('precis-summary').length,
    }));
    expect(place).toEqual({ previous: 'ferry-notice', hosts: 1 });
    const box = await inPageBox(page);
    expect(box.mode).toBe('closed');
    expect(box.sentences).toHaveLength(5);
    for (const sentence of box.sentences) expect(squash(selectionText)).toContain(squash(sentence));
    // Nothing from the notice beside it.
    for (const sentence of box.sentences) expect(sentence).not.toMatch(/Saturday market/);
  });

  test('options: length, theme and the in-page box stick across a reload and rule the next popup', async () => {
    const { openTab, clickAction } = harness();
    const options = await openOptions();
    expect(await options.$eval('input[name="length"][value="medium"]', (i) => (i as HTMLInputElement).checked)).toBe(
      true,
    );
    await options.locator('input[name="length"][value="long"]').click();
    await options.locator('input[name="theme"][value="dark"]').click();
    await options.locator('#show-in-page').click();
    await expect
      .poll(storedSettings, { timeout: 5_000 })
      .toMatchObject({ length: 'long', theme: 'dark', showInPage: false });
    expect(await options.$eval('html', (h) => h.dataset.theme)).toBe('dark');

    await options.reload({ waitUntil: 'load' });
    await options.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    const shown = await optionsShown(options);
    expect(shown).toEqual({ length: 'long', theme: 'dark', showInPage: false, dataTheme: 'dark' });

    // The demo article has "Get a summary" widgets: with the box turned off, nothing is drawn there.
    const page = await openTab(DEMO);
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.sentences).toHaveLength(7);
    expect(await popup.$eval('html', (h) => h.dataset.theme)).toBe('dark');
    expect(await popup.$eval('input[name="length"][value="long"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    // The popup has its answer; a box would have been asked for before it. Give it a moment anyway.
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.$('precis-summary')).toBeNull();
  });

  test('always on: the popup’s checkbox grants the site; a fresh tab gets the box unasked; Revoke ends it', async () => {
    const { openTab, clickAction, baseUrl, inPageBox } = harness();
    const origin = new URL(baseUrl).origin;
    const article = await openTab(PLAIN);
    const popup = await clickAction(article);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(await popup.$eval('#always-on-label', (l) => (l as HTMLElement).hidden)).toBe(false);
    expect(await popup.$eval('#always-on-text', (s) => s.textContent)).toBe('Always summarize on 127.0.0.1');
    await popup.locator('#always-on').click();
    await expect.poll(registeredScripts, { timeout: 5_000 }).toEqual([`precis-always-on:${origin}`]);
    expect((await storedSettings()).alwaysOn).toEqual([origin]);

    let options = await openOptions();
    expect(await options.$$eval('#sites li span', (s) => s.map((e) => e.textContent))).toEqual([origin]);
    expect(await options.$eval('#no-sites', (p) => (p as HTMLElement).hidden)).toBe(true);

    // A fresh tab, no click: the box stands before the story's first paragraph (this page has no widget).
    const started = Date.now();
    const fresh = await openTab(PLAIN);
    await fresh.waitForSelector('precis-summary', { timeout: 10_000 });
    const appeared = Date.now() - started;
    // The byline is not the story: the box goes before the first paragraph of the story itself.
    expect(
      await fresh.evaluate(
        () => document.querySelector('precis-summary')?.nextElementSibling?.textContent?.trim() ?? '',
      ),
    ).toMatch(/^The Lantern Bay public library reopened on Friday/);
    expect(
      await fresh.evaluate(() => document.querySelector('precis-summary')?.previousElementSibling?.className),
    ).toBe('byline');
    const box = await inPageBox(fresh);
    expectFaithfulSummary(
      box.sentences,
      await fresh.evaluate(() => document.querySelector('article')?.textContent ?? ''),
    );
    // And a page with a widget gets it in the widget's place.
    const seed = await openTab(SEED);
    await seed.waitForSelector('precis-summary', { timeout: 10_000 });
    expect(
      await seed.evaluate(() =>
        document.querySelector('precis-summary')?.nextElementSibling?.textContent?.includes('Get a summary'),
      ),
    ).toBe(true);

    // Revoke: the list empties, the registration goes, and a fresh tab stays as it was. (The
    // chrome-test build's host permission is the manifest's, which Revoke can't take away.)
    await options.bringToFront();
    await options.locator('#sites li button').click();
    await options.waitForFunction(() => document.querySelectorAll('#sites li').length === 0, { timeout: 5_000 });
    expect(await options.$eval('#no-sites', (p) => (p as HTMLElement).hidden)).toBe(false);
    expect(await registeredScripts()).toEqual([]);
    expect((await storedSettings()).alwaysOn).toEqual([]);
    options = await openOptions();
    expect(await options.$$eval('#sites li', (l) => l.length)).toBe(0);

    const after = await openTab(PLAIN);
    // Three times as long as the box took to come when it was on, and at least 1.5 s.
    await new Promise((r) => setTimeout(r, Math.max(1_500, 3 * appeared)));
    expect(await after.$('precis-summary')).toBeNull();
  });

  test('screenshots: the popup and the options page, light and dark; the in-page box', async () => {
    const { openTab, clickAction, screenshot, openExtensionPage } = harness();
    const page = await openTab(SEED);
    const popup = await clickAction(page);
    await settled(popup);
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const light = await background();
    await screenshot(popup, 'popup-light.png');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const dark = await background();
    expect(dark, 'the popup follows the system into dark').not.toBe(light);
    await screenshot(popup, 'popup-dark.png');

    await page.waitForSelector('precis-summary', { timeout: 10_000 });
    const host = (await page.$('precis-summary'))!;
    expect((await host.boundingBox())?.height, 'the box has room for its sentences').toBeGreaterThan(50);
    await screenshot(host, 'in-page-box.png');

    const options = await openExtensionPage('options.html');
    await options.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const optionsLight = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await screenshot(options, 'options-light.png', { fullPage: true });
    await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(optionsLight);
    await screenshot(options, 'options-dark.png', { fullPage: true });
  });
});
