/**
 * Issue 14 in Chromium, toolbar really clicked: three CMS-template pages (WordPress, Ghost, a German
 * big-news layout) whose furniture must stay out of the popup, a page of several stories, and a tab
 * showing the browser's own error page.
 */
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { describeForBrowser } from './browsers';
import { chromium, useChromium } from './chromium-harness';
import { expectFaithfulSummary, squash } from './expectations';
import { settled } from './popup-driver';

/** Each template page and the furniture around its story that must never reach the popup. */
const TEMPLATES = [
  [
    'template-wordpress.html',
    'Lighthouse to be moved inland',
    ['Previous story', 'Next story', 'Previous article', 'Next article', 'Harbour dredging', 'Ferry fares', 'Share on'],
  ],
  [
    'template-ghost.html',
    'The town that refused to lose its bookshop',
    ['newsletter', 'inbox', 'Subscribe', 'Sign up', 'The miller who', 'A choir for', 'night train', 'Powered by'],
  ],
  [
    'template-de-news.html',
    'Stadtwerke stellen alle Busse auf Wasserstoff um',
    [
      'Vorheriger Artikel',
      'Nächster Artikel',
      'Radwege',
      'Umbau des Bahnhofs',
      'Mehr zum Thema',
      'Straßenbahn',
      'Anzeige',
      'Meistgelesen',
      'Hafenfest',
    ],
  ],
] as const;

describeForBrowser(chromium)('Chromium: pages that are not one plain article', () => {
  const harness = useChromium('chromeExtensionDir');
  // The story is the article's text (its standfirst included), furniture inside it or not.
  const storyText = (page: Page) => page.$eval('[data-story]', (el) => el.closest('article')?.textContent ?? '');

  test.each(TEMPLATES)('%s: the story’s own sentences, no furniture', async (path, title, furniture) => {
    const page = await harness().openTab(`/pages/${path}`);
    const popup = await harness().clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toContain(title);
    expectFaithfulSummary(state.sentences, await storyText(page));
    const shown = await popup.$eval('#app', (el) => el.textContent ?? '');
    for (const words of furniture) expect(shown, `the popup shows "${words}"`).not.toContain(words);
  });

  test('a page of four stories: the popup says so and summarizes the one in view; the box goes only there', async () => {
    const page = await harness().openTab('/pages/multi-story.html');
    await page.$eval('#story-school', (el) => el.scrollIntoView({ block: 'start' }));
    const popup = await harness().clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toBeNull();
    expect(state.title).toBe('School roof to be replaced over the summer');
    const note = await popup.$eval('#note', (el) => ((el as HTMLElement).hidden ? '' : (el.textContent ?? '')));
    expect(note).toContain('This page holds 4 stories');
    const story = await page.$eval('#story-school .story-body', (el) => el.textContent ?? '');
    expectFaithfulSummary(state.sentences, story);
    // Five short paragraphs: a minute, not the page's four stories.
    expect(state.times).toMatch(/^1 min read/);

    await page.waitForSelector('precis-summary', { timeout: 10_000 });
    const where = await page.evaluate(() => ({
      boxes: document.querySelectorAll('precis-summary').length,
      story: document.querySelector('precis-summary')?.closest('article')?.id ?? null,
      hidden: Array.from(document.querySelectorAll<HTMLElement>('.ai-summary'))
        .filter((w) => getComputedStyle(w).display === 'none')
        .map((w) => w.closest('article')?.id),
    }));
    expect(where).toEqual({ boxes: 1, story: 'story-school', hidden: ['story-school'] });
    const box = await harness().inPageBox(page);
    expect(box.sentences.map(squash)).toEqual(state.sentences.map(squash));
  });

  test('a tab whose page failed to load: its own message, and no Try again', async () => {
    const page = harness().watchPage(await harness().browser.newPage(), 'error page');
    // Port 9 (discard) refuses connections on 127.0.0.1: Chromium shows its own error page.
    await page.goto('http://127.0.0.1:9/story', { waitUntil: 'load' }).catch(() => undefined);
    // The failed navigation rejects a moment before the error page is in the tab: click on what a reader sees.
    for (const deadline = Date.now() + 10_000; !page.url().startsWith('chrome-error:') && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const popup = await harness().clickAction(page);
    const state = await settled(popup);
    expect(state.problem).toMatch(/browser's own error page/);
    expect(state.action).toBeNull();
  });
});
