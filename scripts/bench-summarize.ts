// Speed of summarize(): median ms per cnndm article (in-process, warm), and one long article at
// 1k, 10k, 100k and 1M words, where linear time shows ×10 per ×10.
// Usage: tsx scripts/bench-summarize.ts [--data DIR] [--limit N]   (npm run bench -- summarize)
import { summarize } from '../src/summarize/index';
import type { SummaryInput } from '../src/summarize/types';
import { loadDataset, summaryDataDir, toInput } from './eval-summarize';
import { isRunDirectly } from './lib/is-run-directly';

/** One line of the benchmark. */
export interface BenchRow {
  name: string;
  medianMs: number;
  /** Median divided by the previous row's, for the long-article sizes. */
  ratio?: number;
}

/** What to measure. */
export interface BenchOptions {
  dataDir?: string;
  limit?: number;
  sizes?: readonly number[];
}

/** Word counts of the long article. */
export const LONG_ARTICLE_WORDS = [1_000, 10_000, 100_000, 1_000_000] as const;
const PARAGRAPH_WORDS = 60;

/** Runs the benchmark and returns its rows (cnndm's row is absent when the data is). */
export function benchSummarize(options: BenchOptions = {}): BenchRow[] {
  const rows: BenchRow[] = [];
  const articles = loadDataset(options.dataDir ?? summaryDataDir([]), 'cnndm', options.limit);
  const inputs = (articles ?? []).map(toInput);
  if (inputs.length > 0) {
    for (const input of inputs) summarize(input, { sentences: 3 }); // warm up the JIT
    const times = inputs.map((input) => time(() => summarize(input, { sentences: 3 })));
    rows.push({ name: `cnndm article (${inputs.length})`, medianMs: median(times) });
  }
  const words = longText(inputs);
  let previous: number | undefined;
  for (const size of options.sizes ?? LONG_ARTICLE_WORDS) {
    const input = longArticle(words, size);
    const runs = size >= 1_000_000 ? 3 : 7;
    warmUp(() => summarize(input, { sentences: 7 }));
    const times = Array.from({ length: runs }, () => time(() => summarize(input, { sentences: 7 })));
    const medianMs = median(times);
    rows.push({
      name: `${size.toLocaleString('en')} words`,
      medianMs,
      ...(previous === undefined ? {} : { ratio: medianMs / previous }),
    });
    previous = medianMs;
  }
  return rows;
}

// V8 reaches its optimised code for a new article size only after several calls: one warm-up call
// left 10k words at 3x its steady time (×30 over 1k instead of ×10). Runs up to WARM_UP_CALLS, or
// until WARM_UP_MS have passed, before timing.
const WARM_UP_CALLS = 30;
const WARM_UP_MS = 1000;

/** Calls `run` until V8 has settled on its code for it (see WARM_UP_CALLS). */
export function warmUp(run: () => unknown): void {
  const start = performance.now();
  for (let i = 0; i < WARM_UP_CALLS && performance.now() - start < WARM_UP_MS; i++) run();
}

/** Milliseconds one call of `run` takes. */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The median of some timings. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Varied words to repeat: the corpus's when it is there, else made-up sentences from a fixed seed. */
export function longText(inputs: readonly SummaryInput[]): string[] {
  const words: string[] = [];
  for (const input of inputs.slice(0, 200)) for (const p of input.paragraphs) words.push(...p.split(/\s+/));
  if (words.length > 0) return words;
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `word${i.toString(36)}`);
  for (let i = 0; i < 50_000; i++) {
    const word = vocabulary[Math.floor(next() ** 2 * vocabulary.length)] as string;
    words.push(next() < 0.07 ? `${word}.` : word);
  }
  return words;
}

function longArticle(words: readonly string[], size: number): SummaryInput {
  const paragraphs: string[] = [];
  for (let start = 0; start < size; start += PARAGRAPH_WORDS) {
    const chunk: string[] = [];
    for (let i = start; i < Math.min(size, start + PARAGRAPH_WORDS); i++) chunk.push(words[i % words.length] as string);
    paragraphs.push(chunk.join(' '));
  }
  return { paragraphs, lang: 'en' };
}

function main(argv: readonly string[]): number {
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : undefined;
  const dataDir = summaryDataDir(argv);
  const rows = benchSummarize({ dataDir, ...(limit === undefined ? {} : { limit }) });
  if (!rows[0]?.name.startsWith('cnndm'))
    console.error(`No cnndm.jsonl in ${dataDir}: long article only, from made-up text.`);
  console.log('summarize              median ms   ×previous');
  for (const row of rows) {
    const ratio = row.ratio === undefined ? '' : `×${row.ratio.toFixed(1)}`;
    console.log(`${row.name.padEnd(22)} ${row.medianMs.toFixed(3).padStart(10)}   ${ratio}`);
  }
  return 0;
}

if (isRunDirectly(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
