import { describe, expect, test } from 'vitest';
import { DATASETS, lead, loadDataset, summaryDataDir, toInput } from '../../../scripts/eval-summarize';
import { lcsIndices, rouge, rougeTokens } from '../../../scripts/lib/rouge';

describe('rouge', () => {
  test('tokens are lower-case [a-z0-9]+, Porter-stemmed above 3 characters', () => {
    expect(rougeTokens('The Cats were RUNNING, e.g. 3.5 km!')).toEqual([
      'the',
      'cat',
      'were',
      'run',
      'e',
      'g',
      '3',
      '5',
      'km',
    ]);
  });

  test('identical texts score 1, disjoint ones 0', () => {
    const same = rouge('the cat sat', 'the cat sat');
    expect([same.rouge1.f1, same.rouge2.f1, same.rougeLsum.f1]).toEqual([1, 1, 1]);
    const none = rouge('dogs bark', 'the cat sat');
    expect([none.rouge1.f1, none.rouge2.f1, none.rougeLsum.f1]).toEqual([0, 0, 0]);
  });

  test('hand-checked counts', () => {
    // candidate: the cat sat on the mat (6), reference: the cat lay on the mat (6).
    // unigram hits: the×2, cat, on, mat = 5 → P = R = 5/6; bigrams hits: "the cat", "on the", "the mat" = 3 of 5.
    const s = rouge('the cat sat on the mat', 'the cat lay on the mat');
    expect(s.rouge1.f1).toBeCloseTo(5 / 6);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5);
    expect(s.rougeLsum.f1).toBeCloseTo(5 / 6);
  });

  test('Lsum takes the union of LCS over candidate sentences', () => {
    // Reference "a b c d": "a b" from one candidate line and "c d" from the other → all 4 hit.
    const s = rouge('a b x\nc d y', 'a b c d');
    expect(s.rougeLsum.recall).toBe(1);
    expect(s.rougeLsum.precision).toBeCloseTo(4 / 6);
    // Without the line break it is the same tokens in one sentence: LCS "a b c d" too.
    expect(lcsIndices(['a', 'b', 'c', 'd'], ['a', 'b', 'x'])).toEqual([0, 1]);
  });

  test('empty candidate scores 0 without throwing', () => {
    expect(rouge('', 'the cat').rouge1.f1).toBe(0);
  });
});

// Published Lead figures (rouge-score, F1 ×100); ours must be within 0.3.
const PUBLISHED_LEAD: Record<string, [number, number, number]> = {
  cnndm: [40.07, 17.39, 36.37],
  xsum: [16.26, 1.59, 11.92],
  bbc: [44.14, 35.75, 43.06],
};
const dataDir = summaryDataDir([]);
const hasData = DATASETS.every(({ name }) => loadDataset(dataDir, name, 1) !== undefined);
if (!hasData) console.warn(`Skipping the Lead ROUGE check: no corpora in ${dataDir} (set PRECIS_SHARED).`);

describe.skipIf(!hasData)('rouge reproduces the published Lead scores on the full corpora', () => {
  test.each(DATASETS.map((d) => [d.name, d.sentences] as const))(
    '%s',
    (name, sentences) => {
      const articles = loadDataset(dataDir, name) ?? [];
      let [r1, r2, rl] = [0, 0, 0];
      for (const article of articles) {
        const s = rouge(
          lead(toInput(article), sentences)
            .map((p) => p.text)
            .join('\n'),
          article.summary,
        );
        r1 += s.rouge1.f1;
        r2 += s.rouge2.f1;
        rl += s.rougeLsum.f1;
      }
      const ours = [r1, r2, rl].map((x) => (100 * x) / articles.length);
      const published = PUBLISHED_LEAD[name] as [number, number, number];
      ours.forEach((x, i) => expect(Math.abs(x - (published[i] as number))).toBeLessThan(0.3));
    },
    60_000,
  );
});
