import { DEFAULT_LENGTH, LENGTH_SENTENCES } from '../article/length';
import { articleSentences } from './article-sentences';
import { selectSentences } from './select-sentences';
import { FEATURE_NAMES, sentenceFeatures } from './sentence-features';
import type { Summary, SummaryInput, SummaryOptions, SummarySentence } from './types';
import { REDUNDANCY, WEIGHTS } from './weights';

/** Sentences asked for when the options give no usable number: the default length's. */
export const DEFAULT_SENTENCES = LENGTH_SENTENCES[DEFAULT_LENGTH];
const WEIGHT_VECTOR = Float64Array.from(FEATURE_NAMES, (name) => WEIGHTS[name]);

/** The article's most summary-worthy sentences, in document order; pure and deterministic. */
export function summarize(input: SummaryInput, options: SummaryOptions): Summary {
  const { texts, paragraphOf, lang, title } = articleSentences(input);
  const n = texts.length;
  const k = sentenceBudget(options?.sentences, n);
  if (k === 0) return { sentences: [], totalSentences: n };

  const features = sentenceFeatures(texts, paragraphOf, lang, title);
  const width = FEATURE_NAMES.length;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (let f = 0; f < width; f++) score += (features.values[i * width + f] as number) * (WEIGHT_VECTOR[f] as number);
    scores[i] = score;
  }
  const chosen = selectSentences(scores, features, texts, k, REDUNDANCY);
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
