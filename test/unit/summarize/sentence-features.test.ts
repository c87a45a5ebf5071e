import { describe, expect, test } from 'vitest';
import { contentWords } from '../../../src/summarize/content-words';
import { FEATURE_NAMES, sentenceFeatures } from '../../../src/summarize/sentence-features';

const SENTENCES = [
  'The council approved the new bridge over the river on Monday.',
  'The bridge will cost the city 40 million pounds.',
  'Work on the bridge starts in the spring.',
  'Rain is expected later.',
  'Some residents said the river crossing was long overdue.',
];

function feature(sentences: readonly string[], name: (typeof FEATURE_NAMES)[number]): number[] {
  const { values } = sentenceFeatures(
    sentences,
    sentences.map((_, i) => i),
    'en',
  );
  const f = FEATURE_NAMES.indexOf(name);
  return sentences.map((_, i) => values[i * FEATURE_NAMES.length + f] as number);
}

// The definition, pair by pair: the cosine of two sets of words is |A ∩ B| / √(|A| |B|).
function bruteForce(sentences: readonly string[], weigh: (j: number) => number): number[] {
  const sets = sentences.map((s) => {
    const all: string[] = [];
    contentWords(s, 'en', all);
    return new Set(all);
  });
  return sets.map((a, i) => {
    let sum = 0;
    let weights = 0;
    sets.forEach((b, j) => {
      if (j === i) return;
      const shared = [...a].filter((word) => b.has(word)).length;
      sum += (weigh(j) * shared) / Math.sqrt(a.size * b.size);
      weights += weigh(j);
    });
    return sum / weights;
  });
}

describe('word overlap features', () => {
  test('overlap is the mean cosine of word sets with every other sentence', () => {
    const expected = bruteForce(SENTENCES, () => 1);
    feature(SENTENCES, 'overlap').forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
  });

  test('earlyOverlap weighs sentence j by 1/√(j + 1)', () => {
    const expected = bruteForce(SENTENCES, (j) => 1 / Math.sqrt(j + 1));
    feature(SENTENCES, 'earlyOverlap').forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
  });

  test('stop words count: "the" alone makes sentences overlap', () => {
    const overlap = feature(['The cat slept.', 'The dog barked.', 'Rain fell.'], 'overlap');
    expect(overlap[0]).toBeGreaterThan(0);
    expect(overlap[2]).toBe(0);
  });

  test('a sentence sharing no word with the rest scores 0, below every other', () => {
    const overlap = feature(SENTENCES, 'overlap');
    expect(overlap[3]).toBe(0);
    overlap.forEach((value, i) => {
      if (i !== 3) expect(value).toBeGreaterThan(0);
    });
  });

  test('a lone sentence, or one without words, has no overlap', () => {
    expect(feature(['Only one sentence here.'], 'overlap')).toEqual([0]);
    expect(feature(['Only one sentence here.'], 'earlyOverlap')).toEqual([0]);
    expect(feature(['A sentence here.', '…', 'Another sentence here.'], 'overlap')[1]).toBe(0);
  });
});
