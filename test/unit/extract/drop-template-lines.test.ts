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
