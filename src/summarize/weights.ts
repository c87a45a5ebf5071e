import type { FEATURE_NAMES } from './sentence-features';

/** How much each feature adds to a sentence's score (a linear model; see scripts/fit-summarize.ts). */
export const WEIGHTS: Record<(typeof FEATURE_NAMES)[number], number> = {
  first: 2,
  second: 1,
  third: 0.5,
  logPosition: -0.5,
  relativePosition: -0.5,
  centrality: 4,
  forward: 0,
  backward: 0,
  title: 1,
  logLength: 0.3,
  short: -1,
  long: -0.3,
  quote: -0.3,
  quoteStart: -0.3,
  number: 0,
  question: -0.5,
};

/** How much similarity to an already chosen sentence costs (maximal marginal relevance). */
export const REDUNDANCY = 1;
