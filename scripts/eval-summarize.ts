// ROUGE of Precis and of the Lead baseline on the news corpora in ../shared/eval/summ.
// Usage: tsx scripts/eval-summarize.ts [--data DIR] [--limit N]   (or env PRECIS_SHARED=<shared dir>)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFromText } from '../src/article/article-from-text';
import { articleSentences } from '../src/summarize/article-sentences';
import { isBackPointing } from '../src/summarize/back-pointing';
import { splitSentences, summarize } from '../src/summarize/index';
import { summaryInput } from '../src/summarize/summarize-article';
import type { SummaryInput } from '../src/summarize/types';
import { rouge } from './lib/rouge';
import { runOn, sentenceCased, withCaptions, wrapped } from './lib/text-shapes';
import { isRunDirectly } from './lib/is-run-directly';

/** One article of a corpus: text plus its reference summary (sentences joined by "\n"). */
export interface EvalArticle {
  id: string;
  title?: string;
  text: string;
  summary: string;
}

/** The corpora and how many sentences each one's summaries have. */
export const DATASETS = [
  { name: 'cnndm', sentences: 3 },
  { name: 'xsum', sentences: 1 },
  { name: 'bbc', sentences: 3 },
] as const;

/** Run-on shapes of a corpus (built here from its file): one engine must cope with every shape. */
export const SHAPES = [
  {
    name: 'cnndm run-on, sentence-cased',
    from: 'cnndm',
    sentences: 3,
    shape: (a: EvalArticle) => runOn(sentenceCased(a)),
  },
  {
    name: 'cnndm run-on, sentence-cased, captions',
    from: 'cnndm',
    sentences: 3,
    shape: (a: EvalArticle) => withCaptions(sentenceCased(a)),
  },
  {
    name: 'cnndm sentence-cased, wrapped at 72 columns',
    from: 'cnndm',
    sentences: 3,
    shape: (a: EvalArticle) => wrapped(sentenceCased(a)),
  },
  { name: 'bbc run-on', from: 'bbc', sentences: 3, shape: runOn },
  { name: 'bbc run-on, captions', from: 'bbc', sentences: 3, shape: withCaptions },
  { name: 'bbc wrapped at 72 columns', from: 'bbc', sentences: 3, shape: wrapped },
] as const;

/** A corpus name. */
export type DatasetName = (typeof DATASETS)[number]['name'];

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the corpora are: `--data DIR`, else `$PRECIS_SHARED/eval/summ`, else ../shared/eval/summ. */
export function summaryDataDir(argv: readonly string[] = process.argv.slice(2)): string {
  const flag = argv.indexOf('--data');
  if (flag >= 0 && argv[flag + 1] !== undefined) return resolve(argv[flag + 1] as string);
  const shared = process.env.PRECIS_SHARED;
  if (shared !== undefined && shared !== '') return resolve(shared, 'eval', 'summ');
  return resolve(REPO, '..', 'shared', 'eval', 'summ');
}

/** Reads up to `limit` articles of a corpus, or undefined when its file is missing. */
export function loadDataset(dir: string, name: string, limit = Infinity): EvalArticle[] | undefined {
  const file = join(dir, `${name}.jsonl`);
  if (!existsSync(file)) return undefined;
  const out: EvalArticle[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (out.length >= limit) break;
    if (line.trim() !== '') out.push(JSON.parse(line) as EvalArticle);
  }
  return out;
}

/**
 * The summarizer's input for an article, made as `precis summarize --jsonl` makes it from a
 * `{title, text}` line (articleFromText, then summaryInput), so the eval measures what ships.
 */
export function toInput(article: EvalArticle): SummaryInput {
  const loaded = articleFromText(article.text, article.title === undefined ? {} : { title: article.title });
  return loaded.ok ? summaryInput(loaded.article) : { paragraphs: [] };
}

/** The first `k` sentences of an article: the Lead baseline, with their indices. */
export function lead(input: SummaryInput, k: number): Picked[] {
  const out: Picked[] = [];
  for (const paragraph of input.paragraphs) {
    for (const text of splitSentences(paragraph)) {
      if (out.length === k) return out;
      out.push({ index: out.length, text });
    }
  }
  return out;
}

/** A summary sentence and its index among the article's sentences. */
export interface Picked {
  index: number;
  text: string;
}

/**
 * How many of a summary's sentences dangle: they open with a word that points back (a pronoun,
 * demonstrative or connective) while the article's sentence just before them is not in the summary.
 * An article's first sentence has nothing before it to miss.
 */
export function danglingCount(picked: readonly Picked[], lang: string): number {
  const indices = new Set(picked.map((p) => p.index));
  return picked.filter((p) => p.index > 0 && !indices.has(p.index - 1) && isBackPointing(p.text, lang)).length;
}

/** Mean ROUGE F1 ×100 of a system on a corpus, its share of dangling sentences, words and time. */
export interface EvalRow {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
  /** Percentage of summary sentences that dangle (see danglingCount). */
  dangling: number;
  /** Mean words per summary. */
  words: number;
  msPerArticle: number;
}

/** Scores Lead and Precis on the articles. */
export function evaluate(articles: readonly EvalArticle[], sentences: number): EvalRow[] {
  const systems: Array<[string, (input: SummaryInput) => Picked[]]> = [
    ['Lead', (input) => lead(input, sentences)],
    ['Precis', (input) => summarize(input, { sentences }).sentences],
  ];
  const inputs = articles.map(toInput);
  const langs = inputs.map((input) => articleSentences(input).lang);
  return systems.map(([system, run]) => {
    let r1 = 0;
    let r2 = 0;
    let rl = 0;
    let ms = 0;
    let dangling = 0;
    let picked = 0;
    let words = 0;
    articles.forEach((article, i) => {
      const start = performance.now();
      const candidate = run(inputs[i] as SummaryInput);
      ms += performance.now() - start;
      const texts = candidate.map((p) => p.text);
      const scores = rouge(texts.join('\n'), article.summary);
      r1 += scores.rouge1.f1;
      r2 += scores.rouge2.f1;
      rl += scores.rougeLsum.f1;
      dangling += danglingCount(candidate, langs[i] as string);
      picked += candidate.length;
      words += texts
        .join(' ')
        .split(/\s+/u)
        .filter((w) => w !== '').length;
    });
    const n = Math.max(1, articles.length);
    return {
      system,
      rouge1: (100 * r1) / n,
      rouge2: (100 * r2) / n,
      rougeLsum: (100 * rl) / n,
      dangling: (100 * dangling) / Math.max(1, picked),
      words: words / n,
      msPerArticle: ms / n,
    };
  });
}

function printRows(title: string, rows: readonly EvalRow[]): void {
  console.log(`\n${title}`);
  console.log('system   R-1    R-2    R-Lsum  dangling  words  ms/article');
  for (const row of rows) {
    const cells = [row.rouge1, row.rouge2, row.rougeLsum].map((x) => x.toFixed(2).padStart(6));
    const dangling = `${row.dangling.toFixed(1)} %`.padStart(8);
    const words = row.words.toFixed(0).padStart(6);
    console.log(
      `${row.system.padEnd(7)} ${cells.join(' ')}  ${dangling} ${words}  ${row.msPerArticle.toFixed(3).padStart(8)}`,
    );
  }
}

function main(argv: readonly string[]): number {
  const allowed = new Set(['--data', '--limit']);
  for (let i = 0; i < argv.length; i += 2) {
    if (!allowed.has(argv[i] as string) || argv[i + 1] === undefined) {
      console.error(`Unknown or incomplete argument ${argv[i]}; allowed: --data DIR, --limit N`);
      return 2;
    }
  }
  const limitAt = argv.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(argv[limitAt + 1]) : Infinity;
  const dir = summaryDataDir(argv);
  let missing = 0;
  for (const { name, sentences } of DATASETS) {
    const articles = loadDataset(dir, name, limit);
    if (articles === undefined) {
      console.error(`No ${name}.jsonl in ${dir}: pass --data DIR or set PRECIS_SHARED.`);
      missing++;
      continue;
    }
    printRows(`${name}, ${sentences} sentence(s), ${articles.length} articles`, evaluate(articles, sentences));
  }
  for (const { name, from, sentences, shape } of SHAPES) {
    const articles = loadDataset(dir, from, limit);
    if (articles === undefined) continue;
    printRows(
      `${name}, ${sentences} sentence(s), ${articles.length} articles (built from ${from}.jsonl)`,
      evaluate(articles.map(shape), sentences),
    );
  }
  return missing > 0 ? 1 : 0;
}

if (isRunDirectly(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
