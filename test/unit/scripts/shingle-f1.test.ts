import { describe, expect, it } from 'vitest';
import {
  corpusScore,
  pageF1,
  pagePrecision,
  pageRecall,
  shingleCounts,
  tokenize,
} from '../../../scripts/lib/shingle-f1';

describe('tokenize (Python re \\w+ in Unicode mode)', () => {
  it.each([
    ['Hello, world!', ['Hello', 'world']],
    ['snake_case and dash-ed', ['snake_case', 'and', 'dash', 'ed']],
    ['Привет, мир', ['Привет', 'мир']],
    ['café ½ ٣', ['café', '½', '٣']],
    ['It’s 9:30', ['It', 's', '9', '30']],
    ['', []],
  ])('%j', (text, tokens) => expect(tokenize(text)).toEqual(tokens));
});

describe('shingleCounts', () => {
  it.each([
    // identical texts: all true positives
    ['a b c d e', 'a b c d e', { tp: 1, fp: 0, fn: 0 }],
    // 2 true shingles, predicted adds one token: 2 shared, 1 extra
    ['a b c d e', 'a b c d e f', { tp: 2 / 3, fp: 1 / 3, fn: 0 }],
    // disjoint
    ['a b c d', 'w x y z', { tp: 0, fp: 0.5, fn: 0.5 }],
    // under four tokens: one short shingle each
    ['a b', 'a b', { tp: 1, fp: 0, fn: 0 }],
    // multiset: a repeated shingle counts twice
    ['a b c d a b c d', 'a b c d', { tp: 1 / 5, fp: 0, fn: 4 / 5 }],
    // case is kept
    ['A b c d', 'a b c d', { tp: 0, fp: 0.5, fn: 0.5 }],
  ])('%j vs %j', (truth, predicted, expected) => {
    const c = shingleCounts(truth, predicted);
    expect(c.tp).toBeCloseTo(expected.tp);
    expect(c.fp).toBeCloseTo(expected.fp);
    expect(c.fn).toBeCloseTo(expected.fn);
  });

  it('scores an empty prediction as zero precision and recall', () => {
    const c = shingleCounts('a b c d e', '');
    expect([pagePrecision(c), pageRecall(c), pageF1(c)]).toEqual([0, 0, 0]);
  });
});

describe('corpusScore', () => {
  it('averages precision and recall over pages, then takes their harmonic mean', () => {
    const pages = [
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
    ];
    const s = corpusScore(pages);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo((2 * 0.75) / 1.75);
    expect(s.accuracy).toBeCloseTo(0.5);
  });
});
