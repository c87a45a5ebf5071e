import { describe, expect, test } from 'vitest';
import { evaluate, loadDataset, summaryDataDir } from '../../scripts/eval-summarize';

// Precis's ROUGE-1 F1 ×100 on the first articles of each corpus, from `npx tsx scripts/eval-summarize.ts
// --limit N` at the time of the last fit. A change that drops any of them by 0.5 fails; a change that
// raises them should raise these figures too.
const RECORDED = [
  { name: 'cnndm', articles: 300, sentences: 3, rouge1: 30.91 },
  { name: 'xsum', articles: 200, sentences: 1, rouge1: 19.48 },
  { name: 'bbc', articles: 200, sentences: 3, rouge1: 57.28 },
] as const;
const TOLERANCE = 0.5;

const dataDir = summaryDataDir([]);
const hasData = RECORDED.every(({ name }) => loadDataset(dataDir, name, 1) !== undefined);
if (!hasData) console.warn(`Skipping the summary quality floor: no corpora in ${dataDir} (set PRECIS_SHARED).`);

describe.skipIf(!hasData)('summary quality floor (ROUGE-1 on a fixed slice)', () => {
  test.each(RECORDED)(
    '$name, first $articles articles',
    ({ name, articles, sentences, rouge1 }) => {
      const precis = evaluate(loadDataset(dataDir, name, articles) ?? [], sentences).find((r) => r.system === 'Precis');
      expect(precis?.rouge1).toBeGreaterThan(rouge1 - TOLERANCE);
      // The outcome is the score; on a busy machine 300 articles take more than vitest's default 5 s.
    },
    120_000,
  );
});
