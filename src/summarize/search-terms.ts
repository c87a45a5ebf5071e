import { contentWords, UNSPACED_LANGUAGES } from './content-words';

// Truncating words to their first five letters finds most inflections in European languages that
// have no stemmer of ours (McNamee and Mayfield, "Addressing morphological variation in alphabetic
// languages", SIGIR 2009): станция/станции, Brücke/Brücken.
const LOOSE_PREFIX = 5;
const SHORTEST_TO_TRIM = 4;
const E = 101;
const ZERO = 48;
const NINE = 57;

/** What a search matches on in one text, a sentence or a query alike. */
export interface SearchTerms {
  /** The engine's content words (stop words gone, English stemmed), in order. */
  exact: string[];
  /** Looser keys that still meet when the words differ a little: prefixes, or character bigrams. */
  loose: string[];
}

/**
 * The exact and loose terms of a text in the article's language, less the content words in `skip`.
 * Sentences and queries go through this one function, so both sides of a match are cut the same way.
 */
export function searchTerms(text: string, lang: string, skip?: ReadonlySet<string>): SearchTerms {
  // NFKC: a query typed with full-width letters or a decomposed accent still meets the article's.
  let exact = contentWords(text.normalize('NFKC'), lang);
  if (skip !== undefined) exact = exact.filter((word) => !skip.has(word));
  const loose: string[] = [];
  if (UNSPACED_LANGUAGES.has(lang)) {
    // The segmenter may cut a query unlike the article ("新图书馆" as one word or as 新|图书|馆); bigrams
    // across the content words meet either way. Stop words are gone on both sides, so a bigram may
    // span one: that too is the same on both sides.
    pushBigrams(exact.join(''), loose);
  } else if (lang === 'ko') {
    // Korean glues particles to its words (도서관을, 도서관의): bigrams within each word meet.
    for (const word of exact) pushBigrams(word, loose);
  } else {
    // English has a stemmer already, and its five-letter prefixes collide (police/policy, organ/organise).
    const prefix = lang === 'en' ? Infinity : LOOSE_PREFIX;
    for (const word of exact) loose.push(looseKey(word, prefix));
  }
  return { exact, loose };
}

// The first `prefix` letters, less a final e or the second of a doubled letter, so the English stems
// that stemEnglish leaves apart meet (taxe(s)/tax, runn(ing)/run, mak(ing)/make) and so do Brücke/Brücken.
// Numbers stay whole: 2000 is not 200.
function looseKey(word: string, prefix: number): string {
  const first = word.charCodeAt(0);
  if (first >= ZERO && first <= NINE) return word;
  let key = word;
  if (key.length > prefix) {
    const isHighSurrogate = (key.charCodeAt(prefix - 1) & 0xfc00) === 0xd800;
    key = key.slice(0, isHighSurrogate ? prefix + 1 : prefix);
  }
  const n = key.length;
  if (n < SHORTEST_TO_TRIM) return key;
  const last = key.charCodeAt(n - 1);
  if (last === E || last === key.charCodeAt(n - 2)) return key.slice(0, -1);
  return key;
}

function pushBigrams(run: string, out: string[]): void {
  const chars = Array.from(run);
  if (chars.length === 1) out.push(chars[0] as string);
  for (let i = 1; i < chars.length; i++) out.push((chars[i - 1] as string) + (chars[i] as string));
}
