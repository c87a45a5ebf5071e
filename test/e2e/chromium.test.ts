/**
 * The built extension in Debian's Chromium (puppeteer-core, new headless): the toolbar action is really
 * triggered (which grants activeTab), and the popup it opens is driven like a reader would.
 */
import { expect, test } from 'vitest';
import { describeForBrowser } from './browsers';
import { chromium, SEED, useChromium } from './chromium-harness';
import { chooseLength, isLengthChecked, settled, summarizeAnyway } from './popup-driver';
import { expectFaithfulSummary, squash, TIMES_LINE } from './expectations';
import type { Page } from 'puppeteer-core';

describeForBrowser(chromium)('Chromium', () => {
  const harness = useChromium('chromeExtensionDir');
  const openTab = (path: string) => harness().openTab(path);
  const clickAction = (page: Page) => harness().clickAction(page);
  const inPageBox = (page: Page) => harness().inPageBox(page);
  const screenshot = async (page: Page, name: string) => void (await harness().screenshot(page, name));

  async function storyText(page: Page): Promise<string> {
    return page.evaluate(() => (document.querySelector('article') ?? document.body).textContent ?? '');
  }

  /** How the page's "Get a summary" widgets and Precis's box stand. */
  async function widgetLayout(page: Page) {
    return page.evaluate(() => {
      const hosts = document.querySelectorAll('precis-summary');
      const host = hosts[0] as HTMLElement | undefined;
      const withText = (selector: string, text: RegExp) =>
        Array.from(document.querySelectorAll(selector)).filter((e) => text.test(e.textContent?.trim() ?? ''));
      const links = withText('a', /^Get a summary$/);
      const prompts = withText('p, strong', /^No time to read\?$/);
      const next = host?.nextElementSibling;
      return {
        hosts: hosts.length,
        isPageBlind: host?.shadowRoot === null,
        isFirstWidgetNext: links[0] !== undefined && (next?.contains(links[0]) ?? false),
        nextDisplay: next ? getComputedStyle(next).display : null,
        links: links.length,
        visibleLinks: links.filter((e) => e.checkVisibility()).length,
        visiblePrompts: prompts.filter((e) => e.checkVisibility()).length,
        isBoxVisible: host !== undefined && host.checkVisibility() && host.getBoundingClientRect().height > 0,
      };
    });
  }

  test('the seed page: the popup shows the title and the story’s own sentences', async () => {
    const page = await openTab(SEED);
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toContain('NATO Delegation');
    expect(state.times).toMatch(TIMES_LINE);
    expectFaithfulSummary(state.sentences, await storyText(page));
    await screenshot(popup, 'chromium-popup-seed.png');
  });

  test('the seed page: Precis’s box stands where the site’s "Get a summary" widget was', async () => {
    const page = await openTab(SEED);
    const popup = await clickAction(page);
    const state = await settled(popup);
    await page.waitForSelector('precis-summary', { timeout: 10_000 });

    const layout = await widgetLayout(page);
    expect(layout.hosts).toBe(1);
    expect(
      await page.$eval('precis-summary', (h) => h.parentElement?.textContent?.includes('A NATO delegation headed by')),
      'the box stands in the story',
    ).toBe(true);
    expect(layout.isFirstWidgetNext, 'the box goes right before the first widget').toBe(true);
    expect(layout.nextDisplay).toBe('none');
    expect(layout.links).toBe(2);
    expect(layout.visibleLinks, 'no "Get a summary" left visible').toBe(0);
    expect(layout.visiblePrompts, 'no "No time to read?" left visible').toBe(0);
    expect(layout.isBoxVisible).toBe(true);
    expect(layout.isPageBlind, 'the shadow root is closed to the page').toBe(true);

    const box = await inPageBox(page);
    expect(box.mode).toBe('closed');
    expect(box.sentences.map(squash)).toEqual(state.sentences.map(squash));

    // A screen reader finds the closed box as a named region holding the sentences.
    type AxNode = { role: string; name?: string; children?: AxNode[] };
    const walk = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(walk)];
    const tree = (await page.accessibility.snapshot({ interestingOnly: true })) as AxNode | null;
    const region = tree ? walk(tree).find((n) => n.role === 'region' && n.name === 'Summary by Precis') : undefined;
    expect(region, 'a region named "Summary by Precis"').toBeDefined();
    const spoken = squash(
      walk(region!)
        .map((n) => n.name ?? '')
        .join(' '),
    );
    for (const sentence of state.sentences) expect(spoken).toContain(squash(sentence));

    // The reader's own click on × takes the box away and gives the site its widgets back.
    expect(box.close).not.toBeNull();
    await page.mouse.click(box.close!.x, box.close!.y);
    await page.waitForFunction(() => document.querySelector('precis-summary') === null, { timeout: 5_000 });
    const after = await widgetLayout(page);
    expect(after.visibleLinks).toBe(2);
    expect(after.visiblePrompts).toBe(2);
  });

  test('the demo article: its inline "No time to read? Get a summary" widgets give way to the box', async () => {
    const page = await openTab('/demo/article.html');
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toBe('Ardle flood barrier holds back record spring surge in first real test');
    expectFaithfulSummary(state.sentences, await storyText(page));
    await page.waitForSelector('precis-summary', { timeout: 10_000 });
    const layout = await widgetLayout(page);
    expect(layout).toMatchObject({
      hosts: 1,
      isFirstWidgetNext: true,
      nextDisplay: 'none',
      links: 2,
      visibleLinks: 0,
      visiblePrompts: 0,
      isBoxVisible: true,
    });
    expect((await inPageBox(page)).sentences.map(squash)).toEqual(state.sentences.map(squash));
  });

  test('clicking a sentence in the popup highlights that sentence on the page', async () => {
    const page = await openTab(SEED);
    const popup = await clickAction(page);
    const state = await settled(popup);
    const last = state.sentences.length - 1;
    await popup.locator(`#summary > li:nth-child(${last + 1}) button`).click();
    // Chromium has the CSS Custom Highlight API: the registry is the document's, seen from every world.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
              'precis-sentence',
            );
            return highlight ? Array.from(highlight, (r) => r.toString()).join(' ') : null;
          }),
        { timeout: 5_000 },
      )
      .toBe(state.sentences[last]);
  });

  test('a reopened popup draws the summary it showed last before asking, and the new one if the page changed', async () => {
    const page = await openTab(SEED);
    let popup = await clickAction(page);
    const first = await settled(popup);
    await popup.close();

    // Drawn as the page was parsed, before the question went out; the answer agrees and changes nothing.
    popup = await clickAction(page);
    expect(new URL(popup.url()).hash.length).toBeGreaterThan(1);
    const again = await settled(popup);
    expect(again).toEqual(first);
    const marks = await popup.evaluate(() =>
      Object.fromEntries(
        ['kept', 'asked', 'answered'].map((m) => [m, performance.getEntriesByName(`precis:${m}`)[0]?.startTime]),
      ),
    );
    expect(marks.kept).toBeLessThan(marks.asked!);
    expect(marks.asked).toBeLessThan(marks.answered!);
    await popup.close();

    // The story's opening paragraph is gone: the kept summary gives way to the page's own.
    await page.evaluate(() =>
      [...document.querySelectorAll('article p')].find((p) => (p.textContent ?? '').length > 100)?.remove(),
    );
    popup = await clickAction(page);
    const changed = await settled(popup);
    expect(changed.problem).toBeNull();
    expect(changed.sentences).not.toEqual(first.sentences);
    expectFaithfulSummary(changed.sentences, await storyText(page));
  });

  test('length: Short gives 3 sentences, is remembered when the popup reopens, Long gives up to 7', async () => {
    const page = await openTab(SEED);
    let popup = await clickAction(page);
    const medium = await settled(popup);
    expect(medium.sentences.length).toBeGreaterThan(3);

    const short = await chooseLength(popup, 'short');
    expect(short.sentences).toHaveLength(3);
    expect(await isLengthChecked(popup, 'short')).toBe(true);

    await popup.close();
    popup = await clickAction(page);
    const reopened = await settled(popup);
    expect(await isLengthChecked(popup, 'short')).toBe(true);
    expect(reopened.sentences).toEqual(short.sentences);

    const long = await chooseLength(popup, 'long');
    expect(long.sentences.length).toBeGreaterThan(short.sentences.length);
    expect(long.sentences.length).toBeLessThanOrEqual(7);
    expectFaithfulSummary(long.sentences, await storyText(page));
    // Each new summary redraws the one box: never a second.
    await expect
      .poll(async () => (await inPageBox(page)).sentences.map(squash), { timeout: 5_000 })
      .toEqual(long.sentences.map(squash));
    expect(await page.$$eval('precis-summary', (hosts) => hosts.length)).toBe(1);

    // Leave the default for the other tests.
    await chooseLength(popup, 'medium');
  });

  test('a page that is not an article: the popup says so and offers "Summarize anyway"', async () => {
    const page = await openTab('/pages/home.html');
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBe("This page doesn't look like an article.");
    expect(state.action).toBe('Summarize anyway');
    await screenshot(popup, 'chromium-popup-not-article.png');

    const forced = await summarizeAnyway(popup);
    if (forced.problem === null) {
      expect(forced.sentences.length).toBeGreaterThan(0);
      const text = squash(await storyText(page));
      for (const s of forced.sentences) expect(text).toContain(squash(s));
    } else {
      // No text worth a summary: the reader is told so, not left with an error.
      expect(forced.problem).toBe('Precis found no text to summarize on this page.');
    }
  });

  // Forcing the home page once gave the one "sentence" "Email Password", its sign-in form's labels.
  test('Summarize anyway on a page with a sign-in form: no form labels in the summary', async () => {
    const page = await openTab('/pages/home.html');
    const popup = await clickAction(page);
    await settled(popup);
    const forced = await summarizeAnyway(popup);
    for (const sentence of forced.sentences) expect(sentence).not.toMatch(/\b(Email|Password|Sign in)\b/);
  });

  test('an article without a summary widget: summary in the popup, the page left as it was', async () => {
    const page = await openTab('/pages/plain-article.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toBe('Lantern Bay library reopens after two-year rebuild');
    expectFaithfulSummary(state.sentences, await storyText(page));
    // The box would come with the summary: by now the page has had its `showSummary` message.
    expect(await page.$('precis-summary')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  test('a browser page (chrome://version): the popup says extensions may not read it', async () => {
    const page = harness().watchPage(await harness().browser.newPage(), 'chrome://version');
    await page.goto('chrome://version');
    const popup = await clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toMatch(/doesn't let extensions read this page/);
    expect(state.sentences).toEqual([]);
  });

  test('Copy puts the summary on the clipboard as Markdown with the title and the link', async () => {
    const page = await openTab(SEED);
    const popup = await clickAction(page);
    const state = await settled(popup);
    await popup.bringToFront();
    await popup.locator('#copy').click();
    await popup.waitForFunction(() => document.getElementById('copy-status')?.textContent !== '', { timeout: 5_000 });
    expect(await popup.$eval('#copy-status', (e) => e.textContent)).toBe('Copied');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`[${state.title}](${harness().baseUrl}${SEED})`);
    // Each sentence is a link to itself on the page (a text fragment), its text escaped for Markdown.
    for (const s of state.sentences)
      expect(markdown).toContain(
        `- [${squash(s).replace(/([\\`*_[\]<>#|])/g, '\\$1')}](${harness().baseUrl}${SEED}#:~:text=`,
      );
  });
});
