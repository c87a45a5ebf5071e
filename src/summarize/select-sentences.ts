import { addTo, dot, type SentenceFeatures } from './sentence-features';

// Cosine above which two sentences say the same thing: never both in one summary.
const DUPLICATE_SIMILARITY = 0.7;
// Sentences of one story share some words; only overlap beyond that is repetition.
const OVERLAP_FREE = 0.2;
// A back-pointing sentence and its antecedent, picked together, are worth this share of their sum.
const PAIR_SHARE = 0.5;

// Greedy maximal marginal relevance: each pick pays for its similarity to the closest earlier pick.
// Each pick is one pass over the text, so k picks stay linear in the article's length. A sentence that
// opens with "He", "But" or "These" waits until the sentence before it is picked: a summary never
// shows a reader a pronoun or a connective whose antecedent it left out, and never opens with one.
/** Picks k sentences by score, paying for similarity to earlier picks; returns indices in order. */
export function selectSentences(
  scores: Float64Array,
  { vectors, vocabulary, backPointing }: Pick<SentenceFeatures, 'vectors' | 'vocabulary' | 'backPointing'>,
  texts: readonly string[],
  k: number,
  redundancy: number,
): number[] {
  const n = scores.length;
  const closest = new Float64Array(n);
  const taken = new Uint8Array(n);
  const inSummary = new Uint8Array(n);
  const seenTexts = new Set<string>();
  const picked: number[] = [];
  const pickedDense = new Float64Array(vocabulary);
  const valueOf = (i: number): number =>
    taken[i] === 1 || (closest[i] as number) >= DUPLICATE_SIMILARITY
      ? -Infinity
      : (scores[i] as number) - redundancy * Math.max(0, (closest[i] as number) - OVERLAP_FREE);
  const isFree = (i: number): boolean => backPointing[i] !== 1 || inSummary[i - 1] === 1;
  const take = (i: number): void => {
    taken[i] = 1;
    const key = (texts[i] as string).toLowerCase();
    if (seenTexts.has(key)) return;
    seenTexts.add(key);
    picked.push(i);
    inSummary[i] = 1;
    pickedDense.fill(0);
    addTo(pickedDense, vectors, i);
    for (let j = 0; j < n; j++) {
      if (taken[j] === 1) continue;
      const similarity = dot(vectors, j, pickedDense);
      if (similarity > (closest[j] as number)) closest[j] = similarity;
    }
  };
  while (picked.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    let withAntecedent = false;
    const hasRoomForTwo = picked.length + 2 <= k;
    for (let i = 0; i < n; i++) {
      let value = valueOf(i);
      if (value === -Infinity) continue;
      let isPair = false;
      if (!isFree(i)) {
        // The pair (antecedent, sentence), worth the mean of the two, when both fit.
        if (!hasRoomForTwo || !isFree(i - 1)) continue;
        const antecedent = valueOf(i - 1);
        if (antecedent === -Infinity) continue;
        value = PAIR_SHARE * (value + antecedent);
        isPair = true;
      }
      if (value > bestValue) {
        best = i;
        bestValue = value;
        withAntecedent = isPair;
      }
    }
    if (best < 0) break;
    if (withAntecedent) {
      take(best - 1);
      // A repeat of an earlier pick is taken but not shown: it cannot stand as the antecedent.
      if (inSummary[best - 1] !== 1) continue;
    }
    take(best);
  }
  return picked.sort((a, b) => a - b);
}
