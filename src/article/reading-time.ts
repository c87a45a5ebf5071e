/** Words a reader gets through in a minute; the figure most reading-time estimates use. */
export const WORDS_PER_MINUTE = 230;

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

/**
 * Words in `text`: whitespace-separated runs, and in Chinese, Japanese and Korean, which don't space
 * their words, two characters to a word (about what a reader takes in where an English reader takes one).
 */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const spaced = text.replace(CJK, ' ').trim();
  return (spaced === '' ? 0 : spaced.split(/\s+/u).length) + Math.round(cjk / 2);
}

/** Minutes to read `words` words: rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Seconds to read `words` words: rounded up, at least 1. */
export function readingSeconds(words: number): number {
  return Math.max(1, Math.ceil((words * 60) / WORDS_PER_MINUTE));
}
