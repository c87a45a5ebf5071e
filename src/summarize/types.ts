/** Input to the summarizer: an article's paragraphs (plain text) and what else helps. */
export interface SummaryInput {
  paragraphs: string[];
  title?: string;
  /** BCP 47 language tag; guessed from the script when absent. */
  lang?: string;
}

export interface SummaryOptions {
  /** How many sentences to return at most (never more than half of a short article). */
  sentences: number;
}

export type { Summary, SummarySentence } from '../article/summary';
