import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on all of cnndm and xsum
// (../shared/eval/summ); the same command prints their 2-fold cross-validated ROUGE, the honest
// estimate. bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -1.05,
  secondParagraph: -0.173,
  thirdParagraph: -0.031,
  logParagraph: -0.842,
  firstInParagraph: -0.4,
  logInParagraph: -0.122,
  relativePosition: 0.025,
  forward: -0.062,
  backward: 0.21,
  relativeCentrality: 0.276,
  frequency: 1.717,
  frequencyRank: 0.122,
  wordWeight: 0.252,
  overlap: 0.351,
  earlyOverlap: 0.747,
  overlapRank: 0.223,
  earlyOverlapRank: -0.638,
  title: 0,
  logLength: 0.297,
  words: -0.564,
  wordsSquared: -0.597,
  short: -0.429,
  long: -0.114,
  quote: -0.055,
  quoteStart: -0.217,
  number: 0.133,
  question: -0.075,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 6;
