import type { FEATURE_NAMES } from './sentence-features';

// Written by `npx tsx scripts/fit-summarize.ts --write`: fitted on the even-numbered half of cnndm and
// xsum (../shared/eval/summ), checked on the odd half; bbc is never fitted on.

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  firstParagraph: -0.936,
  secondParagraph: -0.231,
  thirdParagraph: -0.032,
  logParagraph: -0.656,
  firstInParagraph: -0.676,
  logInParagraph: -0.045,
  relativePosition: -0.425,
  forward: -0.419,
  backward: 0.539,
  relativeCentrality: 0.283,
  frequency: 1.986,
  wordWeight: 0.468,
  title: 0,
  logLength: 0.335,
  words: -0.382,
  wordsSquared: -0.548,
  short: -0.697,
  long: -0.163,
  quote: -0.097,
  quoteStart: -0.468,
  number: 0.134,
  question: 0.295,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 8;
