import type { SummaryLength } from '../article/length';

/** Input to the summarizer: an article's paragraphs (plain text) and what else helps. */
export interface SummaryInput {
  paragraphs: string[];
  title?: string;
  /** BCP 47 language tag; guessed from the script when absent. */
  lang?: string;
}

/**
 * How long a summary to make: an exact number of sentences, or a length setting that grows with the
 * article (see `sentencesFor`). Either way never more than half of the article, rounded up.
 */
export type SummaryOptions =
  | {
      /** This many sentences, whatever the article's length (but never more than half of it). */
      sentences: number;
      length?: never;
    }
  | {
      /** Short, medium or long, turned into sentences once the article's are counted. */
      length: SummaryLength;
      sentences?: never;
    };

export type { Summary, SummarySentence } from '../article/summary';
