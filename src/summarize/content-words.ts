import { stemEnglish } from './stem-english';
import { stopWordsOf } from './stop-words';

// Scripts written without spaces between words: only a dictionary segmenter finds their words.
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
const SINGLE_LATIN = /^[a-z]$/;
const ENGLISH_STOPS = stopWordsOf('en') as ReadonlySet<string>;

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** The lower-cased content words of a sentence: no stop words; stemmed only in English. */
export function contentWords(sentence: string, lang: string): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  const stops = stopWordsOf(lang) ?? ENGLISH_STOPS;
  if (UNSPACED.has(lang)) {
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(lower)) {
      if (isWordLike === true && !stops.has(segment)) out.push(segment);
    }
    return out;
  }
  const isEnglish = lang === 'en';
  for (const match of lower.matchAll(WORD)) {
    let word = match[0];
    if (stops.has(word) || (word.length === 1 && SINGLE_LATIN.test(word))) continue;
    if (isEnglish) word = stemEnglish(word);
    out.push(word);
  }
  return out;
}

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, segmenter);
  }
  return segmenter;
}
