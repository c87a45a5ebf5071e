import { countWords } from '../article/count-words';

/** A line that repeats with only its numbers or last words changed this often is the list's template. */
const MIN_REPEATS = 3;
/** Template lines are short ("Read the full story. 2 hours ago · News"); a long line is content. */
const MAX_TEMPLATE_WORDS = 14;
/** Lines that share this many leading words (numbers aside) are copies of one template line. */
const PREFIX_WORDS = 4;

/** The line with its numbers masked, its punctuation gone and its case folded. */
function shapeOf(line: string): string[] {
  return line
    .toLowerCase()
    .replace(/\p{N}+/gu, '#')
    .split(/[^\p{L}\p{M}#]+/u)
    .filter(Boolean);
}

/**
 * The lines of a list page without its template lines: those repeated near-identically (the same
 * words but for numbers, or the same opening words) at least three times, every copy. Pure.
 */
export function dropTemplateLines(lines: readonly string[]): { lines: string[]; dropped: number } {
  const keys = lines.map((line) => {
    const shape = shapeOf(line);
    if (shape.length === 0 || countWords(line) > MAX_TEMPLATE_WORDS) return [];
    const whole = `=${shape.join(' ')}`;
    return shape.length > PREFIX_WORDS ? [whole, `^${shape.slice(0, PREFIX_WORDS).join(' ')}`] : [whole];
  });
  const counts = new Map<string, number>();
  for (const key of keys.flat()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const kept = lines.filter((_, i) => !keys[i]!.some((key) => (counts.get(key) ?? 0) >= MIN_REPEATS));
  return { lines: kept, dropped: lines.length - kept.length };
}
