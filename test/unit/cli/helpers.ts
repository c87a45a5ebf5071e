import { PassThrough, Readable, Writable } from 'node:stream';
import { main } from '../../../src/cli/index';

/** What one `main()` run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collector(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/** Runs the CLI in-process with fake streams; `stdin` is the whole standard input. */
export async function runCli(argv: string[], stdin = ''): Promise<CliRun> {
  const out = collector();
  const err = collector();
  const code = await main(argv, { stdin: Readable.from([stdin]), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Like runCli, but stdin stays open and is fed line by line, to show nothing waits for its end. */
export function runCliStreaming(argv: string[]): { stdin: PassThrough; done: Promise<CliRun>; stdout: () => string } {
  const stdin = new PassThrough();
  const out = collector();
  const err = collector();
  const done = main(argv, { stdin, stdout: out.stream, stderr: err.stream }).then((code) => ({
    code,
    stdout: out.text(),
    stderr: err.text(),
  }));
  return { stdin, done, stdout: out.text };
}

/** Parses JSON-lines output. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Collapses whitespace so sentences can be looked up in the article text. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
