import { guessLanguage } from './guess-language';
import { addTo, dot, FEATURE_NAMES, sentenceFeatures, type SentenceVector } from './sentence-features';
import { splitSentences } from './split-sentences';
import type { Summary, SummaryInput, SummaryOptions, SummarySentence } from './types';
import { REDUNDANCY, WEIGHTS } from './weights';

/** Sentences asked for when the options give no usable number. */
export const DEFAULT_SENTENCES = 3;
// Cosine above which two sentences say the same thing: never both in one summary.
const DUPLICATE_SIMILARITY = 0.7;
const LANGUAGE_SAMPLE_CHARS = 3000;
const WEIGHT_VECTOR = Float64Array.from(FEATURE_NAMES, (name) => WEIGHTS[name]);

/** The article's most summary-worthy sentences, in document order; pure and deterministic. */
export function summarize(input: SummaryInput, options: SummaryOptions): Summary {
  const paragraphs = Array.isArray(input?.paragraphs) ? input.paragraphs : [];
  const title = typeof input?.title === 'string' ? input.title : '';
  const lang = guessLanguage(languageSample(paragraphs, title), input?.lang);
  const texts: string[] = [];
  const paragraphOf: number[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (typeof paragraph !== 'string') return;
    for (const sentence of splitSentences(paragraph, lang)) {
      texts.push(sentence);
      paragraphOf.push(p);
    }
  });
  const n = texts.length;
  const k = sentenceBudget(options?.sentences, n);
  if (k === 0) return { sentences: [], totalSentences: n };

  const features = sentenceFeatures(texts, lang, title);
  const width = FEATURE_NAMES.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (let f = 0; f < width; f++) score += (features.values[i * width + f] as number) * (WEIGHT_VECTOR[f] as number);
    scores[i] = score;
  }
  const chosen = selectSentences(scores, features.vectors, features.vocabulary, texts, k);
  const sentences: SummarySentence[] = chosen.map((index) => ({
    index,
    paragraph: paragraphOf[index] as number,
    text: texts[index] as string,
  }));
  return { sentences, totalSentences: n };
}

/** How many sentences to return: as asked, but never more than half of the article (rounded up). */
export function sentenceBudget(asked: unknown, total: number): number {
  const wanted = typeof asked === 'number' && Number.isFinite(asked) ? Math.floor(asked) : DEFAULT_SENTENCES;
  if (wanted <= 0 || total === 0) return 0;
  return Math.min(wanted, Math.max(1, Math.ceil(total / 2)));
}

// Greedy maximal marginal relevance: each pick pays for its similarity to the closest earlier pick.
// Each pick is one pass over the text, so k picks stay linear in the article's length.
function selectSentences(
  scores: Float64Array,
  vectors: readonly SentenceVector[],
  vocabulary: number,
  texts: readonly string[],
  k: number,
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
      const value = (scores[i] as number) - REDUNDANCY * (closest[i] as number);
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
    const vector = vectors[best] as SentenceVector;
    pickedDense.fill(0);
    addTo(pickedDense, vector);
    for (let i = 0; i < n; i++) {
      if (taken[i] === 1) continue;
      const similarity = dot(vectors[i] as SentenceVector, pickedDense);
      if (similarity > (closest[i] as number)) closest[i] = similarity;
    }
  }
  return picked.sort((a, b) => a - b);
}

// Enough text to guess the language from, without joining a whole long article.
function languageSample(paragraphs: readonly unknown[], title: string): string {
  let sample = title;
  for (const paragraph of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    if (typeof paragraph === 'string') sample += `\n${paragraph.slice(0, LANGUAGE_SAMPLE_CHARS)}`;
  }
  return sample;
}
