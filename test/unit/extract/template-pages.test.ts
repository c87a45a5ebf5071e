import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { TEMPLATES_DIR, type TemplateExpected, templatePages } from '../../../scripts/generate-template-pages';
import type { Article } from '../../../src/article/article';
import { extractArticle, findSummaryWidgets } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize-text';

const slugs = readdirSync(TEMPLATES_DIR).filter((s) => existsSync(join(TEMPLATES_DIR, s, 'source.html')));

function load(slug: string): { doc: Document; expected: TemplateExpected } {
  const html = readFileSync(join(TEMPLATES_DIR, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(TEMPLATES_DIR, slug, 'expected.json'), 'utf8')) as TemplateExpected;
  return {
    doc: new JSDOM(html, { url: expected.url, virtualConsole: new VirtualConsole() }).window.document,
    expected,
  };
}

describe('generated template pages', () => {
  it('are what the generator writes (npx tsx scripts/generate-template-pages.ts)', () => {
    const pages = templatePages();
    expect(slugs.sort()).toEqual(pages.map((p) => p.slug).sort());
    for (const page of pages) {
      expect(readFileSync(join(TEMPLATES_DIR, page.slug, 'source.html'), 'utf8'), page.slug).toBe(page.html);
    }
  });

  it('span at least ten languages', () => {
    const langs = slugs.map(
      (s) => (JSON.parse(readFileSync(join(TEMPLATES_DIR, s, 'expected.json'), 'utf8')) as TemplateExpected).lang,
    );
    expect(new Set(langs).size).toBeGreaterThanOrEqual(10);
  });
});

describe.each(slugs)('template page %s', (slug) => {
  // One extraction per page, read by the two tests that follow.
  let extracted: { article: Article; expected: TemplateExpected } | undefined;
  function extract(): { article: Article; expected: TemplateExpected } {
    if (extracted) return extracted;
    const { doc, expected } = load(slug);
    // force: Readability's readerable check counts characters, which short CJK stories lack.
    const result = extractArticle(doc, { force: true });
    if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
    extracted = { article: result.article, expected };
    return extracted;
  }

  it('extracts every story paragraph and no furniture', () => {
    const { article, expected } = extract();
    // The story itself uses some furniture words in its sentences; those paragraphs must stay whole.
    const extra = article.paragraphs.filter((p) => !expected.paragraphs.includes(p)).join('\n');
    for (const f of expected.furniture) expect(extra, `furniture "${f}"`).not.toContain(f);
    expect(article.paragraphs).toEqual(expected.paragraphs);
  });

  it('names the story by its headline, in the page’s language', () => {
    const { article, expected } = extract();
    expect([article.title, article.lang]).toEqual([expected.title, expected.lang]);
  });

  it('finds the site summary widget, and nothing that is not one', () => {
    const { doc, expected } = load(slug);
    const widgets = findSummaryWidgets(doc).map((w) => normalizeText(w.textContent ?? ''));
    expect(widgets).toEqual(expected.summaryWidgets);
  });
});
