/** A light English stemmer: folds plurals, -ed, -ing and possessives so "talks" meets "talked". */
export function stemEnglish(word: string): string {
  // Full Porter is not needed to compare sentences of one article, and it would mangle names.
  const n = word.length;
  if (n <= 3) return word;
  if (word.endsWith("'s") || word.endsWith('’s')) return word.slice(0, -2);
  if (n > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (n > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (n > 4 && word.endsWith('ed') && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}
