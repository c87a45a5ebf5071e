import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, readingSeconds } from '../../../src/background/reading-time';

describe('reading time', () => {
  test.each([
    [0, 1],
    [100, 1],
    [238, 1],
    [1666, 7],
    [2380, 10],
  ])('%i words read in %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  test.each([
    [0, 5],
    [40, 10],
    [100, 25],
    [160, 40],
  ])('%i words of summary read in %i s', (words, seconds) => {
    expect(readingSeconds(words)).toBe(seconds);
  });

  test('counts words by spaces, and CJK characters two to a word', () => {
    expect(countWords('  One two\nthree  ')).toBe(3);
    expect(countWords('東京都は今日')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});
