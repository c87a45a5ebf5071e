import { describe, expect, it } from 'vitest';
import { generatedParagraphs } from '../summarize/generated-paragraphs';
import { jsonLines, runCli } from './helpers';

const TITLE = 'Repairs across the valley';

/** A plain-text article of `words` words under a headline line, as a reader would pipe it in. */
function textArticle(words: number): string {
  return `${TITLE}\n\n${generatedParagraphs(words).join('\n\n')}\n`;
}

const TEXTS = new Map([300, 3000, 30_000].map((words) => [words, textArticle(words)]));

async function summarized(words: number, flags: string[]): Promise<{ wordCount: number; summary: string[] }> {
  const { code, stdout, stderr } = await runCli(['summarize', '-', '--json', ...flags], TEXTS.get(words));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as { wordCount: number; summary: string[] };
}

describe('precis summarize: --length follows the length rule, --sentences stays exact', () => {
  it.each([
    // words, flags, sentences in the summary (the article has words / 20 sentences)
    [300, ['--length', 'short'], 3],
    [300, ['--length', 'medium'], 5],
    [300, ['--length', 'long'], 7],
    [300, [], 5],
    [300, ['--sentences', '12'], 8], // half of 15 sentences, rounded up
    [3000, ['--length', 'short'], 3],
    [3000, ['--length', 'medium'], 8],
    [3000, ['--length=long'], 15],
    [3000, [], 8],
    [30_000, ['--length', 'short'], 3],
    [30_000, ['--length', 'medium'], 12],
    [30_000, ['--length', 'long'], 20],
    [30_000, [], 12], // no flag: the default length, by the same rule
    [30_000, ['--sentences', '5'], 5],
    [30_000, ['--sentences=40'], 40],
  ])('%i words, %j: %i sentences', async (words, flags, count) => {
    const report = await summarized(words, flags);
    expect(report.wordCount).toBe(words);
    expect(report.summary).toHaveLength(count);
  });

  it('a batch gives each line its length by the rule, and a line its own exact "sentences"', async () => {
    const line = (id: string, words: number, extra: object = {}) =>
      JSON.stringify({ id, title: TITLE, text: generatedParagraphs(words).join('\n\n'), ...extra });
    const input = [line('short', 300), line('long', 30_000), line('exact', 30_000, { sentences: 4 })].join('\n');
    for (const [flags, counts] of [
      [
        ['--length', 'long'],
        [7, 20, 4],
      ],
      [[], [5, 12, 4]],
      [
        ['--sentences', '6'],
        [6, 6, 4],
      ],
    ] as const) {
      const { code, stdout } = await runCli(['summarize', '--jsonl', ...flags], `${input}\n`);
      expect(code).toBe(0);
      expect(
        jsonLines(stdout).map((o) => (o['summary'] as string[]).length),
        flags.join(' '),
      ).toEqual(counts);
    }
  });

  it('--help says how lengths grow, and where they stop', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('short is 3 sentences; medium 5 and long 7, growing to 5 % and 10 %');
    expect(stdout).toContain('at most 12 and 20');
    expect(stdout).toContain('Default length: medium.');
  });
});
