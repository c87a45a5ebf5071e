import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/article/article';
import { countWords } from '../../../src/article/count-words';
import { summarize, summarizeArticle, type SummaryLength, type SummaryOptions } from '../../../src/summarize/index';
import { sentenceBudget } from '../../../src/summarize/summarize';
import { WORDS_PER_SENTENCE, generatedParagraphs } from './generated-paragraphs';

const TITLE = 'Repairs across the valley';

function article(words: number): Article {
  const paragraphs = generatedParagraphs(words);
  return {
    url: 'https://news.example/valley',
    title: TITLE,
    byline: null,
    siteName: null,
    lang: 'en',
    publishedTime: null,
    paragraphs,
    wordCount: paragraphs.reduce((n, p) => n + countWords(p), 0),
    isReaderable: true,
    isLowConfidence: false,
    isTruncated: false,
  };
}

const ARTICLES = new Map([300, 3000, 30_000].map((words) => [words, article(words)]));
const of = (words: number): Article => ARTICLES.get(words)!;

describe('summaries grow with long reads', () => {
  it.each([
    // words, sentences in the article, and what short, medium and long give
    [300, 15, 3, 5, 7],
    [3000, 150, 3, 8, 15],
    [30_000, 1500, 3, 12, 20],
  ])('%i words (%i sentences): short %i, medium %i, long %i', (words, total, ...expected) => {
    const a = of(words);
    expect(a.wordCount).toBe(words);
    const lengths: SummaryLength[] = ['short', 'medium', 'long'];
    const summaries = lengths.map((length) => summarize({ paragraphs: a.paragraphs, title: TITLE }, { length }));
    for (const summary of summaries) expect(summary.totalSentences).toBe(total);
    expect(summaries.map((s) => s.sentences.length)).toEqual(expected);
    // summarizeArticle is the same summarizer, given the article whole.
    for (const [i, length] of lengths.entries()) {
      expect(summarizeArticle(a, { length }).sentences).toEqual(summaries[i]!.sentences);
    }
  });

  it.each([
    [30_000, { sentences: 4 }, 4], // an exact number is not scaled up
    [30_000, { sentences: 30 }, 30], // nor capped by the lengths' caps
    [300, { sentences: 50 }, 8], // only by half of the article, rounded up
    [300, 6, 6], // a bare number, as before lengths scaled
    [30_000, 7, 7],
  ] as const)('%i words, asked %j: %i sentences', (words, options, count) => {
    expect(summarizeArticle(of(words), options).sentences).toHaveLength(count);
  });

  it('a summary never has more than half of the article, rounded up', () => {
    const asked: SummaryOptions[] = [
      { length: 'short' },
      { length: 'medium' },
      { length: 'long' },
      { sentences: 1000 },
    ];
    for (let n = 1; n <= 30; n++) {
      const paragraphs = generatedParagraphs(n * WORDS_PER_SENTENCE, n);
      for (const options of asked) {
        const summary = summarize({ paragraphs }, options);
        expect(summary.totalSentences, `n=${n}`).toBe(n);
        expect(summary.sentences.length, `n=${n} ${JSON.stringify(options)}`).toBeLessThanOrEqual(Math.ceil(n / 2));
      }
    }
  });
});

describe('sentenceBudget: the options as plain JavaScript may give them', () => {
  it.each([
    ['an exact number', { sentences: 4 }, 1500, 4],
    ['a fraction, rounded down', { sentences: 4.9 }, 1500, 4],
    ['zero', { sentences: 0 }, 1500, 0],
    ['a negative number', { sentences: -3 }, 1500, 0],
    ['more than half', { sentences: 40 }, 60, 30],
    ['a length', { length: 'long' }, 1500, 20],
    ['a length in an ordinary article', { length: 'long' }, 40, 7],
    ['both: the exact number wins', { sentences: 2, length: 'long' }, 1500, 2],
    ['an unusable number: the length', { sentences: Number.NaN, length: 'long' }, 1500, 20],
    ['a number as a string: the default length', { sentences: '4' }, 1500, 12],
    ['an unknown length: the default length', { length: 'huge' }, 1500, 12],
    ['no options: the default length', undefined, 1500, 12],
    ['an empty article', { sentences: 3 }, 0, 0],
  ])('%s', (_, options, total, expected) => {
    expect(sentenceBudget(options as SummaryOptions | undefined, total)).toBe(expected);
  });
});
