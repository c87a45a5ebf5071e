import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on all of cnndm and xsum
// (../shared/eval/summ); the same command prints their 2-fold cross-validated ROUGE, the honest
// estimate. bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -1.094,
  secondParagraph: -0.222,
  thirdParagraph: -0.055,
  logParagraph: -0.813,
  firstInParagraph: -0.904,
  logInParagraph: -0.336,
  relativePosition: -0.038,
  forward: -0.582,
  backward: 0.701,
  relativeCentrality: 0.45,
  frequency: 2.218,
  wordWeight: 0.496,
  title: 0,
  logLength: 0.09,
  words: 0.577,
  wordsSquared: -0.63,
  short: -1.081,
  long: -0.408,
  quote: -0.095,
  quoteStart: -0.412,
  number: 0.159,
  question: 0.022,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 8;
