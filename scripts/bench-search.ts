// Speed of "Ask the article": indexSentences() and searchSentences() on one long article of cnndm
// text (made-up text when ../shared is missing) at 10,000 and 100,000 words, where linear time shows ×10.
// Usage: tsx scripts/bench-search.ts [--data DIR] [--words 10000,100000,…]   (npm run bench -- search)
import { indexSentences, searchSentences } from '../src/summarize/index';
import type { SummaryInput } from '../src/summarize/types';
import { longText, median, time, warmUp } from './bench-summarize';
import { loadDataset, summaryDataDir } from './eval-summarize';
import { isRunDirectly } from './lib/is-run-directly';

/** One line of the benchmark. */
export interface SearchBenchRow {
  name: string;
  medianMs: number;
  /** Median divided by the same row's at the size before, timed in turns with it. */
  ratio?: number;
  goalMs?: number;
  /** The slowest query's median, for the query rows. */
  slowestMs?: number;
}

/** Word counts of the long article, and the goals at the first (the size a long read reaches). */
export const SEARCH_ARTICLE_WORDS = [10_000, 100_000] as const;
export const INDEX_GOAL_MS = 30;
export const QUERY_GOAL_MS = 2;
const TEXT_ARTICLES = 200;
const ROUNDS = 15;
const QUERY_RUNS_PER_ROUND = 3;
const SENTENCES_PER_PARAGRAPH = 3;

// What a reader might ask any news story; common words, so their postings are long.
const QUESTIONS = [
  'What did the police say about the shooting?',
  'How many people were killed?',
  'When will the trial begin?',
  'Who won the election?',
  'Why did the company cut jobs?',
  'Where did the attack happen?',
  'What did the president say?',
  'How much money was raised?',
  'family',
  'court judge',
];
const QUOTED_QUERIES = 10;

/** Runs the benchmark and returns its rows: index build and query, at each size. */
export function benchSearch(options: { dataDir?: string; sizes?: readonly number[] } = {}): SearchBenchRow[] {
  const articles = loadDataset(options.dataDir ?? summaryDataDir([]), 'cnndm', TEXT_ARTICLES) ?? [];
  const sentences = articles.length > 0 ? corpusSentences(articles.map((a) => a.text)) : madeUpSentences();
  const sizes = options.sizes ?? SEARCH_ARTICLE_WORDS;
  const inputs = sizes.map((size) => longArticle(sentences, size));
  const queries = [...QUESTIONS, ...quotedQueries(inputs[0]?.paragraphs ?? [])];
  const indices = inputs.map((input) => indexSentences(input));
  for (const input of inputs) warmUp(() => indexSentences(input));
  for (const index of indices) for (const query of queries) warmUp(() => searchSentences(index, query));
  // The sizes take turns, round by round: timed one after the other, 10,000 words ran alone in a
  // young heap and 100,000 after it in a full one, and the ratio read ×16 where turns read ×10.
  const builds = sizes.map((): number[] => []);
  const perQuery = sizes.map(() => queries.map((): number[] => []));
  for (let round = 0; round < ROUNDS; round++) {
    inputs.forEach((input, i) => builds[i]?.push(time(() => indexSentences(input))));
    indices.forEach((index, i) =>
      queries.forEach((query, q) => {
        for (let run = 0; run < QUERY_RUNS_PER_ROUND; run++)
          perQuery[i]?.[q]?.push(time(() => searchSentences(index, query)));
      }),
    );
  }
  const indexRows: SearchBenchRow[] = [];
  const queryRows: SearchBenchRow[] = [];
  sizes.forEach((size, i) => {
    const label = size.toLocaleString('en');
    const build = median(builds[i] ?? []);
    const queryMedians = (perQuery[i] ?? []).map(median);
    const query = median(queryMedians);
    const indexBefore = indexRows[i - 1]?.medianMs;
    const queryBefore = queryRows[i - 1]?.medianMs;
    indexRows.push({
      name: `index, ${label} words`,
      medianMs: build,
      ...(indexBefore === undefined ? {} : { ratio: build / indexBefore }),
      ...(i === 0 ? { goalMs: INDEX_GOAL_MS } : {}),
    });
    queryRows.push({
      name: `query, ${label} words (${queries.length} queries)`,
      medianMs: query,
      slowestMs: Math.max(...queryMedians),
      ...(queryBefore === undefined ? {} : { ratio: query / queryBefore }),
      ...(i === 0 ? { goalMs: QUERY_GOAL_MS } : {}),
    });
  });
  return [...indexRows, ...queryRows];
}

/** "×9.8 on the size before; goal ≤ 30 ms", for the tables. */
export function searchNotes(row: SearchBenchRow): string {
  return [
    row.slowestMs === undefined ? '' : `slowest query ${row.slowestMs.toFixed(3)} ms`,
    row.ratio === undefined ? '' : `×${row.ratio.toFixed(1)} on the size before`,
    row.goalMs === undefined ? '' : `goal ≤ ${row.goalMs} ms${row.medianMs <= row.goalMs ? '' : ': not met'}`,
  ]
    .filter(Boolean)
    .join('; ');
}

// cnndm's text is lower-cased, a sentence a line. Joined as bench-summarize joins it, the splitter
// finds no sentence ends (it wants a capital next) and 10,000 words make 200 "sentences"; a search
// ranks sentences, so each line is given back its capital.
function corpusSentences(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts)
    for (const line of text.split('\n')) {
      const sentence = line.trim();
      if (sentence !== '') out.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    }
  return out;
}

// The summarize bench's made-up words, cut at their full stops into capitalised sentences.
function madeUpSentences(): string[] {
  const out: string[] = [];
  let sentence: string[] = [];
  for (const word of longText([])) {
    sentence.push(sentence.length === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word);
    if (word.endsWith('.')) {
      out.push(sentence.join(' '));
      sentence = [];
    }
  }
  return out;
}

// An English article of at least `size` words, three sentences a paragraph, cycling through them.
function longArticle(sentences: readonly string[], size: number): SummaryInput {
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 0; words < size; i += SENTENCES_PER_PARAGRAPH) {
    const chunk: string[] = [];
    for (let j = i; j < i + SENTENCES_PER_PARAGRAPH; j++) chunk.push(sentences[j % sentences.length] as string);
    const paragraph = chunk.join(' ');
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  return { paragraphs, lang: 'en' };
}

// Words a reader copies from the story: three longer words from sentences spread through it.
function quotedQueries(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let q = 0; q < QUOTED_QUERIES; q++) {
    const paragraph = paragraphs[Math.floor(((q + 0.5) * paragraphs.length) / QUOTED_QUERIES)] ?? '';
    const picked = paragraph.split(/\s+/).filter((word) => word.replace(/\W/g, '').length > 3);
    out.push(picked.slice(q % 5, (q % 5) + 3).join(' '));
  }
  return out;
}

function main(argv: readonly string[]): number {
  const dataDir = summaryDataDir(argv);
  const wordsAt = argv.indexOf('--words');
  const sizes = wordsAt >= 0 ? (argv[wordsAt + 1] ?? '').split(',').map(Number) : SEARCH_ARTICLE_WORDS;
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    console.error('--words takes word counts, comma-separated: --words 10000,100000,1000000');
    return 2;
  }
  if (loadDataset(dataDir, 'cnndm', 1) === undefined)
    console.error(`No cnndm.jsonl in ${dataDir}: made-up text; the questions find little in it.`);
  console.log('search                                median ms   notes');
  for (const row of benchSearch({ dataDir, sizes }))
    console.log(`${row.name.padEnd(36)} ${row.medianMs.toFixed(3).padStart(10)}   ${searchNotes(row)}`);
  return 0;
}

if (isRunDirectly(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
