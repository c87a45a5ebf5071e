import { STOP_WORD_LANGUAGES, stopWordsOf } from './stop-words';

// Scripts that identify a language (or the one we treat it as) on their own.
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'], // kana: Japanese even when most characters are Han
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[a-z\u00c0-\u024f]/gi, 'latin'],
];
const PERSIAN_LETTERS = /[پچژگکی]/g;
const SAMPLE_CHARS = 3000;
const LATIN_WORD = /[a-z\u00c0-\u024f\u1e00-\u1eff]+/g;

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
  let best = 'en';
  let bestCount = 0;
  for (const [pattern, lang] of SCRIPTS) {
    // Kana beats Han even when outnumbered: a little kana means Japanese.
    const count = (sample.match(pattern)?.length ?? 0) * (lang === 'ja' ? 4 : 1);
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
  const words = sample.match(LATIN_WORD) ?? [];
  let best = 'en';
  let bestHits = 0;
  for (const lang of STOP_WORD_LANGUAGES) {
    const stops = stopWordsOf(lang);
    if (stops === undefined) continue;
    let hits = 0;
    for (const word of words) if (stops.has(word)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
