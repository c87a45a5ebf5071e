import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Extraction } from '../article/article';
import { articleFromText } from '../article/article-from-text';
import { articleFromHtml, describeFailure } from './load-article';
import { DEFAULT_LENGTH } from '../article/length';
import { summarizeArticle } from '../summarize/summarize-article';
import type { SummaryOptions } from '../summarize/types';

/** The command a batch runs per line. */
export type JsonlKind = 'summarize' | 'extract';
type Id = string | number | null;
/** One output line: an answer, or an error saying what was wrong with the input line. */
export type JsonlAnswer =
  { id: Id; summary: string[] } | { id: Id; title: string; text: string } | { id: Id; error: string };

class LineError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(line: Record<string, unknown>, key: string): string | undefined {
  const value = line[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new LineError(`"${key}" must be a string`);
  return value;
}

function loadLine(kind: JsonlKind, line: Record<string, unknown>): Extraction {
  const html = optionalString(line, 'html');
  const text = kind === 'summarize' ? optionalString(line, 'text') : undefined;
  const url = optionalString(line, 'url');
  if (html !== undefined && text !== undefined) throw new LineError('give either "text" or "html", not both');
  if (html !== undefined) {
    if (url !== undefined && !URL.canParse(url)) throw new LineError(`"url" is not a valid URL: ${url}`);
    return articleFromHtml(html, url);
  }
  if (text !== undefined) {
    // Eval sets (`{id, title, text, summary}`) carry the headline apart; the summarizer weighs it.
    const title = optionalString(line, 'title');
    return articleFromText(text, { ...(url === undefined ? {} : { url }), ...(title === undefined ? {} : { title }) });
  }
  throw new LineError(kind === 'summarize' ? 'missing "text" or "html"' : 'missing "html"');
}

/** A batch without `--sentences` or `--length` summarizes to the default length, by its rule. */
const DEFAULT_BUDGET: SummaryOptions = { length: DEFAULT_LENGTH };

// A line's own "sentences" is exact and wins over the command line's length or number.
function lineBudget(line: Record<string, unknown>, fallback: SummaryOptions): SummaryOptions {
  const value = line['sentences'];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new LineError('"sentences" must be a whole number of at least 1');
  }
  return { sentences: value };
}

/**
 * Answers one input line: `{id, text, title?, url?, sentences?}` or `{id, html, url?, sentences?}`, to the
 * line's own `sentences` exactly, else to `budget`; other fields (a reference summary, say) are ignored.
 * Never throws: whatever is wrong with the line (or breaks while handling it) becomes `{id, error}`, with
 * `id` null when the line has no usable one.
 */
export function answerJsonlLine(kind: JsonlKind, raw: string, budget: SummaryOptions = DEFAULT_BUDGET): JsonlAnswer {
  if (raw.trim() === '') return { id: null, error: 'empty line' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { id: null, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (!isRecord(parsed)) return { id: null, error: 'each line must be a JSON object' };
  const rawId = parsed['id'];
  const id: Id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  try {
    if (rawId === undefined || rawId === null) throw new LineError('missing "id"');
    if (id === null) throw new LineError('"id" must be a string or a number');
    const lineOptions = kind === 'summarize' ? lineBudget(parsed, budget) : budget;
    const loaded = loadLine(kind, parsed);
    if (!loaded.ok) return { id, error: `${loaded.reason}: ${describeFailure(loaded, 'the input')}` };
    const { article } = loaded;
    if (kind === 'extract') return { id, title: article.title, text: article.paragraphs.join('\n\n') };
    return { id, summary: summarizeArticle(article, lineOptions).sentences.map((s) => s.text) };
  } catch (e) {
    return { id, error: e instanceof LineError ? e.message : `failed: ${(e as Error).message ?? String(e)}` };
  }
}

/**
 * Batch mode: reads JSON lines from `input` one at a time and writes one answer line per input
 * line, in the same order, without holding all of the input in memory.
 */
export async function runJsonl(
  kind: JsonlKind,
  input: Readable,
  output: Writable,
  budget: SummaryOptions = DEFAULT_BUDGET,
): Promise<{ lines: number; errors: number }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let count = 0;
  let errors = 0;
  for await (const line of lines) {
    const answer = answerJsonlLine(kind, count === 0 ? line.replace(/^\uFEFF/u, '') : line, budget);
    count++;
    if ('error' in answer) errors++;
    if (!output.write(`${JSON.stringify(answer)}\n`)) await once(output, 'drain');
  }
  return { lines: count, errors };
}
