import { describe, expect, it } from 'vitest';
import { hostileBatch } from '../fixtures/hostile/batch';
import { jsonLines, runCli } from '../unit/cli/helpers';

// Thirteen unusual lines, two of them megabytes; jsdom parses each page whole, so allow a busy machine
// plenty. How long each line takes is the benchmark's (`npm run bench -- pages`), not this test's.
const TIMEOUT_MS = 600_000;

describe.each(['summarize', 'extract'] as const)('precis %s --jsonl on a batch of unusual lines', (kind) => {
  it(
    'answers every line, in order, with a result or an error that says what is wrong',
    async () => {
      const batch = hostileBatch();
      const { code, stdout, stderr } = await runCli([kind, '--jsonl'], `${batch.map((l) => l.line).join('\n')}\n`);
      expect(stderr).toBe('');
      const answers = jsonLines(stdout);
      expect(answers).toHaveLength(batch.length);
      batch.forEach(({ id, expected }, i) => {
        const answer = answers[i]!;
        if (expected.ok) {
          expect(answer, id).not.toHaveProperty('error');
          const text = kind === 'summarize' ? (answer['summary'] as string[]).join(' ') : String(answer['text']);
          expect(text.length, id).toBeGreaterThan(0);
          if (expected.contains) expect(text, id).toMatch(expected.contains);
          expect(answer['id']).toBe(id);
        } else {
          expect(String(answer['error']), id).toMatch(expected.error);
        }
      });
      expect(code, 'a bad line is an answer, not a failure of the batch').toBe(0);
      expect((globalThis as { __pwned?: unknown }).__pwned, 'no page script ran').toBeUndefined();
    },
    TIMEOUT_MS,
  );
});
