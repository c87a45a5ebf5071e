/** An exception thrown anywhere in the extract's clean-up falls back to the densest paragraphs, marked low-confidence. */
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { extractArticle } from '../../../src/extract';

/** The one module whose main export throws in the current case (none when empty). */
const broken = vi.hoisted(() => ({ module: '' }));

function breakable<T extends object>(name: string, actual: T): T {
  const check = () => {
    if (broken.module === name) throw new TypeError(`${name} broke`);
  };
  // A Proxy keeps classes constructible (Readability) and functions callable, each throwing on demand.
  const wrap = (value: unknown) =>
    typeof value === 'function'
      ? new Proxy(value, {
          apply: (target, self, args) => (check(), Reflect.apply(target, self, args) as unknown),
          construct: (target, args, newTarget) => (check(), Reflect.construct(target, args, newTarget) as object),
        })
      : value;
  return Object.fromEntries(Object.entries(actual).map(([key, value]) => [key, wrap(value)])) as T;
}

vi.mock('../../../src/extract/collect-blocks', async (load) => breakable('collect-blocks', await load()));
vi.mock('../../../src/extract/drop-furniture', async (load) => breakable('drop-furniture', await load()));
vi.mock('../../../src/extract/find-summary-widgets', async (load) => breakable('find-summary-widgets', await load()));
vi.mock('../../../src/extract/read-metadata', async (load) => breakable('read-metadata', await load()));
vi.mock('../../../src/extract/truncate-document', async (load) => breakable('truncate-document', await load()));
vi.mock('@mozilla/readability', async (load) => breakable('readability', await load()));

const STORY = [
  'The harbour authority said on Monday that the new ferry terminal would open in the spring, two years later than first planned.',
  'A long dispute with the builder over the cost of the piers held the work up for most of last year, officials said.',
  'Ferries to the islands will keep leaving from the old quay until then, with one extra crossing on summer weekends.',
  'Shop owners near the old quay said they were relieved, since the move would have cost them most of their trade.',
  'The authority expects about two million passengers a year once the terminal opens, twice as many as a decade ago.',
];

function page(): Document {
  const story = STORY.map((p) => `<p>${p}</p>`).join('');
  return new JSDOM(
    `<!DOCTYPE html><html lang="en"><head><title>Ferry terminal delayed</title></head><body>` +
      `<nav><p>Home · News · Sport · Weather · Culture · Travel · Opinion · Podcasts</p></nav>` +
      `<article><h1>Ferry terminal delayed</h1>${story}</article></body></html>`,
    { url: 'https://example.test/ferry' },
  ).window.document;
}

afterEach(() => {
  broken.module = '';
});

describe('extractArticle when a pass throws', () => {
  test('nothing broken: the careful extract, not low-confidence', () => {
    const result = extractArticle(page(), { force: true });
    expect(result.ok && result.article.isLowConfidence).toBe(false);
    expect(result.ok && result.article.paragraphs).toEqual(STORY);
  });

  test.each(['collect-blocks', 'drop-furniture', 'find-summary-widgets', 'read-metadata', 'truncate-document'])(
    '%s throws: the densest paragraphs, low-confidence',
    (module) => {
      broken.module = module;
      const result = extractArticle(page(), { force: true });
      if (!result.ok) throw new Error(`no article: ${result.reason}`);
      expect(result.article.isLowConfidence).toBe(true);
      expect(result.article.paragraphs).toEqual(STORY);
      expect(result.article.title).toBe('Ferry terminal delayed');
      expect(result.article.url).toBe('https://example.test/ferry');
      expect(result.article.wordCount).toBeGreaterThan(50);
    },
  );

  test('isProbablyReaderable throws: still the story', () => {
    broken.module = 'readability';
    const result = extractArticle(page(), { force: true });
    expect(result.ok && result.article.paragraphs).toEqual(STORY);
    expect(result.ok && result.article.isLowConfidence).toBe(true);
  });

  test('a page with no paragraphs at all is empty, not an error', () => {
    broken.module = 'collect-blocks';
    const doc = new JSDOM('<!DOCTYPE html><title>Blank</title><body><div>hi</div></body>').window.document;
    expect(extractArticle(doc, { force: true })).toEqual({ ok: false, reason: 'empty', title: 'Blank' });
  });
});
