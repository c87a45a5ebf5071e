/**
 * Issue #18 in Chromium, on the Chrome build and genuine toolbar clicks: lengths that grow with a long
 * read and say how much they show, the controls in reach however long the summary, "Ask the article",
 * a link to each sentence, read aloud, and the side panel.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { describeForBrowser } from './browsers';
import { chromium, popupTabId, useChromium } from './chromium-harness';
import { squash } from './expectations';
import { chooseLength, POPUP_TIMEOUT_MS, settled } from './popup-driver';
import { GENERATED } from '../../scripts/lib/generated-pages';

/** 34 sentences of real length: Long (7) is taller than the popup's 600 px. */
const DEMO = '/demo/article.html';
const LONG_READ = `/generated/${GENERATED.longRead}`;

/** "5 of 34 sentences" → [5, 34]. */
function countOf(popup: Page): Promise<number[]> {
  return popup.$eval('#count', (e) =>
    (e.textContent?.match(/\d[\d,.\s]*/g) ?? []).map((n) => Number(n.replace(/\D/g, ''))),
  );
}

/** Where the controls stand in the popup's window: each one's box must lie inside it. */
function controlsInView(popup: Page) {
  return popup.evaluate(() => {
    const inView = (id: string) => {
      const box = document.getElementById(id)!.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    };
    return {
      scrollable: document.scrollingElement!.scrollHeight > innerHeight + 20,
      lengths: inView('controls'),
      ask: inView('ask'),
      readAloud: inView('read-aloud'),
      copy: inView('copy'),
    };
  });
}

/** The text Precis highlights on `page` (Chromium draws it with the CSS Custom Highlight API), or null. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const highlight = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('precis-sentence');
    return highlight ? Array.from(highlight, (r) => r.toString()).join(' ') : null;
  });
}

/** Type `query` into "Ask the article" and wait for the answers' heading. */
async function askArticle(popup: Page, query: string): Promise<{ heading: string; hits: string[] }> {
  await popup.focus('#ask');
  await popup.evaluate(() => {
    (document.getElementById('ask') as HTMLInputElement).value = '';
    document.getElementById('answers-heading')!.textContent = '';
  });
  await popup.keyboard.type(query);
  await popup.waitForFunction(() => document.getElementById('answers-heading')?.textContent !== '', {
    timeout: POPUP_TIMEOUT_MS,
  });
  return popup.evaluate(() => ({
    heading: document.getElementById('answers-heading')!.textContent ?? '',
    hits: Array.from(document.querySelectorAll('#hits .sentence'), (b) => b.textContent ?? ''),
  }));
}

describeForBrowser(chromium)('Chromium: beyond the popup (#18)', () => {
  const harness = useChromium('chromeExtensionDir');

  test('the popup says how much of the article it shows; a long read gets more than 3 / 5 / 7', async () => {
    const { openTab, clickAction } = harness();
    const demo = await settled(await clickAction(await openTab(DEMO)));
    const popup = await clickAction(await openTab(LONG_READ));
    const medium = await settled(popup);
    expect(demo.sentences.length).toBe(5);
    const [shown, total] = await countOf(popup);
    expect(shown).toBe(medium.sentences.length);
    expect(total).toBeGreaterThan(1_000);
    expect(medium.sentences.length).toBeGreaterThan(5);
    const long = await chooseLength(popup, 'long');
    expect(long.sentences.length).toBeGreaterThan(medium.sentences.length);
    expect((await countOf(popup))[0]).toBe(long.sentences.length);
    const short = await chooseLength(popup, 'short');
    expect(short.sentences.length).toBe(3);
    await chooseLength(popup, 'medium'); // the default, for the tests after this one
  });

  test.each(['short', 'medium', 'long'] as const)(
    'at %s, the length switch, search, read aloud and Copy stay in view while the sentences scroll',
    async (length) => {
      const { openTab, clickAction, screenshot } = harness();
      const popup = await clickAction(await openTab(DEMO));
      await settled(popup);
      if (!(await popup.$eval(`input[value="${length}"]`, (i) => (i as HTMLInputElement).checked)))
        await chooseLength(popup, length);
      for (const at of ['top', 'bottom'] as const) {
        await popup.evaluate((to) => {
          const scroller = document.scrollingElement!;
          scroller.scrollTop = to === 'top' ? 0 : scroller.scrollHeight;
        }, at);
        const shown = await controlsInView(popup);
        expect(shown, `${length}, scrolled to the ${at}`).toMatchObject({
          lengths: true,
          ask: true,
          readAloud: true,
          copy: true,
        });
        if (length === 'long')
          expect(shown.scrollable, 'Long overflows the popup, so the check means something').toBe(true);
      }
      if (length === 'long') {
        await screenshot(popup, 'chromium-popup-long-scrolled.png');
        await chooseLength(popup, 'medium');
      }
    },
  );

  test('Ask the article: / focuses the field, answers come best first, a click finds the sentence on the page', async () => {
    const { openTab, clickAction, screenshot } = harness();
    const page = await openTab(DEMO);
    const popup = await clickAction(page);
    await settled(popup);
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('ask');
    // Typing S, M, L, C or R in the field is a question, not a shortcut.
    const { heading, hits } = await askArticle(popup, 'What did the farmers lose?');
    expect(heading).toMatch(/farmers lose/);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatch(/farm|wheat|crop/i);
    expect(await popup.$eval('#summary', (e) => (e as HTMLElement).hidden)).toBe(true);
    const story = await page.evaluate(() => document.querySelector('main')!.textContent ?? '');
    for (const hit of hits) expect(squash(story)).toContain(squash(hit));
    await screenshot(popup, 'chromium-popup-ask.png');

    await popup.locator('#hits .sentence').click();
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toBe(hits[0]);

    const none = await askArticle(popup, 'zeppelin xylophone');
    expect(none.hits).toEqual([]);
    expect(none.heading).toMatch(/No sentence of the article matches/);

    // Escape clears the question and brings the summary back.
    await popup.focus('#ask');
    await popup.keyboard.press('Escape');
    expect(await popup.$eval('#summary', (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(await popup.$eval('#answers', (e) => (e as HTMLElement).hidden)).toBe(true);
  });

  test('each sentence has a link to itself on the page, a text fragment, and Copy writes them as Markdown', async () => {
    const { openTab, clickAction } = harness();
    const popup = await clickAction(await openTab(DEMO));
    const state = await settled(popup);
    await popup.bringToFront();
    await popup.hover('#summary li:nth-child(2) .sentence');
    await popup.locator('#summary li:nth-child(2) .link-button').click();
    await popup.waitForFunction(() => document.getElementById('copy-status')?.textContent === 'Link copied', {
      timeout: 5_000,
    });
    const link = await popup.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#:~:text=[^,]+/);
    expect(link.startsWith(`${harness().baseUrl}${DEMO}#:~:text=`)).toBe(true);

    await popup.locator('#copy').click();
    await popup.waitForFunction(() => document.getElementById('copy-status')?.textContent === 'Copied', {
      timeout: 5_000,
    });
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(state.sentences.length);
    for (const line of lines)
      expect(line).toMatch(/^- \[.+\]\(http:\/\/127\.0\.0\.1:\d+\/demo\/article\.html#:~:text=[^\s)]+\)$/);
  });

  test('read aloud: R or the button plays, pauses and marks the sentence, or says there is no voice', async () => {
    const { openTab, clickAction } = harness();
    const popup = await clickAction(await openTab(DEMO));
    await settled(popup);
    const voices = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          if (speechSynthesis.getVoices().length > 0) resolve(speechSynthesis.getVoices().length);
          speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length));
          setTimeout(() => resolve(speechSynthesis.getVoices().length), 1_500);
        }),
    );
    await popup.keyboard.press('r');
    if (voices === 0) {
      // Debian's headless Chromium has no speech engine: the popup must say so, not stay silent.
      await popup.waitForFunction(() => document.getElementById('speech-status')?.textContent !== '', {
        timeout: 5_000,
      });
      expect(await popup.$eval('#speech-status', (e) => e.textContent)).toMatch(/no voice/i);
      expect(await popup.$eval('#read-aloud', (e) => e.getAttribute('aria-pressed'))).toBe('false');
    } else {
      await popup.waitForSelector('#summary li.reading', { timeout: 10_000 });
      expect(await popup.$eval('#read-aloud', (e) => e.getAttribute('aria-pressed'))).toBe('true');
      await popup.keyboard.press('r');
      expect(await popup.$eval('#read-aloud', (e) => e.getAttribute('aria-pressed'))).toBe('false');
    }
  });

  test('read aloud with a voice: each sentence is marked as it is read, in the article’s language', async () => {
    const { openTab, clickAction } = harness();
    const popup = await clickAction(await openTab(DEMO));
    await settled(popup);
    // The machine has no speech engine: stand in one that "speaks" each utterance in a few milliseconds,
    // so what is checked is Precis's part: the voice it picks, the order, the marks, pause and the end.
    await popup.evaluate(() => {
      const spoken: { text: string; lang: string; voice: string | null }[] = [];
      const voices = [
        { name: 'German', lang: 'de-DE', default: true, localService: true, voiceURI: 'de' },
        { name: 'British', lang: 'en-GB', default: false, localService: true, voiceURI: 'en-gb' },
        { name: 'American', lang: 'en-US', default: false, localService: true, voiceURI: 'en-us' },
      ];
      let queue: SpeechSynthesisUtterance[] = [];
      let paused = false;
      const next = () => {
        if (paused) return;
        const u = queue.shift();
        if (!u) return;
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        u.onstart?.(new Event('start') as SpeechSynthesisEvent);
        setTimeout(() => {
          u.onend?.(new Event('end') as SpeechSynthesisEvent);
          setTimeout(next, 30);
        }, 120);
      };
      const fake = {
        getVoices: () => voices,
        speak: (u: SpeechSynthesisUtterance) => {
          queue.push(u);
          if (queue.length === 1) setTimeout(next, 0);
        },
        cancel: () => (queue = []),
        pause: () => (paused = true),
        resume: () => {
          paused = false;
          next();
        },
        get speaking() {
          return queue.length > 0;
        },
        get paused() {
          return paused;
        },
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
      // A real utterance takes only real voices: stand in a plain one too.
      class Utterance {
        lang = '';
        voice: unknown = null;
        onstart: ((e: Event) => void) | null = null;
        onend: ((e: Event) => void) | null = null;
        onerror: ((e: Event) => void) | null = null;
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    });
    await popup.locator('#read-aloud').click();
    await popup.waitForSelector('#summary li.reading', { timeout: 5_000 });
    expect(await popup.$eval('#read-aloud', (e) => e.getAttribute('aria-pressed'))).toBe('true');
    await popup.waitForFunction(() => document.querySelector('#summary li.reading') === null, { timeout: 10_000 });
    const spoken = await popup.evaluate(
      () => (window as unknown as { spoken: { text: string; voice: string }[] }).spoken,
    );
    const sentences = await popup.$$eval('#summary .sentence', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(spoken.map((s) => s.text)).toEqual(sentences);
    expect(new Set(spoken.map((s) => s.voice))).toEqual(new Set(['British'])); // the page is en-GB
    expect(await popup.$eval('#read-aloud', (e) => e.getAttribute('aria-pressed'))).toBe('false');
  });

  test('Open in side panel: the panel shows this tab’s summary, jumps to sentences, and asks for a click on other tabs', async () => {
    const { browser, origin, openTab, clickAction, openExtensionPage, watchPage, screenshot, worker } = harness();
    const page = await openTab(DEMO);
    const popup = await clickAction(page);
    const state = await settled(popup);
    const tabId = await popupTabId(popup);
    expect(await popup.$eval('#open-panel', (e) => (e as HTMLElement).hidden)).toBe(false);
    const tabPanelUrl = `${origin}/popup.html?panel=1&tab=${tabId}`;
    const opened = browser.waitForTarget((t) => t.url() === tabPanelUrl, { timeout: 10_000 });
    await popup.locator('#open-panel').click();
    // The panel opened (sidePanel.open resolved), so the popup closed itself, as a popup does.
    await expect.poll(() => popup.isClosed(), { timeout: 10_000 }).toBe(true);
    // Chrome set the panel for this tab alone.
    const options = await (
      await worker()
    ).evaluate(
      async (id) =>
        (
          globalThis as unknown as {
            chrome: { sidePanel: { getOptions(o: { tabId: number }): Promise<{ path?: string; enabled?: boolean }> } };
          }
        ).chrome.sidePanel.getOptions({ tabId: id }),
      tabId,
    );
    expect(options).toMatchObject({ path: `popup.html?panel=1&tab=${tabId}`, enabled: true });

    // The real side panel (headless Chromium keeps it as a page target beside the tab).
    const panel = watchPage((await (await opened).asPage())!, 'side panel');
    const shown = await settled(panel);
    expect(shown.sentences).toEqual(state.sentences);
    expect(await panel.evaluate(() => document.documentElement.classList.contains('panel'))).toBe(true);
    expect(await panel.$eval('#open-panel', (e) => (e as HTMLElement).hidden)).toBe(true);

    // A click on a sentence in the panel finds it in the tab.
    await panel.locator('#summary .sentence').click();
    await expect
      .poll(async () => squash((await highlighted(page)) ?? ''), { timeout: 10_000 })
      .toBe(squash(state.sentences[0]!));

    // Another tab: Chrome hides this tab's panel and shows the default one, which reads nothing and asks
    // for a click on Precis; the tab's own panel, hidden, says the same.
    const defaultUrl = `${origin}/popup.html?panel=1`;
    const other = await openTab('/pages/plain-article.html');
    await other.bringToFront();
    const idle = watchPage(
      (await (await browser.waitForTarget((t) => t.url() === defaultUrl, { timeout: 10_000 })).asPage())!,
      'default side panel',
    );
    const idleState = await settled(idle);
    expect(idleState.problem).toBe('Click Precis to summarize this tab.');
    expect(idleState.action).toBeNull();
    expect(idleState.sentences).toEqual([]);
    // The hidden panel draws no frames: poll on a timer, not on rAF.
    await panel.waitForFunction(
      () => /Click Precis to summarize this tab/.test(document.getElementById('problem-message')?.textContent ?? ''),
      { timeout: 10_000, polling: 100 },
    );
    // Back on its own tab, the tab's panel shows the summary again.
    await page.bringToFront();
    await panel.waitForFunction(() => !(document.getElementById('result') as HTMLElement).hidden, {
      timeout: POPUP_TIMEOUT_MS,
      polling: 100,
    });
    expect((await settled(panel)).sentences).toEqual(state.sentences);
    await panel.setViewport({ width: 360, height: 800 });
    await screenshot(panel, 'chromium-side-panel.png');

    // Its page can also be opened directly (as a tab); without a tab of its own it reads nothing.
    const direct = await openExtensionPage('popup.html?panel=1');
    expect((await settled(direct)).problem).toBe('Click Precis to summarize this tab.');
  });
});
