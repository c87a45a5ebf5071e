import { UNSPACED_LANGUAGES } from './content-words';
import type { SearchField, SentenceIndex } from './index-sentences';
import { searchTerms } from './search-terms';

/** A sentence that answers a query: its index among articleSentences', its paragraph, its text. */
export interface SearchHit {
  index: number;
  paragraph: number;
  text: string;
  score: number;
}

/** Hits returned when the caller gives no usable limit. */
export const DEFAULT_SEARCH_HITS = 5;

// BM25, with k1 half the usual 1.2: in a sentence a word said twice is hardly more about it, and a
// lower k1 kept "tax, tax and more tax" below "the minister's tax plan" for "minister tax".
const K1 = 0.6;
const B = 0.75;
// A loose match (a shared prefix, or bigrams) counts for half an exact one.
const LOOSE_WEIGHT = 0.5;
// The rest of a sentence's paragraph counts 0.15, by how densely it holds the term: enough to order
// two sentences that match alike, not enough to outrank a sentence that holds the word itself.
const CONTEXT_WEIGHT = 0.15;
// A sentence scores up to twice its BM25, by the share of the query's terms (by idf) it holds itself:
// "minister … tax" beats "tax, tax and more tax".
const COVERAGE_WEIGHT = 1;
// A pasted paragraph is not a query: past these, words are ignored, so a query stays cheap.
const MAX_QUERY_CHARS = 1000;
const MAX_TERMS = 64;
// Words of a question that its answer holds only as a stop word: "What did the mayor say?" is
// answered by "The mayor said…", and said/says are stop words, so "say" would only find other sayings.
const QUERY_STOP_WORDS = new Map<string, ReadonlySet<string>>([['en', new Set(['say'])]]);

interface Feature {
  field: SearchField;
  /** The term's postings: field.postings[from .. to). */
  from: number;
  to: number;
  weight: number;
  idf: number;
  /** Paragraph → the term's count in it. */
  inParagraph: Map<number, number>;
}

/**
 * The sentences that best answer a query, best first (ties in document order): BM25 over sentences,
 * exact words plus looser prefixes or bigrams, with a little weight from the rest of each
 * sentence's paragraph and a bonus for holding more of the query. Costs the query's postings, not
 * the article's length. A query with no content word, or that nothing matches, gives [].
 */
export function searchSentences(index: SentenceIndex, query: string, limit = DEFAULT_SEARCH_HITS): SearchHit[] {
  const wanted = typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : DEFAULT_SEARCH_HITS;
  const n = index.texts.length;
  if (typeof query !== 'string' || wanted === 0 || n === 0) return [];
  const terms = searchTerms(query.slice(0, MAX_QUERY_CHARS), index.lang, QUERY_STOP_WORDS.get(index.lang));
  const exact = unique(terms.exact);
  const loose = unique(terms.loose);
  if (exact.length === 0) return [];
  // Bigrams outnumber words; their share of the score stays LOOSE_WEIGHT of the words' share.
  const looseWeight = LOOSE_WEIGHT * (UNSPACED_LANGUAGES.has(index.lang) ? exact.length / loose.length : 1);

  const features: Feature[] = [];
  const addFeatures = (field: SearchField, keys: readonly string[], weight: number): void => {
    for (const key of keys) {
      const term = field.terms.get(key);
      if (term === undefined) continue;
      const from = field.offsets[term] as number;
      const to = field.offsets[term + 1] as number;
      const df = (to - from) / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      features.push({ field, from, to, weight, idf, inParagraph: new Map() });
    }
  };
  addFeatures(index.exact, exact, 1);
  addFeatures(index.loose, loose, looseWeight);
  if (features.length === 0) return [];

  // Each sentence that holds a term, with its count of every term; each paragraph's count of each.
  const counts = new Map<number, Float64Array>();
  const width = features.length;
  let idfTotal = 0;
  features.forEach((feature, f) => {
    idfTotal += feature.idf;
    const { from, to, inParagraph } = feature;
    const { postings } = feature.field;
    for (let i = from; i < to; i += 2) {
      const s = postings[i] as number;
      const count = postings[i + 1] as number;
      let row = counts.get(s);
      if (row === undefined) counts.set(s, (row = new Float64Array(width)));
      row[f] = count;
      const paragraph = index.paragraphOf[s] as number;
      inParagraph.set(paragraph, (inParagraph.get(paragraph) ?? 0) + count);
    }
  });

  const hits: SearchHit[] = [];
  for (const [s, row] of counts) {
    const paragraph = index.paragraphOf[s] as number;
    let score = 0;
    let covered = 0;
    for (let f = 0; f < width; f++) {
      const feature = features[f] as Feature;
      const count = row[f] as number;
      const tf = weightedCount(feature, s, paragraph, count);
      if (tf === 0) continue;
      score += feature.weight * feature.idf * ((tf * (K1 + 1)) / (tf + K1));
      if (count > 0) covered += feature.idf;
    }
    score *= 1 + (COVERAGE_WEIGHT * covered) / idfTotal;
    hits.push({ index: s, paragraph, text: index.texts[s] as string, score });
  }
  hits.sort((a, b) => b.score - a.score || a.index - b.index);
  if (hits.length > wanted) hits.length = wanted;
  return hits;
}

// BM25F's pseudo-count: the sentence's own count over its length norm, plus the term's density in
// the rest of its paragraph (per average sentence, so a long paragraph does not swamp the sentence).
function weightedCount(feature: Feature, s: number, paragraph: number, count: number): number {
  const { field } = feature;
  const length = field.lengths[s] as number;
  const average = field.averageLength;
  const own = count === 0 ? 0 : count / (1 - B + (B * length) / average);
  const rest = (feature.inParagraph.get(paragraph) ?? 0) - count;
  if (rest === 0) return own;
  const restLength = (field.paragraphLengths[paragraph] as number) - length;
  return own + (CONTEXT_WEIGHT * rest * average) / Math.max(restLength, average);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)].slice(0, MAX_TERMS);
}
