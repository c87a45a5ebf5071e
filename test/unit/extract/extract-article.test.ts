import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract';

const PARAGRAPH =
  'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than first planned, after a long dispute with the builder.';

function page(paragraphs: number, url = 'https://example.test/story'): Document {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('');
  return new JSDOM(
    `<!DOCTYPE html><html lang="en"><head><title>Ferry terminal</title></head><body><article><h1>Ferry terminal</h1>${body}</article></body></html>`,
    { url },
  ).window.document;
}

describe('extractArticle', () => {
  it('reads everything of an ordinary page', () => {
    const result = extractArticle(page(8));
    expect(result.ok && result.article.paragraphs.length).toBe(8);
    expect(result.ok && result.article.isTruncated).toBe(false);
    expect(result.ok && result.article.wordCount).toBe(8 * 30);
  });

  it('stops at maxChars and says so', () => {
    const result = extractArticle(page(200), { maxChars: 2_000 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.isTruncated).toBe(true);
    expect(result.article.paragraphs.join('').length).toBeLessThan(2_000 + PARAGRAPH.length * 2);
    expect(result.article.paragraphs[0]).toMatch(/^0: /);
  });

  it('reads a byline whose date sits on the next line without running them together', () => {
    const body = Array.from({ length: 8 }, (_, i) => `<p>${i}: ${PARAGRAPH}</p>`).join('');
    const doc = new JSDOM(
      `<!DOCTYPE html><html lang="en"><head><title>Ferry terminal</title></head><body><article><h1>Ferry terminal</h1>` +
        `<h3 class="byline">by Jane Roe<br><span class="datetime">Monday, November 18, 2019</span></h3>${body}</article></body></html>`,
      { url: 'https://example.test/story' },
    ).window.document;
    const result = extractArticle(doc);
    expect(result.ok && result.article.byline).toBe('Jane Roe');
    expect(result.ok && result.article.paragraphs.join(' ')).not.toMatch(/Jane Roe|November 18/);
  });

  it('takes the url from the options when given, else from the document', () => {
    const doc = page(8, 'https://example.test/from-document');
    expect(extractArticle(doc).ok && (extractArticle(doc) as { article: { url: string } }).article.url).toBe(
      'https://example.test/from-document',
    );
    const result = extractArticle(doc, { url: 'https://example.test/from-options' });
    expect(result.ok && result.article.url).toBe('https://example.test/from-options');
  });

  it('answers not-article for a page that does not look like one, unless forced', () => {
    const doc = new JSDOM('<!DOCTYPE html><title>Home</title><body><nav><a href="/a">A</a></nav><p>Welcome.</p></body>')
      .window.document;
    expect(extractArticle(doc)).toEqual({ ok: false, reason: 'not-article', title: 'Home' });
    expect(extractArticle(doc, { force: true })).toMatchObject({ ok: true });
  });

  it('answers empty when even a forced extraction finds no text', () => {
    const doc = new JSDOM('<!DOCTYPE html><title>Blank</title><body><div></div></body>').window.document;
    expect(extractArticle(doc, { force: true })).toEqual({ ok: false, reason: 'empty', title: 'Blank' });
  });
});
