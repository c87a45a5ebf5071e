/** A list page read anyway loses its near-identical template lines, and says it is a list. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/extract';
import { dropTemplateLines } from '../../../src/extract/drop-template-lines';

const HEADLINES = [
  'Council votes to close the old bridge for eight months of repairs',
  'Ferry terminal opening delayed again after a dispute over the piers',
  'Library extends its opening hours for the exam season in spring',
  'Tram line to the airport will be built by a French company',
  'Stadium roof damaged in the storm will cost millions to mend',
];

describe('dropTemplateLines', () => {
  test.each([
    ['the same line with other numbers', (i: number) => `Read the full story. ${i + 2} hours ago · News`],
    [
      'the same opening, other endings',
      (i: number) => `Read the full story · ${['News', 'Sport', 'Culture', 'Travel', 'Money'][i]}`,
    ],
    ['German, other minutes', (i: number) => `Vor ${i * 7 + 3} Minuten · Weiterlesen`],
    ['Japanese, other dates', (i: number) => `続きを読む ${i + 1}時間前`],
  ])('%s: every copy goes, the headlines stay', (_, template) => {
    const lines = HEADLINES.flatMap((h, i) => [h, template(i)]);
    expect(dropTemplateLines(lines)).toEqual({ lines: HEADLINES, dropped: 5 });
  });

  test.each([
    ['two copies are not yet a template', ['A', 'Read more · 2 hours ago', 'B', 'Read more · 3 hours ago']],
    [
      'long lines that share an opening are content',
      HEADLINES.map((h) => `In the city today, ${h.toLowerCase()}, officials said on Monday.`),
    ],
    ['different short lines', ['News', 'Sport', 'Weather', 'Culture']],
  ])('%s: kept', (_, lines) => {
    expect(dropTemplateLines(lines)).toEqual({ lines, dropped: 0 });
  });
});

const STANDFIRST = (h: string) => `The city said on Monday that "${h.toLowerCase()}" was the plan.`;

describe('extractArticle, forced on an index page', () => {
  const index = HEADLINES.map(
    (h, i) =>
      `<div class="card"><h3><a href="/news/${i}">${h}</a></h3><p>${STANDFIRST(h)}</p>` +
      `<p><a href="/news/${i}">Read the full story.</a> ${i + 2} hours ago · News</p></div>`,
  ).join('');
  const doc = () =>
    new JSDOM(
      `<!DOCTYPE html><html lang="en"><head><title>News</title></head><body><main><h1>News</h1>${index}</main></body></html>`,
      {
        url: 'https://news.example/news',
      },
    ).window.document;

  test('is not an article unless asked', () => {
    expect(extractArticle(doc())).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test('read anyway: a list, without its template lines', () => {
    const result = extractArticle(doc(), { force: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.isList).toBe(true);
    expect(result.article.paragraphs.join('\n')).not.toMatch(/Read the full story|hours ago/);
    expect(result.article.paragraphs).toEqual(expect.arrayContaining(HEADLINES.map(STANDFIRST)));
  });

  test('read anyway, a roundup whose words are mostly prose write-ups is an article, its repeated lines kept', () => {
    // Written in <div>s, as some CMSs do, so the readerable check (which counts <p>s) says no.
    const items = HEADLINES.map(
      (h, i) =>
        `<div class="deal"><h2>${h}</h2><div class="write-up">${h}, and the shop has cut its price again this week, which is the lowest we have seen it since the spring, so it is worth a look if you were waiting.</div>` +
        `<div class="cta">Price checked at ${i + 1} shops</div></div>`,
    ).join('');
    const roundup = new JSDOM(
      `<!DOCTYPE html><html lang="en"><title>Deals</title><body><main><h1>Deals</h1>${items}</main></body></html>`,
      { url: 'https://news.example/deals' },
    ).window.document;
    expect(extractArticle(roundup)).toMatchObject({ ok: false, reason: 'not-article' });
    const result = extractArticle(roundup, { force: true });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.isList).toBeUndefined();
    expect(result.article.paragraphs.filter((p) => p.startsWith('Price checked'))).toHaveLength(HEADLINES.length);
  });

  test('an article is never a list', () => {
    const story = HEADLINES.map(
      (h) =>
        `<p>${h}, the city said on Monday, after a long meeting that ran late into the night and ended in a vote.</p>`,
    ).join('');
    const article = new JSDOM(
      `<!DOCTYPE html><html lang="en"><title>Bridge</title><body><article><h1>Bridge</h1>${story}${story}</article></body></html>`,
    ).window.document;
    const result = extractArticle(article);
    expect(result.ok && result.article.isList).toBeUndefined();
  });
});
