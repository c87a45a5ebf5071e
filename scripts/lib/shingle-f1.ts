/**
 * A port of the Zyte article-extraction-benchmark scorer
 * (https://github.com/scrapinghub/article-extraction-benchmark, evaluate.py): 4-token shingles,
 * per-page TP/FP/FN normalised so long pages do not outweigh short ones.
 */

/** Python's `\w+` in Unicode mode: letters and numbers of any script, and underscore (not marks). */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_N = 4;

/** Per-page shares of true positives, false positives and false negatives (they sum to 1, or all 0). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Corpus figures: precision and recall are means over pages, F1 their harmonic mean. */
export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose own F1 is at least ACCURACY_F1. */
  accuracy: number;
  pages: number;
}

/** A page counts as "accurate" when its own shingle F1 reaches this. */
export const ACCURACY_F1 = 0.9;

/** Split text into `\w+` tokens, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // Like the Python original: a text under 4 tokens is one short shingle (an empty text, one empty shingle).
  const last = Math.max(1, tokens.length - SHINGLE_N + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE_N).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Score one page: shingle multiset overlap, normalised by TP+FP+FN. */
export function shingleCounts(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Precision of one page (0 when nothing was predicted). */
export function pagePrecision(c: PageCounts): number {
  return ratio(c.tp, c.tp + c.fp);
}

/** Recall of one page (0 when there was nothing to find). */
export function pageRecall(c: PageCounts): number {
  return ratio(c.tp, c.tp + c.fn);
}

/** F1 of one page. */
export function pageF1(c: PageCounts): number {
  const p = pagePrecision(c);
  const r = pageRecall(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Corpus score from per-page counts. */
export function corpusScore(pages: readonly PageCounts[]): CorpusScore {
  const n = pages.length;
  const mean = (f: (c: PageCounts) => number) => (n ? pages.reduce((s, c) => s + f(c), 0) / n : 0);
  const precision = mean(pagePrecision);
  const recall = mean(pageRecall);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean((c) => (pageF1(c) >= ACCURACY_F1 ? 1 : 0));
  return { f1, precision, recall, accuracy, pages: n };
}
