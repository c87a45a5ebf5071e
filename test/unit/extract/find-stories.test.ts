/** Pages of several stories are recognised by structure; one story's sections, teasers and lists are not. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { findStories } from '../../../src/extract/find-stories';
import { pickStory } from '../../../src/extract/pick-story';

/** Story text in a few languages: each story's paragraphs name its own subject, so a mix-up shows. */
const TEXT: Record<string, (subject: string, n: number) => string> = {
  en: (s, n) =>
    `Paragraph ${n} about the ${s}: the council met on Tuesday and agreed, after a long debate, to spend more on it next year than this year.`,
  de: (s, n) =>
    `Absatz ${n} über ${s}: Der Rat tagte am Dienstag und beschloss nach langer Debatte, im nächsten Jahr mehr Geld dafür auszugeben als in diesem.`,
  fr: (s, n) =>
    `Paragraphe ${n} sur ${s} : le conseil s'est réuni mardi et a décidé, après un long débat, d'y consacrer plus d'argent l'an prochain que cette année.`,
};
const SUBJECTS = ['harbour', 'library', 'tramway', 'stadium', 'museum'];

function paragraphs(lang: string, subject: string, count = 4): string {
  return Array.from({ length: count }, (_, i) => `<p>${TEXT[lang]!(subject, i + 1)}</p>`).join('');
}

/** One entry per shape a page of several stories is written in. */
const MULTI: Record<string, (lang: string) => string> = {
  'a feed of <article>s': (lang) =>
    SUBJECTS.map((s) => `<article><h2>The ${s} story</h2>${paragraphs(lang, s)}</article>`).join(''),
  'endless scroll: <article>s with linked headlines and dates': (lang) =>
    SUBJECTS.map(
      (s, i) =>
        `<article class="story"><header><h1><a href="/news/${s}">The ${s} story</a></h1>` +
        `<time datetime="2026-03-0${i + 1}T08:00:00Z">March ${i + 1}</time></header>${paragraphs(lang, s)}` +
        `<aside><p>Share this story with your friends on every network you use today.</p></aside></article>`,
    ).join(''),
  'a blog archive of divs with linked headlines': (lang) =>
    SUBJECTS.map(
      (s) =>
        `<div class="post"><h2 class="entry-title"><a href="/p/${s}">The ${s} story</a></h2>${paragraphs(lang, s)}</div>`,
    ).join(''),
  'a live blog archive of schema.org postings': (lang) =>
    SUBJECTS.map(
      (s) =>
        `<div itemscope itemtype="https://schema.org/BlogPosting"><h3 itemprop="headline">The ${s} story</h3>${paragraphs(lang, s)}</div>`,
    ).join(''),
};

/** Pages of one story, or none, that must not read as several. */
const SINGLE: Record<string, (lang: string) => string> = {
  'one article in sections with subheads': (lang) =>
    `<article><h1>The harbour story</h1>${SUBJECTS.map((s) => `<section><h2>On the ${s}</h2>${paragraphs(lang, s)}</section>`).join('')}</article>`,
  'one story in divs with plain subheads': (lang) =>
    `<div class="story"><h1>The harbour story</h1>${SUBJECTS.map((s) => `<div class="part"><h2>On the ${s}</h2>${paragraphs(lang, s)}</div>`).join('')}</div>`,
  'an index of teasers': (lang) =>
    SUBJECTS.map(
      (s) => `<article><h2><a href="/news/${s}">The ${s} story</a></h2>${paragraphs(lang, s, 1)}</article>`,
    ).join(''),
  'one story beside a "you may like" article of teaser articles': (lang) =>
    `<article class="post"><h1>The harbour story</h1>${paragraphs(lang, 'harbour', 6)}</article>` +
    `<article class="post"><h3>You may like</h3>${SUBJECTS.map((s) => `<article class="post">${paragraphs(lang, s, 1)}</article>`).join('')}</article>`,
  'documentation sections with #permalinks on their subheads': (lang) =>
    SUBJECTS.map(
      (s) =>
        `<div class="section" id="${s}"><h2><a href="#toc-${s}">On the ${s}</a><a href="#${s}">¶</a></h2>${paragraphs(lang, s)}</div>`,
    ).join(''),
  'one story and a related list': (lang) =>
    `<article><h1>The harbour story</h1>${paragraphs(lang, 'harbour', 6)}</article>` +
    `<aside><h2>Related</h2>${SUBJECTS.map((s) => `<article><h3><a href="/news/${s}">The ${s} story</a></h3><p>${TEXT[lang]!(s, 1)}</p></article>`).join('')}</aside>`,
};

function dom(body: string, url = 'https://news.example/latest', head = ''): Document {
  return new JSDOM(
    `<!DOCTYPE html><html><head><title>Latest news</title>${head}</head><body><header><nav><h2>Sections</h2></nav></header>` +
      `<main><h1>Latest news</h1>${body}</main><footer><h2>About us</h2><p>We are a local paper in a small town by the sea, since 1901.</p></footer></body></html>`,
    { url },
  ).window.document;
}

describe('findStories', () => {
  const langs = Object.keys(TEXT);
  test.each(Object.keys(MULTI).flatMap((shape) => langs.map((lang) => [shape, lang])))(
    '%s (%s): five stories, headlines in order',
    (shape, lang) => {
      const stories = findStories(dom(MULTI[shape]!(lang)));
      expect(stories.map((s) => s.headline)).toEqual(SUBJECTS.map((s) => `The ${s} story`));
      expect(stories.every((s) => s.words >= 80)).toBe(true);
    },
  );

  test.each(Object.keys(SINGLE).flatMap((shape) => langs.map((lang) => [shape, lang])))(
    '%s (%s): not several stories',
    (shape, lang) => {
      expect(findStories(dom(SINGLE[shape]!(lang)))).toEqual([]);
    },
  );
});

describe('pickStory', () => {
  const page = (url: string, head = '') =>
    dom(MULTI['endless scroll: <article>s with linked headlines and dates']!('en'), url, head);

  test.each([
    ['the page address names it by its fragment', 'https://news.example/latest#frag', '', 3],
    ['the page address is the story’s own link', 'https://news.example/news/stadium', '', 3],
    [
      'the canonical address is the story’s own link',
      'https://news.example/latest',
      '<link rel="canonical" href="/news/museum">',
      4,
    ],
    [
      'og:url is the story’s own link',
      'https://news.example/latest',
      '<meta property="og:url" content="https://news.example/news/tramway">',
      2,
    ],
    ['nothing names one: the first', 'https://news.example/latest', '', 0],
  ])('%s', (_, url, head, expected) => {
    const doc = page(url, head);
    doc.querySelectorAll('article')[3]!.querySelector('p')!.id = 'frag';
    const canonical =
      doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
      null;
    expect(pickStory(findStories(doc), doc, { url, canonical })).toBe(expected);
  });

  test('the story that fills most of the window wins over the address', () => {
    const doc = page('https://news.example/news/stadium');
    const stories = findStories(doc);
    const inView = (el: Element) => (el === stories[1]!.element ? 500 : el === stories[2]!.element ? 120 : 0);
    expect(pickStory(stories, doc, { url: doc.URL, canonical: null, inView })).toBe(1);
  });

  test('a window that shows none of them (no layout) falls back to the address', () => {
    const doc = page('https://news.example/news/stadium');
    expect(pickStory(findStories(doc), doc, { url: doc.URL, canonical: null, inView: () => 0 })).toBe(3);
  });
});

describe('extractArticle on a page of several stories', () => {
  test.each(Object.keys(MULTI))('%s: only the chosen story, with its own headline and word count', (shape) => {
    const doc = dom(MULTI[shape]!('en'));
    const target = findStories(doc)[2]!.element;
    const result = extractArticle(doc, { inView: (el) => (el === target ? 600 : 0) });
    if (!result.ok) throw new Error(result.reason);
    const { article } = result;
    expect(article.story).toEqual({ index: 2, count: 5 });
    expect(article.title).toBe('The tramway story');
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(article.paragraphs.every((p) => p.includes('tramway'))).toBe(true);
    expect(article.wordCount).toBeLessThan(150);
  });

  test('the story’s own link and date, not the page’s', () => {
    const doc = dom(
      MULTI['endless scroll: <article>s with linked headlines and dates']!('en'),
      'https://news.example/news/library',
      '<meta property="article:published_time" content="2026-01-01T00:00:00Z">',
    );
    const result = extractArticle(doc);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.url).toBe('https://news.example/news/library');
    expect(result.article.publishedTime).toBe('2026-03-02T08:00:00Z');
    expect(result.article.story).toEqual({ index: 1, count: 5 });
  });

  test('a page of one story has no story count', () => {
    const result = extractArticle(dom(SINGLE['one article in sections with subheads']!('en')));
    expect(result.ok && result.article.story).toBeUndefined();
  });
});
