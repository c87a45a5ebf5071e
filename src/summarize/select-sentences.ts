import { addTo, dot, type SentenceFeatures } from './sentence-features';

// Cosine above which two sentences say the same thing: never both in one summary.
const DUPLICATE_SIMILARITY = 0.7;
// Sentences of one story share some words; only overlap beyond that is repetition.
const OVERLAP_FREE = 0.2;

// Greedy maximal marginal relevance: each pick pays for its similarity to the closest earlier pick.
// Each pick is one pass over the text, so k picks stay linear in the article's length.
/** Picks k sentences by score, paying for similarity to earlier picks; returns indices in order. */
export function selectSentences(
  scores: Float64Array,
  { vectors, vocabulary }: Pick<SentenceFeatures, 'vectors' | 'vocabulary'>,
  texts: readonly string[],
  k: number,
  redundancy: number,
): number[] {
  const n = scores.length;
  const closest = new Float64Array(n);
  const taken = new Uint8Array(n);
  const seenTexts = new Set<string>();
  const picked: number[] = [];
  const pickedDense = new Float64Array(vocabulary);
  while (picked.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1 || (closest[i] as number) >= DUPLICATE_SIMILARITY) continue;
      const value = (scores[i] as number) - redundancy * Math.max(0, (closest[i] as number) - OVERLAP_FREE);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    const key = (texts[best] as string).toLowerCase();
    if (seenTexts.has(key)) continue;
    seenTexts.add(key);
    picked.push(best);
    pickedDense.fill(0);
    addTo(pickedDense, vectors, best);
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const similarity = dot(vectors, i, pickedDense);
      if (similarity > (closest[i] as number)) closest[i] = similarity;
    }
  }
  return picked.sort((a, b) => a - b);
}
