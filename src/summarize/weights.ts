import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on all of cnndm and xsum
// (../shared/eval/summ); the same command prints their 2-fold cross-validated ROUGE, the honest
// estimate. bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -1.05,
  secondParagraph: -0.17,
  thirdParagraph: -0.03,
  logParagraph: -0.844,
  firstInParagraph: -0.388,
  logInParagraph: -0.119,
  relativePosition: 0.03,
  forward: -0.067,
  backward: 0.221,
  relativeCentrality: 0.28,
  frequency: 1.707,
  frequencyRank: 0.117,
  wordWeight: 0.237,
  overlap: 0.362,
  earlyOverlap: 0.758,
  overlapRank: 0.226,
  earlyOverlapRank: -0.646,
  title: 0,
  logLength: 0.307,
  words: -0.55,
  wordsSquared: -0.724,
  short: -0.423,
  long: -0.175,
  quote: -0.05,
  quoteStart: -0.223,
  number: 0.131,
  question: -0.078,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 32;
