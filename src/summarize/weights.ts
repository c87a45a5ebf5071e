import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on all of cnndm and xsum
// (../shared/eval/summ); the same command prints their 2-fold cross-validated ROUGE, the honest
// estimate. bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -1.087,
  secondParagraph: -0.202,
  thirdParagraph: -0.052,
  logParagraph: -0.858,
  firstInParagraph: -0.408,
  logInParagraph: -0.121,
  relativePosition: 0.017,
  forward: -0.184,
  backward: 0.322,
  relativeCentrality: 0.286,
  frequency: 1.634,
  wordWeight: 0.236,
  overlap: 1.162,
  earlyOverlap: 1.965,
  title: 0,
  logLength: 0.281,
  words: -0.387,
  wordsSquared: -0.599,
  short: -0.438,
  long: -0.143,
  quote: -0.06,
  quoteStart: -0.227,
  number: 0.133,
  question: -0.076,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 32;
