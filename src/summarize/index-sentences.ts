import { articleSentences } from './article-sentences';
import { searchTerms } from './search-terms';
import type { SummaryInput } from './types';

/** One kind of term of a sentence index: its postings and the lengths BM25 normalises by. */
export interface SearchField {
  /** Term → [sentence, count, sentence, count, …], sentences ascending. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** Terms per sentence. */
  readonly lengths: Float64Array;
  /** Terms per paragraph (by the paragraph's index in the input). */
  readonly paragraphLengths: Float64Array;
  /** Mean terms per sentence (at least 1). */
  readonly averageLength: number;
}

/** An article's sentences, exactly articleSentences', ready to search. Build once per article. */
export interface SentenceIndex {
  readonly texts: readonly string[];
  readonly paragraphOf: readonly number[];
  readonly lang: string;
  /** The engine's content words. */
  readonly exact: SearchField;
  /** Prefixes or character bigrams, for words that differ a little. */
  readonly loose: SearchField;
}

/** Indexes the sentences of an article for searchSentences, in one pass over its words. */
export function indexSentences(input: SummaryInput): SentenceIndex {
  const { texts, paragraphOf, lang } = articleSentences(input);
  const n = texts.length;
  const paragraphs = n === 0 ? 0 : (paragraphOf[n - 1] as number) + 1;
  const exact = new FieldBuilder(n, paragraphs);
  const loose = new FieldBuilder(n, paragraphs);
  for (let s = 0; s < n; s++) {
    const terms = searchTerms(texts[s] as string, lang);
    const paragraph = paragraphOf[s] as number;
    exact.add(s, paragraph, terms.exact);
    loose.add(s, paragraph, terms.loose);
  }
  return { texts, paragraphOf, lang, exact: exact.done(), loose: loose.done() };
}

class FieldBuilder {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: Float64Array;
  private readonly paragraphLengths: Float64Array;
  private total = 0;

  constructor(sentences: number, paragraphs: number) {
    this.lengths = new Float64Array(sentences);
    this.paragraphLengths = new Float64Array(paragraphs);
  }

  add(sentence: number, paragraph: number, terms: readonly string[]): void {
    for (const term of terms) {
      const list = this.postings.get(term);
      // Sentences come in order, so a term seen earlier in this sentence is the list's last entry.
      if (list === undefined) this.postings.set(term, [sentence, 1]);
      else if (list[list.length - 2] === sentence) list[list.length - 1] = (list[list.length - 1] as number) + 1;
      else list.push(sentence, 1);
    }
    this.lengths[sentence] = terms.length;
    this.paragraphLengths[paragraph] = (this.paragraphLengths[paragraph] as number) + terms.length;
    this.total += terms.length;
  }

  done(): SearchField {
    const n = this.lengths.length;
    return {
      postings: this.postings,
      lengths: this.lengths,
      paragraphLengths: this.paragraphLengths,
      averageLength: n === 0 ? 1 : Math.max(1, this.total / n),
    };
  }
}
