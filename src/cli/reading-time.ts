/** Words a reader gets through in a minute; the figure most reading-time estimates use. */
export const WORDS_PER_MINUTE = 230;

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Minutes to read `words` words: rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Seconds to read `words` words: rounded up, at least 1. */
export function readingSeconds(words: number): number {
  return Math.max(1, Math.ceil((words * 60) / WORDS_PER_MINUTE));
}
