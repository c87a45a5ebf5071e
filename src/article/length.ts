/** Sentences per summary for each length setting. */
export const LENGTH_SENTENCES = { short: 3, medium: 5, long: 7 } as const;

/** A length setting: short, medium or long. */
export type SummaryLength = keyof typeof LENGTH_SENTENCES;

/** The length a reader gets until they choose one: in the popup, the options page and the CLI alike. */
export const DEFAULT_LENGTH: SummaryLength = 'medium';

/** The length settings, shortest first. */
export const SUMMARY_LENGTHS = Object.keys(LENGTH_SENTENCES) as readonly SummaryLength[];

/** Is `value` a length setting (from storage or a message, which are not to be trusted)? */
export function isSummaryLength(value: unknown): value is SummaryLength {
  return typeof value === 'string' && Object.hasOwn(LENGTH_SENTENCES, value);
}
