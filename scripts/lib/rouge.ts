// ROUGE as Google's rouge-score computes it (the figures papers report): lower-case, tokens [a-z0-9]+,
// Porter-stem tokens longer than 3 characters, F1 on n-gram counts, Lsum as union-LCS over sentences.
import { stemmer } from 'stemmer';

/** Precision, recall and F1 of one comparison. */
export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of one candidate against one reference. */
export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeLsum: RougeScore;
}

const stems = new Map<string, string>();

/** The tokens rouge-score compares: lower-cased [a-z0-9]+ runs, stemmed when longer than 3. */
export function rougeTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    const token = match[0];
    if (token.length <= 3) {
      out.push(token);
      continue;
    }
    let stem = stems.get(token);
    if (stem === undefined) {
      stem = stemmer(token);
      stems.set(token, stem);
    }
    out.push(stem);
  }
  return out;
}

/** Scores a candidate against a reference; both are sentences joined by "\n". */
export function rouge(candidate: string, reference: string): RougeScores {
  const candidateSentences = splitLines(candidate).map(rougeTokens);
  const referenceSentences = splitLines(reference).map(rougeTokens);
  const c = candidateSentences.flat();
  const r = referenceSentences.flat();
  return {
    rouge1: ngramScore(c, r, 1),
    rouge2: ngramScore(c, r, 2),
    rougeLsum: summaryLevelLcs(candidateSentences, referenceSentences),
  };
}

function splitLines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

function score(hits: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount > 0 ? hits / candidateCount : 0;
  const recall = referenceCount > 0 ? hits / referenceCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = n === 1 ? (tokens[i] as string) : tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N on clipped n-gram counts. */
export function ngramScore(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

// rouge-score's _summary_level_lcs: for each reference sentence, the union of its LCS with every
// candidate sentence; a token counts at most as often as it occurs on either side.
function summaryLevelLcs(candidate: readonly string[][], reference: readonly string[][]): RougeScore {
  const m = reference.reduce((sum, s) => sum + s.length, 0);
  const n = candidate.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f1: 0 };
  const left = { c: countTokens(candidate), r: countTokens(reference) };
  let hits = 0;
  for (const ref of reference) {
    const union = new Set<number>();
    for (const can of candidate) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i] as string;
      const inC = left.c.get(token) ?? 0;
      const inR = left.r.get(token) ?? 0;
      if (inC > 0 && inR > 0) {
        hits++;
        left.c.set(token, inC - 1);
        left.r.set(token, inR - 1);
      }
    }
  }
  return score(hits, n, m);
}

function countTokens(sentences: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Indices in `ref` of one longest common subsequence with `can`, backtracked as rouge-score does. */
export function lcsIndices(ref: readonly string[], can: readonly string[]): number[] {
  const rows = ref.length;
  const cols = can.length;
  const width = cols + 1;
  const table = new Uint32Array((rows + 1) * width);
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i * width + j] =
        ref[i - 1] === can[j - 1]
          ? (table[(i - 1) * width + j - 1] as number) + 1
          : Math.max(table[(i - 1) * width + j] as number, table[i * width + j - 1] as number);
    }
  }
  const out: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if ((table[i * width + j - 1] as number) > (table[(i - 1) * width + j] as number)) {
      j--;
    } else {
      i--;
    }
  }
  return out.reverse();
}
