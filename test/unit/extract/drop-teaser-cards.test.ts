/** Cards of other stories after the story go, by structure; the story's own articles and lone boxes stay. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { dropHeadlineCards, dropTeaserCards } from '../../../src/extract/drop-teaser-cards';

const PAGE = 'https://news.example/2026/harbour-opens';

/** Story text in a few scripts, so that nothing hangs on English words. */
const STORY: Record<string, string> = {
  en: 'The harbour reopened on Tuesday after two years of work, and the first ferries docked before noon.',
  pt: 'O porto reabriu na terça-feira depois de dois anos de obras, e as primeiras balsas atracaram antes do meio-dia.',
  ja: '港は二年間の工事を経て火曜日に再開し、最初のフェリーが正午前に着岸した。町は記念式典を開いた。',
};

const story = (lang: string, count = 4) =>
  `<article class="story">${Array.from({ length: count }, () => `<p>${STORY[lang]}</p>`).join('')}</article>`;
const excerpt = (lang: string, n: number) => `${STORY[lang]!.slice(0, 40 + n)} …`;
const pictureCard = (lang: string, n: number) =>
  `<article class="card"><a href="https://news.example/2026/other-${n}"><img src="/i/${n}.jpg" alt=""></a><p>${STORY[lang]!.slice(0, 50 + n)}</p></article>`;
const cutCard = (lang: string, n: number) => `<article class="card"><p>${excerpt(lang, n)}</p></article>`;

function run(body: string): { dropped: number; html: string; text: string } {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="content">${body}</div></body>`, { url: PAGE }).window.document;
  const content = doc.getElementById('content')!;
  const dropped = dropTeaserCards(content, PAGE);
  return { dropped, html: content.innerHTML, text: content.textContent ?? '' };
}

describe.each(Object.keys(STORY))('dropTeaserCards (%s)', (lang) => {
  test('cards after the story that link elsewhere go, and their box with its heading', () => {
    const { dropped, html } = run(
      `${story(lang)}<article class="box"><h3>More</h3>${[1, 2, 3].map((n) => pictureCard(lang, n)).join('')}</article>`,
    );
    expect(dropped).toBe(3);
    expect(html).not.toContain('card');
    expect(html).not.toContain('More');
    expect(html).toContain('class="story"');
  });

  test('cards whose excerpts are cut short go, whatever the ellipsis', () => {
    const cards = [`<article><p>${STORY[lang]!.slice(0, 45)} […]</p></article>`, cutCard(lang, 2), cutCard(lang, 3)];
    const { dropped, text } = run(`${story(lang)}<section>${cards.join('')}</section>`);
    expect(dropped).toBe(3);
    expect(text).not.toMatch(/…|\[…]/);
  });

  test('a box with text of its own beside its heading stays, without its cards', () => {
    const { dropped, text } = run(
      `${story(lang)}<div><h3>More</h3><p>Sponsored by the harbour trust.</p>${pictureCard(lang, 1)}${pictureCard(lang, 2)}</div>`,
    );
    expect(dropped).toBe(2);
    expect(text).toContain('Sponsored by the harbour trust.');
  });

  test("a live blog's updates, nested in its article, stay however they end", () => {
    const update = (n: number) =>
      `<article class="update">${`<p>${STORY[lang]}</p>`.repeat(n === 1 ? 3 : 1)}<a href="https://news.example/2026/other-${n}"><img src="/i/${n}.jpg" alt=""></a><p>${excerpt(lang, n)}</p></article>`;
    const { dropped, html } = run(
      `<article class="live"><p>${STORY[lang]}</p>${[1, 2, 3, 4].map(update).join('')}</article>`,
    );
    expect(dropped).toBe(0);
    expect(html.match(/class="update"/g)).toHaveLength(4);
  });

  test('cards above the story, a lone card, and cards that neither link nor are cut short stay', () => {
    const plain = (n: number) => `<article><p>${STORY[lang]!.slice(0, 60 + n)}</p></article>`;
    expect(run(`<div>${pictureCard(lang, 1)}${pictureCard(lang, 2)}</div>${story(lang)}`).dropped).toBe(0);
    expect(run(`${story(lang)}<div>${pictureCard(lang, 1)}</div><div>${pictureCard(lang, 2)}</div>`).dropped).toBe(0);
    expect(run(`${story(lang)}<div>${plain(1)}${plain(2)}${plain(3)}</div>`).dropped).toBe(0);
  });

  test('a card linking to this very page (its own permalink) does not point elsewhere', () => {
    const self = (n: number) =>
      `<article><a href="${PAGE}#photo-${n}"><img src="/i/${n}.jpg" alt=""></a><p>${STORY[lang]!.slice(0, 50 + n)}</p></article>`;
    expect(run(`${story(lang)}<div>${self(1)}${self(2)}${self(3)}</div>`).dropped).toBe(0);
  });

  test('when the story is not in an article, article cards are left to the other rules', () => {
    const body = `<div class="story">${Array.from({ length: 4 }, () => `<p>${STORY[lang]}</p>`).join('')}</div><div>${[1, 2, 3].map((n) => pictureCard(lang, n)).join('')}</div>`;
    expect(run(body).dropped).toBe(0);
  });
});

/** A card without an `<article>`: a headline linking to `href` and an excerpt of its story. */
const headlineCard = (lang: string, n: number, href = `https://news.example/2026/other-${n}`) =>
  `<div class="c"><a href="${href}"><h3>${STORY[lang]!.slice(0, 20 + n)}</h3></a><p>${excerpt(lang, n)}</p></div>`;
const storyDiv = (lang: string) =>
  `<div class="body">${Array.from({ length: 4 }, () => `<p>${STORY[lang]}</p>`).join('')}</div>`;

function runHeadlines(body: string): { dropped: number; text: string } {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="content">${body}</div></body>`, { url: PAGE }).window.document;
  const content = doc.getElementById('content')!;
  return { dropped: dropHeadlineCards(content, PAGE), text: content.textContent ?? '' };
}

describe.each(Object.keys(STORY))('dropHeadlineCards (%s)', (lang) => {
  test('a strip of headline cards above the story goes, and its heading with it', () => {
    const strip = `<section><h2>Key points</h2>${[1, 2, 3].map((n) => headlineCard(lang, n)).join('')}</section>`;
    const { dropped, text } = runHeadlines(`${strip}${storyDiv(lang)}`);
    expect(dropped).toBe(3);
    expect(text).not.toContain('Key points');
    expect(text).not.toContain('…');
    expect(text).toContain(STORY[lang]);
  });

  test('cards below the story go too', () => {
    expect(
      runHeadlines(`${storyDiv(lang)}<div>${[1, 2].map((n) => headlineCard(lang, n)).join('')}</div>`).dropped,
    ).toBe(2);
  });

  test('cards linking to another site (products, sources), a lone card and bare headlines stay', () => {
    const away = (n: number) => headlineCard(lang, n, `https://shop.example/item-${n}`);
    expect(runHeadlines(`${storyDiv(lang)}<div>${away(1)}${away(2)}</div>`).dropped).toBe(0);
    expect(runHeadlines(`${storyDiv(lang)}<div>${headlineCard(lang, 1)}</div>`).dropped).toBe(0);
    const bare = (n: number) =>
      `<ul><li><h4><a href="https://news.example/2026/other-${n}">${STORY[lang]!.slice(0, 30)}</a></h4></li></ul>`;
    expect(runHeadlines(`${storyDiv(lang)}<h4>More:</h4>${bare(1)}${bare(2)}`).dropped).toBe(0);
  });

  test('an index of stories, whose cards are the page, is left alone', () => {
    const { dropped } = runHeadlines(`<h1>News</h1>${[1, 2, 3, 4, 5].map((n) => headlineCard(lang, n)).join('')}`);
    expect(dropped).toBe(0);
  });
});
