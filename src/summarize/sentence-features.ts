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
  'wordWeight',
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

/** A sentence as a sparse unit vector of tf-idf weights over the article's terms. */
export interface SentenceVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Everything the scorer needs about an article's sentences. */
export interface SentenceFeatures {
  /** Row-major, `FEATURE_NAMES.length` values per sentence. */
  values: Float64Array;
  vectors: SentenceVector[];
  /** Number of distinct terms, i.e. the length a dense vector over them needs. */
  vocabulary: number;
}

/** Position, centrality, length and style features of each sentence, in time linear in the text. */
export function sentenceFeatures(
  sentences: readonly string[],
  paragraphOf: readonly number[],
  lang: string,
  title = '',
): SentenceFeatures {
  const n = sentences.length;
  const ids = new Map<string, number>();
  const sentenceFrequency: number[] = [];
  const count: number[] = [];
  // Per sentence: its distinct terms and how often each occurs (no Map per sentence: this is the
  // hot loop of every summary).
  const terms: Array<{ ids: number[]; counts: number[]; length: number }> = [];
  const lastSentence: number[] = [];
  const slot: number[] = [];
  for (let s = 0; s < n; s++) {
    const sentenceTerms = { ids: [] as number[], counts: [] as number[], length: 0 };
    for (const word of contentWords(sentences[s] as string, lang)) {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
        sentenceFrequency.push(0);
        count.push(0);
        lastSentence.push(-1);
        slot.push(0);
      }
      count[id] = (count[id] as number) + 1;
      sentenceTerms.length++;
      if (lastSentence[id] !== s) {
        lastSentence[id] = s;
        slot[id] = sentenceTerms.ids.length;
        sentenceTerms.ids.push(id);
        sentenceTerms.counts.push(1);
        sentenceFrequency[id] = (sentenceFrequency[id] as number) + 1;
      } else {
        const at = slot[id] as number;
        sentenceTerms.counts[at] = (sentenceTerms.counts[at] as number) + 1;
      }
    }
    terms.push(sentenceTerms);
  }
  // idf inside the article: a word in every sentence says nothing about any one of them.
  const idf = sentenceFrequency.map((sf) => Math.log((n + 1) / sf));
  const vectors = terms.map((t) => unitVector(t.ids, t.counts, idf));
  const titleCounts = new Map<number, number>();
  for (const word of contentWords(title, lang)) {
    const id = ids.get(word);
    if (id !== undefined) titleCounts.set(id, (titleCounts.get(id) ?? 0) + 1);
  }
  const titleVector =
    titleCounts.size === 0
      ? undefined
      : denseOf(unitVector([...titleCounts.keys()], [...titleCounts.values()], idf), ids.size);

  // Sums of unit vectors make "sum of cosines to all earlier/later sentences" a single dot product
  // (PacSum's directed centrality without its O(n²) pairs).
  const others = Math.max(1, n - 1);
  const total = new Float64Array(ids.size);
  for (const v of vectors) addTo(total, v);
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
    const v = vectors[i] as SentenceVector;
    centrality[i] = (dot(v, total) - (v.ids.length > 0 ? 1 : 0)) / others;
    maxCentrality = Math.max(maxCentrality, centrality[i] as number);
    const t = terms[i] as { ids: number[]; counts: number[] };
    let shared = 0;
    let norm = 0;
    let weight = 0;
    for (let j = 0; j < t.ids.length; j++) {
      const id = t.ids[j] as number;
      const c = t.counts[j] as number;
      shared += c * ((count[id] as number) - c);
      norm += c * c;
      weight += Math.log(count[id] as number);
    }
    frequency[i] = norm > 0 && countNorm > 0 ? shared / Math.sqrt(norm) / countNorm : 0;
    wordWeight[i] = weight;
    maxWordWeight = Math.max(maxWordWeight, weight);
  }
  const before = new Float64Array(ids.size);
  const width = FEATURE_NAMES.length;
  const values = new Float64Array(n * width);
  // Rank among non-empty paragraphs, so empty paragraphs before the text do not push the lede down.
  let paragraphRank = -1;
  let lastParagraph = Number.NaN;
  let inParagraph = 0;
  for (let i = 0; i < n; i++) {
    const v = vectors[i] as SentenceVector;
    const text = sentences[i] as string;
    const all = (centrality[i] as number) * others;
    const backward = dot(v, before);
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
    values[row + F.wordWeight] = maxWordWeight > 0 ? (wordWeight[i] as number) / maxWordWeight : 0;
    values[row + F.title] = titleVector === undefined ? 0 : dot(v, titleVector);
    const length = (terms[i] as { length: number }).length;
    values[row + F.logLength] = Math.log1p(length);
    // ROUGE F1 peaks when a pick is as long as a typical summary sentence: let the fit find the peak.
    const words = Math.min(wordCount(text), MAX_WORDS) / MAX_WORDS;
    values[row + F.words] = words;
    values[row + F.wordsSquared] = words * words;
    values[row + F.short] = length < SHORT_WORDS ? 1 : 0;
    values[row + F.long] = length > LONG_WORDS ? 1 : 0;
    values[row + F.quote] = QUOTE.test(text) ? 1 : 0;
    values[row + F.quoteStart] = QUOTE_START.test(text) ? 1 : 0;
    values[row + F.number] = hasDigit(text) ? 1 : 0;
    values[row + F.question] = QUESTION.test(text) ? 1 : 0;
    addTo(before, v);
  }
  return { values, vectors, vocabulary: ids.size };
}

function unitVector(termIds: readonly number[], counts: readonly number[], idf: readonly number[]): SentenceVector {
  const ids = Int32Array.from(termIds);
  const weights = new Float64Array(termIds.length);
  let norm = 0;
  for (let j = 0; j < termIds.length; j++) {
    const w = (counts[j] as number) * (idf[termIds[j] as number] ?? 0);
    weights[j] = w;
    norm += w * w;
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) * scale;
    return { ids, weights };
  }
  return { ids: new Int32Array(0), weights: new Float64Array(0) };
}

function denseOf(v: SentenceVector, size: number): Float64Array {
  const dense = new Float64Array(size);
  addTo(dense, v);
  return dense;
}

/** Adds a sparse vector into a dense one. */
export function addTo(dense: Float64Array, v: SentenceVector): void {
  for (let j = 0; j < v.ids.length; j++) {
    const id = v.ids[j] as number;
    dense[id] = (dense[id] as number) + (v.weights[j] as number);
  }
}

/** Dot product of a sparse sentence vector with a dense vector over the same terms. */
export function dot(v: SentenceVector, dense: Float64Array): number {
  let sum = 0;
  for (let j = 0; j < v.ids.length; j++) sum += (v.weights[j] as number) * (dense[v.ids[j] as number] as number);
  return sum;
}
