import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { Article } from '../article/article';
import { DEFAULT_LENGTH, LENGTH_RULES } from '../article/length';
import { CliError, EXIT_FAILURE } from './cli-error';
import { isHtml } from './is-html';
import { articleFromText } from '../article/article-from-text';
import { articleFromHtml, describeFailure } from './load-article';
import { parseArgs, type Command } from './parse-args';
import { DEMO_ARTICLE, EXTENSION_DIRS, PROJECT_ROOT } from './paths';
import { openInput, readInput } from './read-input';
import { runJsonl } from './run-jsonl';
import { summarizeArticle } from '../summarize/summarize-article';
import type { SummaryOptions } from '../summarize/types';
import { formatArticleText, formatSummaryReport, summaryReport } from './summary-report';

/** The streams the CLI talks through; tests pass their own. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const { short, medium, long } = LENGTH_RULES;
// Said from the rule itself, so the help cannot fall behind it.
const LENGTHS_NOTE =
  `Lengths: short is ${short.least} sentences; medium ${medium.least} and long ${long.least}, growing to ` +
  `${medium.percent} % and ${long.percent} % of a long article's\nsentences (at most ${medium.most} and ` +
  `${long.most}). --sentences N is exact. Neither gives more than half the article's\nsentences. ` +
  `Default length: ${DEFAULT_LENGTH}.`;

/** What `precis --help` prints. */
export const HELP = `precis — summarize news articles locally

usage:
  precis summarize FILE.html|FILE.txt|- [--url URL] [--sentences N | --length short|medium|long] [--json]
  precis summarize --jsonl [--sentences N | --length L]   JSON lines {"id","text"} or {"id","html","url"} on stdin
  precis extract FILE.html|- [--url URL] [--json]            the clean article text (or the Article as JSON)
  precis extract --jsonl                                     JSON lines {"id","html","url"} on stdin
  precis demo [--sentences N | --length L] [--json]          summarize the bundled demo article (also: precis)
  precis --help | --version

Input is read as HTML or plain text by its content, not its name.
${LENGTHS_NOTE}
Exit codes: 0 ok, 1 failed (missing file, no article), 2 bad command line.
`;

async function readVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Loads a file (or stdin) as an article: HTML through jsdom and extract, anything else as plain text. */
async function loadArticle(input: string, url: string | null, stdin: Readable): Promise<Article> {
  const content = await readInput(input, stdin);
  const source = input === '-' ? 'stdin' : input;
  const result = isHtml(content)
    ? articleFromHtml(content, url ?? (input === '-' ? undefined : pathToFileURL(resolve(input)).href))
    : articleFromText(content, { ...(url === null ? {} : { url }), hasHeadline: true });
  if (!result.ok) throw new CliError(describeFailure(result, source), EXIT_FAILURE);
  return result.article;
}

function printSummary(article: Article, budget: SummaryOptions, isJson: boolean, out: Writable, fallbackTitle: string) {
  const report = summaryReport(article, summarizeArticle(article, budget));
  out.write(isJson ? `${JSON.stringify(report, null, 2)}\n` : formatSummaryReport(report, fallbackTitle));
}

function extensionsNote(): string {
  const lines = ['', 'Unpacked extensions:'];
  for (const [browser, dir] of Object.entries(EXTENSION_DIRS)) {
    const state = existsSync(join(dir, 'manifest.json')) ? 'built' : 'not built yet: run `npm run build`';
    lines.push(`  ${`${browser}:`.padEnd(9)} ${dir}  (${state})`);
  }
  lines.push(
    'Load one: Chrome → chrome://extensions, Developer mode, "Load unpacked", pick dist/chrome; ' +
      'Firefox → about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", pick dist/firefox/manifest.json.',
  );
  return `${lines.join('\n')}\n`;
}

/** Waiting silently on a terminal looks like a hang; say what is being waited for. */
function hintIfTerminal(stdin: Readable, stderr: Writable, what: string) {
  if ((stdin as Readable & { isTTY?: boolean }).isTTY)
    stderr.write(`precis: reading ${what} from stdin (end with Ctrl-D)\n`);
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'help':
      io.stdout.write(HELP);
      return 0;
    case 'version':
      io.stdout.write(`${await readVersion()}\n`);
      return 0;
    case 'demo': {
      const article = await loadArticle(DEMO_ARTICLE, null, io.stdin);
      printSummary(article, command.budget, command.isJson, io.stdout, 'demo article');
      if (!command.isJson) io.stdout.write(extensionsNote());
      return 0;
    }
    case 'extract':
    case 'summarize': {
      if (command.isJsonl) {
        if ((command.input ?? '-') === '-') hintIfTerminal(io.stdin, io.stderr, 'JSON lines');
        const input = await openInput(command.input ?? '-', io.stdin);
        await runJsonl(command.name, input, io.stdout, command.name === 'summarize' ? command.budget : undefined);
        return 0;
      }
      const input = command.input ?? '-';
      if (input === '-') hintIfTerminal(io.stdin, io.stderr, 'an article');
      const article = await loadArticle(input, command.url, io.stdin);
      if (command.name === 'summarize') {
        printSummary(article, command.budget, command.isJson, io.stdout, input === '-' ? 'stdin' : input);
      } else {
        io.stdout.write(command.isJson ? `${JSON.stringify(article, null, 2)}\n` : formatArticleText(article));
      }
      return 0;
    }
  }
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code. */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    return await run(parseArgs(argv), io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr.write(`precis: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr.write(`precis: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT_FAILURE;
  }
}
