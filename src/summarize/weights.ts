import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on all of cnndm and xsum
// (../shared/eval/summ), and on cnndm as one run of text at half weight; the same command prints their
// 2-fold cross-validated ROUGE, the honest estimate. bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -1.124,
  secondParagraph: -0.193,
  thirdParagraph: -0.026,
  logParagraph: -0.919,
  firstInParagraph: -0.717,
  logInParagraph: -0.52,
  relativePosition: 0.317,
  forward: 0.163,
  backward: 0.047,
  relativeCentrality: 0.383,
  frequency: 1.659,
  frequencyRank: 0.131,
  wordWeight: 0.293,
  overlap: 0.277,
  earlyOverlap: 0.803,
  overlapRank: 0.331,
  earlyOverlapRank: -0.788,
  title: 0,
  logLength: 0.373,
  words: -0.7,
  wordsSquared: -0.931,
  short: -0.352,
  long: -0.034,
  quote: -0.076,
  quoteStart: -0.135,
  number: 0.129,
  question: -0.096,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 32;
