/** Words a minute an adult reads news at (Brysbaert 2019: 238 for silent reading of non-fiction). */
export const WORDS_PER_MINUTE = 238;

/** Whole minutes to read `words`, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Seconds to read `words`, rounded to 5 s, at least 5. */
export function readingSeconds(words: number): number {
  return Math.max(5, Math.round((words / WORDS_PER_MINUTE) * 12) * 5);
}

/** Words in `text`, by whitespace; close enough for a reading time in every script but CJK. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const spaced = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ').split(/\s+/).filter(Boolean).length;
  // A CJK reader takes in about two characters where an English reader takes a word.
  return spaced + Math.round(cjk / 2);
}
