/** One sentence chosen for the summary. */
export interface SummarySentence {
  /** Index of the sentence among all sentences of the article, in document order. */
  index: number;
  /** Index of the paragraph the sentence comes from. */
  paragraph: number;
  text: string;
}

/** What the summarizer returns; declared on the floor so the summary view can read it without the summarizer. */
export interface Summary {
  /** Chosen sentences in document order. */
  sentences: SummarySentence[];
  /** How many sentences the article had. */
  totalSentences: number;
}
