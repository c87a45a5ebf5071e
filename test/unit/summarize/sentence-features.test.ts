import { describe, expect, test } from 'vitest';
import { contentWords } from '../../../src/summarize/content-words';
import { FEATURE_NAMES, relativeRank, sentenceFeatures } from '../../../src/summarize/sentence-features';

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

describe('relativeRank', () => {
  test.each([
    { values: [], ranks: [] },
    { values: [0.4], ranks: [0] },
    { values: [0.1, 0.9], ranks: [1, 0] },
    { values: [0.2, 0.5, 0.1, 0.3, 0.4], ranks: [0.75, 0, 1, 0.5, 0.25] },
    // Ties keep document order: the earlier sentence ranks higher.
    { values: [0.5, 0.5, 0.5], ranks: [0, 0.5, 1] },
    { values: [0, 0.7, 0, 0.7], ranks: [2 / 3, 0, 1, 1 / 3] },
  ])('$values → $ranks', ({ values, ranks }) => {
    expect(Array.from(relativeRank(Float64Array.from(values)))).toEqual(ranks);
  });
});

describe('rank features', () => {
  test.each([
    ['overlapRank', 'overlap'],
    ['earlyOverlapRank', 'earlyOverlap'],
    ['frequencyRank', 'frequency'],
  ] as const)('%s orders the sentences as %s does, best first', (rankName, scoreName) => {
    const ranks = feature(SENTENCES, rankName);
    const scores = feature(SENTENCES, scoreName);
    expect(ranks.toSorted((a, b) => a - b)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    for (let i = 0; i < SENTENCES.length; i++) {
      for (let j = 0; j < SENTENCES.length; j++) {
        if ((scores[i] as number) > (scores[j] as number)) expect(ranks[i]).toBeLessThan(ranks[j] as number);
      }
    }
  });

  test('the sentence sharing no word with the rest ranks last by overlap', () => {
    expect(feature(SENTENCES, 'overlapRank')[3]).toBe(1);
  });

  test('a lone sentence ranks first', () => {
    expect(feature(['Only one sentence here.'], 'overlapRank')).toEqual([0]);
  });
});
