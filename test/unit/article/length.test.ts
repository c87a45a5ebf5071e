import { describe, expect, it } from 'vitest';
import {
  LENGTH_SENTENCES,
  SUMMARY_LENGTHS,
  mostSentences,
  sentencesFor,
  type SummaryLength,
} from '../../../src/article/length';

const counts = (n: number) => SUMMARY_LENGTHS.map((length) => sentencesFor(length, n));

describe('sentencesFor: 3/5/7 for an ordinary article, a share of a long read, capped', () => {
  it.each([
    // n sentences, [short, medium, long]
    [0, [0, 0, 0]],
    [1, [1, 1, 1]],
    [3, [2, 2, 2]],
    [6, [3, 3, 3]],
    [10, [3, 5, 5]], // half of ten caps medium and long alike
    [13, [3, 5, 7]], // the first article with room for all of 3/5/7
    [60, [3, 5, 7]], // a long news story keeps the sizes it always had
    [74, [3, 5, 7]],
    [75, [3, 5, 8]], // 7.5 rounds up: long starts to grow
    [109, [3, 5, 11]],
    [110, [3, 6, 11]], // 5.5 rounds up: medium starts to grow
    [150, [3, 8, 15]],
    [194, [3, 10, 19]],
    [195, [3, 10, 20]], // long reaches its cap
    [229, [3, 11, 20]],
    [230, [3, 12, 20]], // medium reaches its cap
    [1500, [3, 12, 20]],
    [100_000, [3, 12, 20]],
  ])('%i sentences → %j', (n, expected) => {
    expect(counts(n)).toEqual(expected);
  });

  it.each([
    ['a fraction', 150.9, [3, 8, 15]],
    ['a negative count', -4, [0, 0, 0]],
    ['NaN', Number.NaN, [0, 0, 0]],
    ['Infinity', Number.POSITIVE_INFINITY, [0, 0, 0]],
  ])('%s of sentences is read as a whole count, or none', (_, n, expected) => {
    expect(counts(n)).toEqual(expected);
  });

  it('a length from plain JavaScript that is none of the three is the default length', () => {
    expect(sentencesFor('huge' as SummaryLength, 1500)).toBe(sentencesFor('medium', 1500));
  });

  it('for every article up to 3,000 sentences: short ≤ medium ≤ long ≤ half, and none shrinks as n grows', () => {
    let previous = counts(0);
    for (let n = 1; n <= 3000; n++) {
      const [short, medium, long] = counts(n) as [number, number, number];
      expect(short, `n=${n}`).toBeLessThanOrEqual(medium);
      expect(medium, `n=${n}`).toBeLessThanOrEqual(long);
      expect(long, `n=${n}`).toBeLessThanOrEqual(Math.ceil(n / 2));
      expect(long, `n=${n}`).toBeGreaterThanOrEqual(1);
      counts(n).forEach((k, i) => expect(k, `n=${n}`).toBeGreaterThanOrEqual(previous[i] as number));
      previous = [short, medium, long];
    }
  });

  it('LENGTH_SENTENCES still names the ordinary sizes', () => {
    expect(LENGTH_SENTENCES).toEqual({ short: 3, medium: 5, long: 7 });
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 1],
    [7, 4],
    [1500, 750],
  ])('mostSentences(%i) = %i', (n, most) => {
    expect(mostSentences(n)).toBe(most);
  });
});
