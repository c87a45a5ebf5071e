/** How a length setting turns into sentences once the article's are counted. */
export interface LengthRule {
  /** Sentences for an ordinary article (the fixed size lengths had before they scaled). */
  least: number;
  /** Share of a long read's sentences, in whole percent, rounded to a whole sentence. */
  percent: number;
  /** Sentences however long the article. */
  most: number;
}

/**
 * The rule of each length setting. A news story keeps 3, 5 and 7: long stays 7 up to 74 sentences
 * (some 1,500 words) and medium 5 up to 109; `npm run eval -- lengths` finds 99.6 % of news articles
 * with medium unchanged, 96 % with long. A long read gets 5 % or 10 % of its sentences, so the summary
 * reaches past its first sections. The caps keep a summary a summary: at some 20 words a sentence,
 * 12 read in about a minute and 20 in under two.
 */
export const LENGTH_RULES = {
  short: { least: 3, percent: 0, most: 3 },
  medium: { least: 5, percent: 5, most: 12 },
  long: { least: 7, percent: 10, most: 20 },
} as const satisfies Record<string, LengthRule>;

/** A length setting: short, medium or long. */
export type SummaryLength = keyof typeof LENGTH_RULES;

/** Sentences per summary for each length on an ordinary article: the least each gives one long enough. */
export const LENGTH_SENTENCES = {
  short: LENGTH_RULES.short.least,
  medium: LENGTH_RULES.medium.least,
  long: LENGTH_RULES.long.least,
} as const satisfies Record<SummaryLength, number>;

/** The length a reader gets until they choose one: in the popup, the options page and the CLI alike. */
export const DEFAULT_LENGTH: SummaryLength = 'medium';

/** The length settings, shortest first. */
export const SUMMARY_LENGTHS = Object.keys(LENGTH_RULES) as readonly SummaryLength[];

/** Is `value` a length setting (from storage or a message, which are not to be trusted)? */
export function isSummaryLength(value: unknown): value is SummaryLength {
  return typeof value === 'string' && Object.hasOwn(LENGTH_RULES, value);
}

/** The most sentences a summary of `totalSentences` may have, whatever was asked: half, rounded up. */
export function mostSentences(totalSentences: number): number {
  return totalSentences > 0 ? Math.ceil(totalSentences / 2) : 0;
}

/**
 * Sentences for `length` in an article of `totalSentences`: its share of the article, rounded, kept
 * between the length's least and most, and never more than half the article. Pure.
 */
export function sentencesFor(length: SummaryLength, totalSentences: number): number {
  const total = Number.isFinite(totalSentences) ? Math.max(0, Math.floor(totalSentences)) : 0;
  const { least, percent, most } = LENGTH_RULES[isSummaryLength(length) ? length : DEFAULT_LENGTH];
  const share = Math.round((total * percent) / 100);
  return Math.min(Math.max(least, Math.min(share, most)), mostSentences(total));
}
