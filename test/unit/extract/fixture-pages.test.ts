import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, findSummaryWidgets } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize-text';

/** What a fixture folder may assert; fields left out are not checked. */
interface Expected {
  url: string;
  force?: boolean;
  ok?: boolean;
  reason?: 'not-article' | 'empty';
  title?: string;
  byline?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  isLowConfidence?: boolean;
  paragraphs?: string[];
  /** Normalised text of each widget findSummaryWidgets returns, in order. */
  summaryWidgets?: string[];
}

const ROOT = join(import.meta.dirname, '../../fixtures/pages');
const slugs = readdirSync(ROOT).filter((s) => existsSync(join(ROOT, s, 'source.html')));

function load(slug: string): { dom: JSDOM; expected: Expected } {
  const html = readFileSync(join(ROOT, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(ROOT, slug, 'expected.json'), 'utf8')) as Expected;
  return { dom: new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() }), expected };
}

describe.each(slugs)('fixture page %s', (slug) => {
  it('extracts what expected.json says', () => {
    const { dom, expected } = load(slug);
    const doc = dom.window.document;
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, { force: expected.force });
    expect(doc.documentElement.outerHTML, 'extractArticle must not mutate the page').toBe(before);
    if (expected.ok === false) {
      expect(result).toMatchObject({ ok: false, reason: expected.reason });
      if (expected.title !== undefined) expect(result.ok ? null : result.title).toBe(expected.title);
      return;
    }
    if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
    const { article } = result;
    const keys = ['title', 'byline', 'siteName', 'lang', 'publishedTime', 'isLowConfidence'] as const;
    for (const k of keys) if (expected[k] !== undefined) expect(article[k], k).toEqual(expected[k]);
    if (expected.paragraphs) expect(article.paragraphs).toEqual(expected.paragraphs);
    expect(article.url).toBe(expected.url);
  });

  it('finds the summary widgets expected.json lists', () => {
    const { dom, expected } = load(slug);
    const widgets = findSummaryWidgets(dom.window.document).map((w) => normalizeText(w.textContent ?? ''));
    expect(widgets).toEqual(expected.summaryWidgets ?? []);
  });
});
