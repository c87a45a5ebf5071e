/**
 * Links that open the article at one sentence (issue #18): each link textFragmentUrl makes for a
 * sentence of test/e2e/pages/text-fragments.html opens in a fresh tab of Debian's Chromium, which must
 * scroll the sentence into view and highlight it. Chromium exposes no list of what a text directive
 * matched (`document.fragmentDirective` has no members), so the test reads what it does show: the
 * element holding the match becomes the `:target`, the page is scrolled, the directive is gone from
 * `location.hash`, and `::target-text` (magenta in the fixture) is painted inside that element.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { textFragmentUrl } from '../../src/ui/popup/text-fragment';
import { describeForBrowser } from './browsers';
import { chromium, useChromium } from './chromium-harness';
import { squash } from './expectations';

const PAGE = '/pages/text-fragments.html';

/** One sentence of the fixture: the paragraph holding it, and whether its link names it whole or by its ends. */
interface Target {
  id: string;
  sentence: string;
  lang?: string;
  form: 'whole' | 'ends';
}

const TARGETS: Target[] = [
  {
    id: 'straight-quotes',
    sentence:
      'The mayor said "we are ready for the summer" and the crowd on the east quay cheered loudly for a full minute.',
    form: 'ends',
  },
  { id: 'curly-quotes', sentence: '“It’s not over,” said Mrs Penrose, ‘not by a long way’.', form: 'whole' },
  {
    id: 'dashes',
    sentence:
      'The well-known 2019–2021 survey — run by volunteers from the sailing club — counted 1,204 herons on the mudflats, and the design was changed to spare their roost.',
    form: 'ends',
  },
  {
    id: 'ampersands',
    sentence: 'Smith & Sons, Jones, and Brown & Co. signed the deal in June, the paper said.',
    form: 'ends',
  },
  {
    id: 'markup',
    sentence:
      'The report, published by the harbour board on Monday, was widely praised by auditors across the county and by two former ministers for its candour.',
    form: 'ends',
  },
  // As textContent gives it: the source's line breaks and runs of spaces.
  { id: 'spaces', sentence: 'The tolls\n        will end   in\n        2031, when the loan is repaid.', form: 'whole' },
  {
    id: 'parentheses',
    sentence:
      'Traffic has been light so far (about 900 cars a day, the board says) but it is expected to double when the schools reopen after the holidays.',
    form: 'ends',
  },
  {
    id: 'ru',
    lang: 'ru',
    sentence:
      'Делегация из Архангельска — мэр, два инженера и хор моряков — пересекла мост первой, под звуки оркестра, и вручила городу «медный колокол».',
    form: 'ends',
  },
  { id: 'ru', lang: 'ru', sentence: 'Колокол повесят на восточной башне.', form: 'whole' },
  {
    id: 'ja',
    lang: 'ja',
    sentence:
      '姉妹都市の市長は、長年遅れていた新しい橋が洪水や訴訟を乗り越えて、ようやく五月に正式に開通すると、火曜日の記者会見で発表しました。',
    form: 'ends',
  },
  { id: 'ja', lang: 'ja', sentence: '姉妹都市からも祝電が届いた。', form: 'whole' },
  {
    id: 'zh',
    lang: 'zh',
    sentence:
      '政府周二宣布，这座因洪水和诉讼而长期延误的新桥终于将在五月通车，市民们对此感到非常高兴，商店也准备了庆祝活动。',
    form: 'ends',
  },
  {
    id: 'ar',
    lang: 'ar',
    sentence:
      'أعلنت الحكومة يوم الثلاثاء أن الجسر الجديد، الذي تأخر طويلاً بسبب الفيضانات والدعاوى القضائية، سيفتح أخيراً في شهر مايو.',
    form: 'ends',
  },
  {
    id: 'th',
    lang: 'th',
    sentence: 'รัฐบาลประกาศเมื่อวันอังคารว่าสะพานใหม่ที่ล่าช้ามานานจะเปิดใช้งานในเดือนพฤษภาคมนี้อย่างแน่นอน',
    form: 'ends',
  },
  // The page has a no-break space where the link has a plain one (textFragmentUrl collapses both).
  {
    id: 'nbsp',
    sentence: 'Lorries over 7.5\u00a0tonnes must still use the ring road, which adds twenty minutes to a delivery.',
    form: 'ends',
  },
  // A sentence near the top opens with the same five words: the link's six must pass it by.
  {
    id: 'shared-opening',
    sentence:
      'The harbour board said on Friday morning that the old ferry would keep running on Sundays until the end of the year.',
    form: 'ends',
  },
  {
    id: 'last',
    sentence: 'The old bridge’s iron railings will be sold at auction in April to pay for a new lifeboat station.',
    form: 'ends',
  },
];

/** Where a tab stands after its navigation: scrolled how far, which element is the `:target`, and where `id` is. */
interface Landing {
  scrollY: number;
  target: string | null;
  hash: string;
  top: number;
  bottom: number;
  innerHeight: number;
}

/** The rows (CSS pixels, from the viewport's top) where the screenshot shows the fixture's magenta highlight. */
interface Highlight {
  pixels: number;
  top: number;
  bottom: number;
}

describeForBrowser(chromium)('text fragments in Chromium', () => {
  const harness = useChromium('chromeExtensionDir');

  /** A fresh tab on `link`, loaded the way a reader's click on a copied link loads it: browser-initiated. */
  async function open(link: string): Promise<Page> {
    const page = harness().watchPage(await harness().browser.newPage(), `page ${link}`);
    await page.goto(link, { waitUntil: 'load' });
    return page;
  }

  function linkTo(sentence: string, lang?: string, suffix = ''): string {
    return textFragmentUrl(`${harness().baseUrl}${PAGE}${suffix}`, sentence, lang);
  }

  async function landing(page: Page, id: string): Promise<Landing> {
    return page.evaluate((id) => {
      const rect = document.getElementById(id)?.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        target: document.querySelector(':target')?.id ?? null,
        hash: location.hash,
        top: rect?.top ?? NaN,
        bottom: rect?.bottom ?? NaN,
        innerHeight: window.innerHeight,
      };
    }, id);
  }

  /** Counts the viewport's magenta pixels: the page draws its screenshot on a canvas and reads it back. */
  async function highlight(page: Page): Promise<Highlight> {
    const png = await page.screenshot({ encoding: 'base64', captureBeyondViewport: false });
    return page.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let pixels = 0;
      let top = Infinity;
      let bottom = -Infinity;
      for (let i = 0; i < rgba.length; i += 4) {
        if (rgba[i]! < 240 || rgba[i + 1]! > 20 || rgba[i + 2]! < 240) continue;
        const row = Math.floor(i / 4 / canvas.width) / window.devicePixelRatio;
        pixels++;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
      }
      return { pixels, top, bottom };
    }, png);
  }

  /**
   * Waits for Chromium to be done with the fragment: some element is the `:target`, the text's when it
   * matched, else the one the URL's own fragment names. A text directive that matches nothing leaves no
   * sign, and Chromium searches once more after `load` (for text a script adds late), so the links that
   * must match nothing carry a fragment of their own to say when the search gave up.
   */
  async function settled(page: Page): Promise<void> {
    await page
      .waitForFunction(() => document.querySelector(':target') !== null, { timeout: 10_000 })
      .catch(() => undefined);
  }

  test('the fixture holds every sentence the links point at', async () => {
    const page = await open(`${harness().baseUrl}${PAGE}`);
    for (const { id, sentence } of TARGETS) {
      const text = await page.$eval(`#${id}`, (e) => e.textContent ?? '');
      expect(squash(text), id).toContain(squash(sentence));
    }
  });

  test.each(TARGETS)('$id: "$sentence" is scrolled to and highlighted', async ({ id, sentence, lang, form }) => {
    const link = linkTo(sentence, lang);
    expect(link.split(':~:text=')[1]?.includes(','), `${link} names the sentence ${form}`).toBe(form === 'ends');

    const page = await open(link);
    await settled(page);
    const at = await landing(page, id);
    expect(at.target, `${link} makes #${id} the :target`).toBe(id);
    expect(at.scrollY, 'the page scrolled').toBeGreaterThan(0);
    expect(at.top, `#${id} is in the viewport`).toBeLessThan(at.innerHeight);
    expect(at.bottom, `#${id} is in the viewport`).toBeGreaterThan(0);
    expect(at.hash, 'the page does not see the directive').toBe('');

    const painted = await highlight(page);
    expect(painted.pixels, 'the ::target-text highlight is painted').toBeGreaterThan(200);
    expect(painted.top, `the highlight is inside #${id}`).toBeGreaterThanOrEqual(Math.floor(at.top));
    expect(painted.bottom, `the highlight is inside #${id}`).toBeLessThanOrEqual(Math.ceil(at.bottom));
  });

  test('a link to a page with a query and a fragment of its own opens at the sentence', async () => {
    const { id, sentence } = TARGETS.find((t) => t.id === 'dashes')!;
    const link = linkTo(sentence, 'en', '?edition=morning#story');
    expect(link).toContain('?edition=morning#story:~:text=');
    const page = await open(link);
    await settled(page);
    const at = await landing(page, id);
    expect(at.target).toBe(id);
    expect(at.top).toBeLessThan(at.innerHeight);
    expect(at.bottom).toBeGreaterThan(0);
    expect(at.hash, 'the page sees its own fragment, without the directive').toBe('#story');
    expect((await highlight(page)).pixels).toBeGreaterThan(200);
  });

  // The masthead is at the very top: when Chromium gives up on the text and falls back to it, the tab
  // stays where it opened.
  test.each([
    ['a sentence that is not on the page', 'The bridge was closed again after a barge struck its eastern span.'],
    ['a sentence with one word changed', '“It’s not over,” said Mrs Trelawney, ‘not by a long way’.'],
    [
      'a long sentence whose start is on the page but whose end is not',
      'The harbour board said on Friday morning that the old ferry would stop running for good next week.',
    ],
  ])('%s: no scroll, no highlight', async (_, sentence) => {
    const page = await open(linkTo(sentence, 'en', '#masthead'));
    await settled(page);
    const at = await landing(page, 'masthead');
    expect(at.target, 'Chromium gave up on the text and fell back to #masthead').toBe('masthead');
    expect(at.scrollY).toBe(0);
    expect((await highlight(page)).pixels).toBe(0);
  });

  test('a sentence not on the page falls back to the page’s own fragment, unhighlighted', async () => {
    const page = await open(
      linkTo('The bridge was closed again after a barge struck its eastern span.', 'en', '#last'),
    );
    await settled(page);
    const at = await landing(page, 'last');
    expect(at.target).toBe('last');
    expect(at.scrollY).toBeGreaterThan(0);
    expect(at.top).toBeLessThan(at.innerHeight);
    expect(at.hash).toBe('#last');
    expect((await highlight(page)).pixels).toBe(0);
  });
});
