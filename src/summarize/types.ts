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

/** One sentence chosen for the summary. */
export interface SummarySentence {
  /** Index of the sentence among all sentences of the article, in document order. */
  index: number;
  /** Index of the paragraph the sentence comes from. */
  paragraph: number;
  text: string;
}

export interface Summary {
  /** Chosen sentences in document order. */
  sentences: SummarySentence[];
  /** How many sentences the article had. */
  totalSentences: number;
}
