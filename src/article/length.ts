/** Sentences per summary for each length setting. */
export const LENGTH_SENTENCES = { short: 3, medium: 5, long: 7 } as const;

/** A length setting: short, medium or long. */
export type SummaryLength = keyof typeof LENGTH_SENTENCES;
