/** What every e2e test expects of a summary, whichever browser showed it. */
import { expect } from 'vitest';

/** Page furniture the seed page carries around its story; none of it belongs in a summary. */
export const DEBRIS = ['Get a summary', 'No time to read', 'Previous Article', 'Next Article', 'Share on', 'Most Read'];

/** The popup's "N min read · summary N s" line. */
export const TIMES_LINE = /\d+ min read · summary \d+ s/;

/** Whitespace collapsed, curly quotes left alone: how a sentence and the page's text are compared. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `sentences` are at least `min` of the story's own sentences, verbatim, with no page furniture
 * (`DEBRIS`, or the stray "false" a broken widget script leaves on the seed page).
 */
export function expectFaithfulSummary(sentences: readonly string[], storyText: string, min = 3): void {
  expect(sentences.length, `summary sentences: ${JSON.stringify(sentences)}`).toBeGreaterThanOrEqual(min);
  const story = squash(storyText);
  for (const sentence of sentences) {
    expect(story, 'every summary sentence is the story’s own').toContain(squash(sentence));
    for (const debris of DEBRIS) expect(sentence).not.toContain(debris);
    expect(sentence).not.toMatch(/^\W*false\W*$|\bfalse\b/);
  }
  expect(new Set(sentences).size, 'no sentence twice').toBe(sentences.length);
}
