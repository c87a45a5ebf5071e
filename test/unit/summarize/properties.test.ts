import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSentences, summarize } from '../../../src/summarize/index';

// Text with the characters that trouble segmenters: periods, quotes, CJK, RTL, emoji, lone surrogates.
const piece = fc.constantFrom(
  'Mr. ',
  'U.S. ',
  'e.g. ',
  '3.5 ',
  '. ',
  '! ',
  '? ',
  '"',
  '”',
  '« ',
  'the ',
  'Der ',
  'は',
  '。',
  'ال',
  '😀',
  '\u200f',
  '\n',
  '\n\n',
  ' ',
  '\ud800',
  'A. ',
  'word',
  'Зачем? ',
);
const messy = fc.oneof(
  fc.string(),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
);
const input = fc.record({
  paragraphs: fc.array(messy, { maxLength: 12 }),
  title: fc.option(messy, { nil: undefined }),
  lang: fc.option(fc.oneof(fc.constantFrom('en', 'de-DE', 'zh', 'ja', 'ar', 'xx-!!'), fc.string()), { nil: undefined }),
});

describe('splitSentences properties', () => {
  test('never throws, returns trimmed non-empty pieces in order', () => {
    fc.assert(
      fc.property(messy, fc.option(fc.string(), { nil: undefined }), (text, lang) => {
        const sentences = splitSentences(text, lang);
        let from = 0;
        for (const sentence of sentences) {
          expect(sentence).toBe(sentence.trim());
          expect(sentence.length).toBeGreaterThan(0);
          // Joined pieces are separated by one space, so compare their first word's position.
          const at = text.indexOf(sentence.split(' ')[0] as string, from);
          expect(at).toBeGreaterThanOrEqual(0);
          from = at;
        }
      }),
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(messy, (text) => {
        expect(splitSentences(text)).toEqual(splitSentences(text));
      }),
    );
  });
});

describe('summarize properties', () => {
  test('never throws; returns input sentences, in order, at most as many as asked', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: -2, max: 9 }), (article, asked) => {
        const summary = summarize(article, { sentences: asked });
        const all = article.paragraphs.flatMap((p) => splitSentences(p, article.lang));
        expect(summary.sentences.length).toBeLessThanOrEqual(Math.max(0, asked));
        const indices = summary.sentences.map((s) => s.index);
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
        expect(new Set(indices).size).toBe(indices.length);
        for (const s of summary.sentences) {
          expect(s.index).toBeLessThan(summary.totalSentences);
          expect(article.paragraphs[s.paragraph]).toContain(s.text.split(' ')[0]);
          if (all.length === summary.totalSentences) expect(all).toContain(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(input, (article) => {
        expect(summarize(article, { sentences: 3 })).toEqual(summarize(article, { sentences: 3 }));
      }),
    );
  });

  test('survives malformed input', () => {
    const bad = [null, undefined, {}, { paragraphs: 'text' }, { paragraphs: [1, null, 'One. Two.'] }] as unknown[];
    for (const article of bad) {
      expect(() => summarize(article as never, { sentences: 3 })).not.toThrow();
      expect(() => summarize(article as never, undefined as never)).not.toThrow();
    }
  });
});
