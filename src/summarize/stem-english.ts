const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const D = 100;
const E = 101;
const G = 103;
const I = 105;
const N = 110;
const S = 115;
const U = 117;

/** A light English stemmer: folds plurals, -ed, -ing and possessives so "talks" meets "talked". */
export function stemEnglish(word: string): string {
  // Full Porter is not needed to compare sentences of one article, and it would mangle names.
  // Suffixes are read by char code: this runs once per word of every summary.
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  const second = word.charCodeAt(n - 2);
  const third = word.charCodeAt(n - 3);
  if (last === S && (second === APOSTROPHE || second === RIGHT_QUOTE)) return word.slice(0, -2);
  if (n > 4 && last === S && second === E && third === I) return `${word.slice(0, -3)}y`;
  if (last === S && second === E && third === S && word.charCodeAt(n - 4) === S) return word.slice(0, -2);
  if (n > 5 && last === G && second === N && third === I) return word.slice(0, -3);
  if (n > 4 && last === D && second === E && third !== E) return word.slice(0, -2);
  if (last === S && second !== S && second !== U && second !== I) return word.slice(0, -1);
  return word;
}
