/** Words a reader gets through in a minute; the figure most reading-time estimates use. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` words (count them with `countWords`): rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** Seconds to read `words` words: rounded up, at least 1. */
export function readingSeconds(words: number): number {
  return Math.max(1, Math.ceil((words * 60) / WORDS_PER_MINUTE));
}
