/**
 * The same pattern with each `\b` a word boundary in every script. JavaScript's `\b` knows only ASCII
 * letters, even with the `u` flag: `/\bподпишитесь\b/u` never matches, and `/^publié\b/u` misses
 * "Publié le 3 mars", because "é" is no word character to it. Here a word character is a letter, a
 * mark, a digit or `_`. The pattern must use the `u` flag, which `\p{…}` needs.
 */
export function unicodeWords(pattern: RegExp): RegExp {
  const word = String.raw`[\p{L}\p{M}\p{N}_]`;
  const boundary = `(?:(?<=${word})(?!${word})|(?<!${word})(?=${word}))`;
  return new RegExp(pattern.source.replace(/\\b/g, boundary), pattern.flags);
}
