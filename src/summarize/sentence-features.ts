import { isBackPointing } from './back-pointing';
import { contentWords } from './content-words';

/** Names of the per-sentence features, in the order `sentenceFeatures` writes them. */
export const FEATURE_NAMES = [
  'firstParagraph',
  'secondParagraph',
  'thirdParagraph',
  'logParagraph',
  'firstInParagraph',
  'logInParagraph',
  'relativePosition',
  'forward',
  'backward',
  'relativeCentrality',
  'frequency',
  'frequencyRank',
  'wordWeight',
  'overlap',
  'earlyOverlap',
  'overlapRank',
  'earlyOverlapRank',
  'title',
  'logLength',
  'words',
  'wordsSquared',
  'short',
  'long',
  'quote',
  'quoteStart',
  'number',
  'question',
] as const;

const F = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, i])) as Record<
  (typeof FEATURE_NAMES)[number],
  number
>;

// No `u` flag where every character is in the BMP: the Unicode-mode matcher is slower.
const QUOTE = /["“”«»„]|(?:^|\s)['‘’]|['‘’](?:\s|$)/;
const QUOTE_START = /^["“«„'‘]/;
const DIGIT = /\p{N}/u;
const QUESTION = /[?!？！]["”’»]*$/;
const SHORT_WORDS = 5;
const LONG_WORDS = 35;
const MAX_WORDS = 80;

// Words as spaces separate them; for unspaced scripts a character count stands in.
function wordCount(text: string): number {
  let spaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000;
    if (!isSpace && !inWord) spaced++;
    inWord = !isSpace;
  }
  return spaced * 4 < text.length / 8 ? Math.round(text.length / 2) : spaced;
}

// DIGIT.test, without the Unicode regex for ASCII text.
function hasDigit(text: string): boolean {
  let isAscii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 0x80) isAscii = false;
  }
  return !isAscii && DIGIT.test(text);
}

/**
 * Every sentence as a sparse unit vector of tf-idf weights over the article's terms, in flat arrays:
 * sentence i's terms are `ids[start[i]]` … `ids[start[i + 1] - 1]`, weighed by `weights` at the same
 * places (one allocation per article, not two per sentence).
 */
export interface SentenceVectors {
  ids: Int32Array;
  weights: Float64Array;
  start: Int32Array;
}

/** Everything the scorer needs about an article's sentences. */
export interface SentenceFeatures {
  /** Row-major, `FEATURE_NAMES.length` values per sentence. */
  values: Float64Array;
  vectors: SentenceVectors;
  /** Number of distinct terms, i.e. the length a dense vector over them needs. */
  vocabulary: number;
  /** 1 where a sentence opens with a word that points back to the sentence before it (never the first). */
  backPointing: Uint8Array;
}

/** Position, centrality, length and style features of each sentence: linear in the text, but for three sorts of its sentences. */
export function sentenceFeatures(
  sentences: readonly string[],
  paragraphOf: readonly number[],
  lang: string,
  title = '',
): SentenceFeatures {
  const n = sentences.length;
  const sentenceFrequency: number[] = [];
  const count: number[] = [];
  // Per sentence: its distinct terms and how often each occurs, in flat arrays (no Map or array per
  // sentence: this is the hot loop of every summary).
  const termIds: number[] = [];
  const termCounts: number[] = [];
  const start = new Int32Array(n + 1);
  const lengths = new Int32Array(n);
  const lastSentence: number[] = [];
  const slot: number[] = [];
  // Every word, stop words included, as ROUGE and readers count them: each sentence's distinct ones.
  const wordIdOf = new Map<string, number>();
  const wordLast: number[] = [];
  const wordIds: number[] = [];
  const wordStart = new Int32Array(n + 1);
  const allWords: string[] = [];
  // Content words are a subsequence of all words: one Map lookup per word finds both ids.
  const termOf: number[] = [];
  let terms = 0;
  for (let s = 0; s < n; s++) {
    start[s] = termIds.length;
    allWords.length = 0;
    const words = contentWords(sentences[s] as string, lang, allWords);
    lengths[s] = words.length;
    wordStart[s] = wordIds.length;
    let next = 0;
    for (const word of allWords) {
      let wordId = wordIdOf.get(word);
      if (wordId === undefined) {
        wordId = wordIdOf.size;
        wordIdOf.set(word, wordId);
        wordLast.push(-1);
        termOf.push(-1);
      }
      if (wordLast[wordId] !== s) {
        wordLast[wordId] = s;
        wordIds.push(wordId);
      }
      if (next === words.length || words[next] !== word) continue;
      next++;
      let id = termOf[wordId] as number;
      if (id < 0) {
        id = terms++;
        termOf[wordId] = id;
        sentenceFrequency.push(0);
        count.push(0);
        lastSentence.push(-1);
        slot.push(0);
      }
      count[id] = (count[id] as number) + 1;
      if (lastSentence[id] !== s) {
        lastSentence[id] = s;
        slot[id] = termIds.length;
        termIds.push(id);
        termCounts.push(1);
        sentenceFrequency[id] = (sentenceFrequency[id] as number) + 1;
      } else {
        const at = slot[id] as number;
        termCounts[at] = (termCounts[at] as number) + 1;
      }
    }
  }
  start[n] = termIds.length;
  wordStart[n] = wordIds.length;
  const { overlap, earlyOverlap } = wordOverlap(wordIds, wordStart, wordIdOf.size);
  const overlapRank = relativeRank(overlap);
  const earlyOverlapRank = relativeRank(earlyOverlap);
  // idf inside the article: a word in every sentence says nothing about any one of them.
  const idf = new Float64Array(terms);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log((n + 1) / (sentenceFrequency[id] as number));
  const vectors: SentenceVectors = { ids: Int32Array.from(termIds), weights: new Float64Array(termIds.length), start };
  for (let i = 0; i < n; i++) normalize(vectors, start[i] as number, start[i + 1] as number, termCounts, idf);
  let titleVector: Float64Array | undefined;
  const titleCounts = new Map<number, number>();
  for (const word of contentWords(title, lang)) {
    const wordId = wordIdOf.get(word);
    const id = wordId === undefined ? -1 : (termOf[wordId] as number);
    if (id >= 0) titleCounts.set(id, (titleCounts.get(id) ?? 0) + 1);
  }
  if (titleCounts.size > 0) {
    const title: SentenceVectors = {
      ids: Int32Array.from(titleCounts.keys()),
      weights: new Float64Array(titleCounts.size),
      start: Int32Array.of(0, titleCounts.size),
    };
    normalize(title, 0, titleCounts.size, [...titleCounts.values()], idf);
    titleVector = new Float64Array(terms);
    addTo(titleVector, title, 0);
  }

  // Sums of unit vectors make "sum of cosines to all earlier/later sentences" a single dot product
  // (PacSum's directed centrality without its O(n²) pairs).
  const others = Math.max(1, n - 1);
  const total = new Float64Array(terms);
  for (let i = 0; i < n; i++) addTo(total, vectors, i);
  let countNorm = 0;
  for (const c of count) countNorm += c * c;
  countNorm = Math.sqrt(countNorm);
  // Raw-count similarity and word weight favour sentences full of the article's most repeated words;
  // they are divided by the article's best so that long and short articles weigh the same.
  const frequency = new Float64Array(n);
  const wordWeight = new Float64Array(n);
  const centrality = new Float64Array(n);
  let maxWordWeight = 0;
  let maxCentrality = 0;
  for (let i = 0; i < n; i++) {
    const from = start[i] as number;
    const to = start[i + 1] as number;
    centrality[i] = (dot(vectors, i, total) - (to > from ? 1 : 0)) / others;
    maxCentrality = Math.max(maxCentrality, centrality[i] as number);
    let shared = 0;
    let norm = 0;
    let weight = 0;
    for (let j = from; j < to; j++) {
      const id = termIds[j] as number;
      const c = termCounts[j] as number;
      shared += c * ((count[id] as number) - c);
      norm += c * c;
      weight += Math.log(count[id] as number);
    }
    frequency[i] = norm > 0 && countNorm > 0 ? shared / Math.sqrt(norm) / countNorm : 0;
    wordWeight[i] = weight;
    maxWordWeight = Math.max(maxWordWeight, weight);
  }
  const frequencyRank = relativeRank(frequency);
  const before = new Float64Array(terms);
  const width = FEATURE_NAMES.length;
  const values = new Float64Array(n * width);
  const backPointing = new Uint8Array(n);
  // Rank among non-empty paragraphs, so empty paragraphs before the text do not push the lede down.
  let paragraphRank = -1;
  let lastParagraph = Number.NaN;
  let inParagraph = 0;
  for (let i = 0; i < n; i++) {
    const text = sentences[i] as string;
    const all = (centrality[i] as number) * others;
    const backward = dot(vectors, i, before);
    const row = i * width;
    // The lede is a paragraph, not a sentence: count position in paragraphs (a text without breaks has
    // no lede to favour), and in sentences only within the paragraph.
    const paragraph = paragraphOf[i] ?? 0;
    if (paragraph !== lastParagraph) {
      paragraphRank++;
      lastParagraph = paragraph;
      inParagraph = 0;
    } else {
      inParagraph++;
    }
    values[row + F.firstParagraph] = paragraphRank === 0 ? 1 : 0;
    values[row + F.secondParagraph] = paragraphRank === 1 ? 1 : 0;
    values[row + F.thirdParagraph] = paragraphRank === 2 ? 1 : 0;
    values[row + F.logParagraph] = Math.log1p(paragraphRank);
    values[row + F.firstInParagraph] = inParagraph === 0 ? 1 : 0;
    values[row + F.logInParagraph] = Math.log1p(inParagraph);
    values[row + F.relativePosition] = n > 1 ? i / (n - 1) : 0;
    values[row + F.forward] = (all - backward) / others;
    values[row + F.backward] = backward / others;
    values[row + F.relativeCentrality] = maxCentrality > 0 ? (centrality[i] as number) / maxCentrality : 0;
    values[row + F.frequency] = frequency[i] as number;
    values[row + F.frequencyRank] = frequencyRank[i] as number;
    values[row + F.wordWeight] = maxWordWeight > 0 ? (wordWeight[i] as number) / maxWordWeight : 0;
    values[row + F.overlap] = overlap[i] as number;
    values[row + F.earlyOverlap] = earlyOverlap[i] as number;
    values[row + F.overlapRank] = overlapRank[i] as number;
    values[row + F.earlyOverlapRank] = earlyOverlapRank[i] as number;
    values[row + F.title] = titleVector === undefined ? 0 : dot(vectors, i, titleVector);
    const length = lengths[i] as number;
    // Past MAX_WORDS a sentence is a run-on (a lost full stop, a caption run in): no longer a gain in
    // its log length, and a growing cost in the square of its words.
    values[row + F.logLength] = Math.log1p(Math.min(length, MAX_WORDS));
    // ROUGE F1 peaks when a pick is as long as a typical summary sentence: let the fit find the peak.
    const words = Math.min(wordCount(text), 2 * MAX_WORDS) / MAX_WORDS;
    values[row + F.words] = words;
    values[row + F.wordsSquared] = words * words;
    values[row + F.short] = length < SHORT_WORDS ? 1 : 0;
    values[row + F.long] = length > LONG_WORDS ? 1 : 0;
    values[row + F.quote] = QUOTE.test(text) ? 1 : 0;
    values[row + F.quoteStart] = QUOTE_START.test(text) ? 1 : 0;
    values[row + F.number] = hasDigit(text) ? 1 : 0;
    values[row + F.question] = QUESTION.test(text) ? 1 : 0;
    addTo(before, vectors, i);
    if (i > 0 && isBackPointing(text, lang)) backPointing[i] = 1;
  }
  return { values, vectors, vocabulary: terms, backPointing };
}

/**
 * How much of its wording each sentence shares with the others: the cosine of the two sets of words
 * (stop words included, as ROUGE counts them), averaged over every other sentence, and averaged again
 * with sentence j weighed 1/√(j + 1), as a reader who reads from the top. A summary sentence is the one
 * that would best summarise the other sentences. Sentence i's distinct word ids are
 * `ids[start[i]]` … `ids[start[i + 1] - 1]`; sums over words make it linear, not O(n²) pairs.
 */
function wordOverlap(
  ids: readonly number[],
  start: Int32Array,
  vocabulary: number,
): { overlap: Float64Array; earlyOverlap: Float64Array } {
  const n = start.length - 1;
  const plain = new Float64Array(vocabulary);
  const early = new Float64Array(vocabulary);
  let earlyTotal = 0;
  for (let j = 0; j < n; j++) {
    const from = start[j] as number;
    const to = start[j + 1] as number;
    const reader = 1 / Math.sqrt(j + 1);
    earlyTotal += reader;
    if (to === from) continue;
    const norm = 1 / Math.sqrt(to - from);
    for (let k = from; k < to; k++) {
      const id = ids[k] as number;
      plain[id] = (plain[id] as number) + norm;
      early[id] = (early[id] as number) + reader * norm;
    }
  }
  const overlap = new Float64Array(n);
  const earlyOverlap = new Float64Array(n);
  if (n < 2) return { overlap, earlyOverlap };
  for (let i = 0; i < n; i++) {
    const from = start[i] as number;
    const to = start[i + 1] as number;
    if (to === from) continue;
    let toPlain = 0;
    let toEarly = 0;
    for (let k = from; k < to; k++) {
      toPlain += plain[ids[k] as number] as number;
      toEarly += early[ids[k] as number] as number;
    }
    // Each sum holds the sentence's cosine with itself, 1 (weighed as the sentence is): take it out
    // (no lower than 0, where rounding leaves a trace of it).
    const norm = 1 / Math.sqrt(to - from);
    const reader = 1 / Math.sqrt(i + 1);
    overlap[i] = Math.max(0, toPlain * norm - 1) / (n - 1);
    earlyOverlap[i] = Math.max(0, toEarly * norm - reader) / (earlyTotal - reader);
  }
  return { overlap, earlyOverlap };
}

/**
 * Where each sentence stands among the article's sentences by a score: 0 for the highest, 1 for the
 * lowest, ties in document order. A linear score weighs a value the same in every article; the rank
 * says which sentences are this article's best, however long or repetitive the article is.
 */
export function relativeRank(values: Float64Array): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  if (n < 2) return ranks;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  for (let r = 0; r < n; r++) ranks[order[r] as number] = r / (n - 1);
  return ranks;
}

// Weighs terms [from, to) of the vectors by count × idf (counts at the same places), scaled to unit length.
function normalize(
  vectors: SentenceVectors,
  from: number,
  to: number,
  counts: ArrayLike<number>,
  idf: Float64Array,
): void {
  const { ids, weights } = vectors;
  let norm = 0;
  for (let j = from; j < to; j++) {
    const w = (counts[j] as number) * (idf[ids[j] as number] ?? 0);
    weights[j] = w;
    norm += w * w;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let j = from; j < to; j++) weights[j] = (weights[j] as number) * scale;
  } else {
    for (let j = from; j < to; j++) weights[j] = 0;
  }
}

/** Adds sentence i's sparse vector into a dense one. */
export function addTo(dense: Float64Array, vectors: SentenceVectors, i: number): void {
  const { ids, weights, start } = vectors;
  const to = start[i + 1] as number;
  for (let j = start[i] as number; j < to; j++) {
    const id = ids[j] as number;
    dense[id] = (dense[id] as number) + (weights[j] as number);
  }
}

/** Dot product of sentence i's sparse vector with a dense vector over the same terms. */
export function dot(vectors: SentenceVectors, i: number, dense: Float64Array): number {
  const { ids, weights, start } = vectors;
  const to = start[i + 1] as number;
  let sum = 0;
  for (let j = start[i] as number; j < to; j++) sum += (weights[j] as number) * (dense[ids[j] as number] as number);
  return sum;
}
