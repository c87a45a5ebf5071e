import { stemEnglish } from './stem-english';
import { stopWordsOf } from './stop-words';

/** Languages written without spaces between words: only a dictionary segmenter finds their words. */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;
const SINGLE_LATIN = /^[a-z]$/;
const ENGLISH_STOPS = stopWordsOf('en') as ReadonlySet<string>;

const wordSegmenters = new Map<string, Intl.Segmenter>();

/**
 * The lower-cased content words of a sentence: no stop words, no single letters; stemmed only in
 * English. Given `all`, also pushes every word into it, stop words and single letters included
 * (those unstemmed).
 */
export function contentWords(sentence: string, lang: string, all?: string[]): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  const stops = stopWordsOf(lang) ?? ENGLISH_STOPS;
  if (UNSPACED_LANGUAGES.has(lang)) {
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(lower)) {
      if (isWordLike !== true) continue;
      all?.push(segment);
      if (!stops.has(segment)) out.push(segment);
    }
    return out;
  }
  const isEnglish = lang === 'en';
  const allFrom = all?.length ?? 0;
  if (asciiWords(lower, stops, isEnglish, out, all)) return out;
  out.length = 0;
  if (all !== undefined) all.length = allFrom;
  for (const match of lower.matchAll(WORD)) {
    let word = match[0];
    if (stops.has(word) || (word.length === 1 && SINGLE_LATIN.test(word))) {
      all?.push(word);
      continue;
    }
    if (isEnglish) word = stemEnglish(word);
    out.push(word);
    all?.push(word);
  }
  return out;
}

// The same words as WORD finds, by char codes: most news text is ASCII, and the Unicode regex is the
// hot spot of every summary. Returns false (leaving `out` and `all` partial) at the first non-ASCII
// character other than ’, so the caller can start over with the regex.
function asciiWords(
  lower: string,
  stops: ReadonlySet<string>,
  isEnglish: boolean,
  out: string[],
  all: string[] | undefined,
): boolean {
  const n = lower.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? lower.charCodeAt(i) : 32;
    if (code >= 0x80 && code !== 0x2019) return false;
    const isAlnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (start < 0) {
      if (isAlnum) start = i;
    } else if (!isAlnum && code !== 39 && code !== 0x2019) {
      if (i - start > 1 || lower.charCodeAt(start) < 97) {
        let word = lower.slice(start, i);
        if (!stops.has(word)) {
          if (isEnglish) word = stemEnglish(word);
          out.push(word);
        }
        all?.push(word);
      } else {
        all?.push(lower.charAt(start));
      }
      start = -1;
    }
  }
  return true;
}

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, segmenter);
  }
  return segmenter;
}
