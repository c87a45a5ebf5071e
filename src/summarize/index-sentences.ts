import { articleSentences } from './article-sentences';
import { searchTerms } from './search-terms';
import type { SummaryInput } from './types';

/** One kind of term of a sentence index: its postings and the lengths BM25 normalises by. */
export interface SearchField {
  /** Term → its number, which picks its postings out of `postings`. */
  readonly terms: ReadonlyMap<string, number>;
  /** Term number t's postings are postings[offsets[t] .. offsets[t + 1]). */
  readonly offsets: Int32Array;
  /** Sentence, count, sentence, count, …: each term's sentences ascending. */
  readonly postings: Int32Array;
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

// Postings go into one flat array per field, in two passes over the term numbers: a list per term
// made the garbage collector a fifth of the build at 100,000 words.
class FieldBuilder {
  private readonly terms = new Map<string, number>();
  private readonly termOfToken: number[] = [];
  private readonly sentenceEnds: number[] = [];
  private readonly documentCounts: number[] = [];
  private readonly lastSentence: number[] = [];
  private readonly lengths: Float64Array;
  private readonly paragraphLengths: Float64Array;

  constructor(sentences: number, paragraphs: number) {
    this.lengths = new Float64Array(sentences);
    this.paragraphLengths = new Float64Array(paragraphs);
  }

  add(sentence: number, paragraph: number, words: readonly string[]): void {
    const { terms, termOfToken, documentCounts, lastSentence } = this;
    for (const word of words) {
      let term = terms.get(word);
      if (term === undefined) {
        term = terms.size;
        terms.set(word, term);
        documentCounts.push(0);
        lastSentence.push(-1);
      }
      termOfToken.push(term);
      if (lastSentence[term] !== sentence) {
        lastSentence[term] = sentence;
        documentCounts[term] = (documentCounts[term] as number) + 1;
      }
    }
    this.sentenceEnds.push(termOfToken.length);
    this.lengths[sentence] = words.length;
    this.paragraphLengths[paragraph] = (this.paragraphLengths[paragraph] as number) + words.length;
  }

  done(): SearchField {
    const { terms, termOfToken, sentenceEnds, documentCounts, lengths } = this;
    const termCount = terms.size;
    const offsets = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] as number) + 2 * (documentCounts[t] as number);
    const postings = new Int32Array(offsets[termCount] as number);
    // Where each term's next posting goes; the one before it is this sentence's when the term repeats.
    const cursor = offsets.slice(0, termCount);
    const last = new Int32Array(termCount).fill(-1);
    let token = 0;
    for (let s = 0; s < sentenceEnds.length; s++) {
      for (const end = sentenceEnds[s] as number; token < end; token++) {
        const t = termOfToken[token] as number;
        if (last[t] === s) {
          const at = (cursor[t] as number) - 1;
          postings[at] = (postings[at] as number) + 1;
        } else {
          last[t] = s;
          const at = cursor[t] as number;
          postings[at] = s;
          postings[at + 1] = 1;
          cursor[t] = at + 2;
        }
      }
    }
    const n = lengths.length;
    return {
      terms,
      offsets,
      postings,
      lengths,
      paragraphLengths: this.paragraphLengths,
      averageLength: n === 0 ? 1 : Math.max(1, termOfToken.length / n),
    };
  }
}
