import { DEFAULT_LENGTH, isSummaryLength, mostSentences, sentencesFor } from '../article/length';
import { articleSentences } from './article-sentences';
import { selectSentences } from './select-sentences';
import { isCaption } from './split-sentences';
import { FEATURE_NAMES, sentenceFeatures } from './sentence-features';
import type { Summary, SummaryInput, SummaryOptions, SummarySentence } from './types';
import { REDUNDANCY, WEIGHTS } from './weights';

const WEIGHT_VECTOR = Float64Array.from(FEATURE_NAMES, (name) => WEIGHTS[name]);

/** The article's most summary-worthy sentences, in document order; pure and deterministic. */
export function summarize(input: SummaryInput, options: SummaryOptions): Summary {
  const { texts, paragraphOf, lang, title } = articleSentences(input);
  const n = texts.length;
  const k = sentenceBudget(options, n);
  if (k === 0) return { sentences: [], totalSentences: n };

  const features = sentenceFeatures(texts, paragraphOf, lang, title);
  const width = FEATURE_NAMES.length;
  const scores = new Float64Array(n);
  // A caption the splitter cut from the sentence it ran into is never one of the summary's, unless the
  // text is nothing but captions: a summary of them beats an empty one.
  const captions = texts.map(isCaption);
  const hasSentences = captions.includes(false);
  for (let i = 0; i < n; i++) {
    let score = 0;
    for (let f = 0; f < width; f++) score += (features.values[i * width + f] as number) * (WEIGHT_VECTOR[f] as number);
    scores[i] = hasSentences && captions[i] ? -Infinity : score;
  }
  const chosen = selectSentences(scores, features, texts, k, REDUNDANCY);
  const sentences: SummarySentence[] = chosen.map((index) => ({
    index,
    paragraph: paragraphOf[index] as number,
    text: texts[index] as string,
  }));
  return { sentences, totalSentences: n };
}

/**
 * How many sentences to return for an article of `total`: `sentences` exactly, else `length` by its rule,
 * else the default length's; never more than half of the article (rounded up). The options may come
 * from plain JavaScript, so anything unusable in them counts as absent.
 */
export function sentenceBudget(options: SummaryOptions | undefined, total: number): number {
  const asked: unknown = options?.sentences;
  if (typeof asked === 'number' && Number.isFinite(asked)) {
    return asked < 1 ? 0 : Math.min(Math.floor(asked), mostSentences(total));
  }
  const length: unknown = options?.length;
  return sentencesFor(isSummaryLength(length) ? length : DEFAULT_LENGTH, total);
}
