import { STOP_WORD_LANGUAGES, stopWordsOf } from './stop-words';

// Scripts that identify a language (or the one we treat it as) on their own, by code point range.
const SCRIPTS: ReadonlyArray<readonly [number, number, string]> = [
  [0x3040, 0x30ff, 'ja'], // kana: Japanese even when most characters are Han
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0400, 0x04ff, 'ru'],
  [0x0600, 0x06ff, 'ar'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0900, 0x097f, 'hi'],
  [0x0370, 0x03ff, 'el'],
  [0x0590, 0x05ff, 'he'],
  [0x00c0, 0x024f, 'latin'],
];
const PERSIAN_LETTERS = /[پچژگکی]/g;
const SAMPLE_CHARS = 1000;
// Which languages list each stop word, so one pass over the sample scores them all: built on the
// first guess, not when the worker starts.
let languagesOfWord: Map<string, string[]> | undefined;
function languagesOf(word: string): string[] | undefined {
  if (languagesOfWord === undefined) {
    languagesOfWord = new Map();
    for (const lang of STOP_WORD_LANGUAGES) {
      for (const stop of stopWordsOf(lang) ?? []) {
        const langs = languagesOfWord.get(stop);
        if (langs === undefined) languagesOfWord.set(stop, [lang]);
        else langs.push(lang);
      }
    }
  }
  return languagesOfWord.get(word);
}

/** The primary language subtag of a BCP 47 tag ('pt-BR' → 'pt'), or '' when there is none. */
export function primaryLanguage(tag: string | undefined | null): string {
  if (typeof tag !== 'string') return '';
  return (tag.trim().toLowerCase().split(/[-_]/)[0] ?? '').replace(/[^a-z]/g, '');
}

/** The article's language: the given tag's primary subtag, else a guess from the script and stop words. */
export function guessLanguage(text: string, tag?: string | null): string {
  const given = primaryLanguage(tag);
  if (given !== '') return given;
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Map<string, number>();
  let asciiLetters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      // ASCII letters are Latin; the rest of ASCII says nothing.
      if ((code | 32) >= 97 && (code | 32) <= 122) {
        // Counted in a local, but entered in the map at first sight: ties go to the first script seen.
        if (asciiLetters === 0) counts.set('latin', 0);
        asciiLetters++;
      }
      continue;
    }
    for (const [from, to, lang] of SCRIPTS) {
      if (code >= from && code <= to) {
        // Kana weighs more: a little kana among Han means Japanese.
        counts.set(lang, (counts.get(lang) ?? 0) + (lang === 'ja' ? 4 : 1));
        break;
      }
    }
  }
  if (asciiLetters > 0) counts.set('latin', asciiLetters);
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  if (best === 'ar') return (sample.match(PERSIAN_LETTERS)?.length ?? 0) > bestCount / 50 ? 'fa' : 'ar';
  if (best === 'latin') return guessLatinLanguage(sample.toLowerCase());
  return best;
}

// Latin-script languages share letters; their commonest words tell them apart.
function guessLatinLanguage(sample: string): string {
  const hits = new Map<string, number>();
  // Runs of a-z and Latin letters (U+00C0-024F, U+1E00-1EFF), by char code: this runs on every summary
  // without a lang.
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 0;
    const isLetter =
      (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
    if (isLetter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const langs = languagesOf(sample.slice(start, i));
      if (langs !== undefined) for (const lang of langs) hits.set(lang, (hits.get(lang) ?? 0) + 1);
      start = -1;
    }
  }
  let best = 'en';
  let bestHits = 0;
  // Ties go to the earlier language of the table (English first), so the guess is deterministic.
  for (const lang of STOP_WORD_LANGUAGES) {
    const count = hits.get(lang) ?? 0;
    if (count > bestHits) {
      best = lang;
      bestHits = count;
    }
  }
  return best;
}
