// ROUGE of Precis beside the extractive summarizers published on npm, on ../shared/eval/summ.
// Usage: tsx scripts/eval-peers.ts [--data DIR] [--limit N|all] [--peers DIR]   (or env PRECIS_SHARED)
//
// The peers are not dependencies of Precis: the first run installs them, at the versions pinned below,
// into a cache outside the repository (--peers DIR, else $PRECIS_PEERS_DIR, else <tmp>/precis-eval-peers),
// and later runs reuse it. Each peer gets the article's text as a user would hand it over (the same
// text Precis's own input is made from) and the same number of sentences; every summary is scored
// with the same ROUGE. node-summarizer's TextRank is not deterministic: its R-1 moves by up to ~0.3
// from run to run. Left out: node-summary 1.2.0, whose main file mixes `import` and `require` and does
// not load on Node 20, and which takes no sentence count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { splitSentences, summarize } from '../src/summarize/index';
import { DATASETS, SHAPES, lead, loadDataset, summaryDataDir, toInput, type EvalArticle } from './eval-summarize';
import { rouge } from './lib/rouge';
import { isRunDirectly } from './lib/is-run-directly';

/** The peers and the versions measured. */
const PINNED: Record<string, string> = {
  'node-summarizer': '1.0.7',
  'ts-textrank': '1.0.3',
  lexrank: '1.0.5',
  sum: '0.1.4',
  'text-summarization': '1.0.4',
};

/** A summarizer under test: an article and a sentence count in, its summary's sentences out. */
interface System {
  name: string;
  run: (article: EvalArticle, sentences: number) => Promise<string[]>;
}

/** Installs the pinned peers into `dir` unless they are there already. */
function installPeers(dir: string): void {
  const wanted = Object.entries(PINNED);
  const installed = wanted.every(([name, version]) => {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    return (
      existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version === version
    );
  });
  if (installed) return;
  console.error(`Installing the npm peers into ${dir} (once)…`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'precis-eval-peers', private: true }));
  const specs = wanted.map(([name, version]) => `${name}@${version}`);
  const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', ...specs], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (npm.status !== 0) throw new Error(`npm install of the peers failed in ${dir}`);
  // node-summarizer's TextRank reads WordNet through wordpos, whose install step builds the index files;
  // run that one step by hand rather than every dependency's install scripts.
  const wordpos = join(dir, 'node_modules', 'wordpos');
  const stat = spawnSync(
    process.execPath,
    ['tools/stat.js', '--no-stats', 'index.adv', 'index.adj', 'index.verb', 'index.noun'],
    { cwd: wordpos, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (stat.status !== 0) throw new Error(`wordpos's index step failed in ${wordpos}`);
}

/**
 * A peer's summary text as sentences (for ROUGE-Lsum and the word count), split as Precis splits.
 * node-summarizer concatenates its sentences with no space between them ("…home.The charity…"):
 * a space goes back after each sentence's end that runs straight into a capital or a quote.
 */
export function sentencesOf(text: string): string[] {
  const spaced = text.replace(/([.!?]["”’]?)(?=["“‘]?\p{Lu})/gu, '$1 ');
  return splitSentences(spaced.trim()).filter((s) => s !== '');
}

/** The peers as systems, loaded from `dir`. */
function peerSystems(dir: string): System[] {
  const load = createRequire(join(dir, 'package.json'));
  /* eslint-disable @typescript-eslint/no-explicit-any -- untyped CommonJS packages, called as their READMEs show */
  const nodeSummarizer: any = load('node-summarizer');
  const textrank: any = load('ts-textrank');
  const lexrank: any = load('lexrank');
  const sum: any = load('sum');
  const textSummarization: any = load('text-summarization');
  return [
    {
      name: 'node-summarizer (frequency)',
      run: async ({ text }, k) =>
        sentencesOf(new nodeSummarizer.SummarizerManager(text, k).getSummaryByFrequency().summary),
    },
    {
      name: 'node-summarizer (TextRank)',
      run: async ({ text }, k) =>
        sentencesOf((await new nodeSummarizer.SummarizerManager(text, k).getSummaryByRank()).summary),
    },
    {
      name: 'ts-textrank',
      run: async ({ text }, k) => {
        const config = new textrank.AbsoluteSummarizerConfig(
          k,
          new textrank.SorensenDiceSimilarity(),
          new textrank.DefaultTextParser(),
          0.85,
          textrank.Summarizer.SORT_OCCURENCE,
        );
        return new textrank.Summarizer(config, new textrank.NullLogger()).summarize(text, 'en');
      },
    },
    {
      name: 'lexrank',
      run: ({ text }, k) =>
        new Promise((done, fail) => {
          lexrank.summarize(text, k, (error: unknown, top: Array<{ text: string }>) => {
            if (error) fail(error instanceof Error ? error : new Error(String(error)));
            else done(top.map((line) => line.text));
          });
        }),
    },
    { name: 'sum', run: async ({ text }, k) => sum({ corpus: text, nSentences: k }).sentences },
    {
      name: 'text-summarization',
      run: async ({ text }, k) => (await textSummarization({ text, numSentences: k })).extractive,
    },
  ];
  /* eslint-enable @typescript-eslint/no-explicit-any */
}

/** Mean ROUGE F1 ×100 of a system on a corpus, its words, sentences and time; failures counted. */
interface PeerRow {
  system: string;
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
  words: number;
  sentences: number;
  msPerArticle: number;
  /** Articles the system threw on, scored as empty summaries; and its R-1 over the rest. */
  failed: number;
  rouge1Answered: number;
}

// A peer that never settles counts as failed on that article instead of hanging the run (one run of
// this script once stopped on xsum, in a peer not identified; the next, with this limit, did not).
const PEER_TIMEOUT_MS = 30_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function score(system: System, articles: readonly EvalArticle[], k: number): Promise<PeerRow> {
  let r1 = 0;
  let r2 = 0;
  let rl = 0;
  let words = 0;
  let count = 0;
  let ms = 0;
  let failed = 0;
  let r1Answered = 0;
  for (const article of articles) {
    const start = performance.now();
    let picked: string[] = [];
    let answered = true;
    try {
      picked = (await withTimeout(system.run(article, k), PEER_TIMEOUT_MS))
        .map((s) => s.trim())
        .filter((s) => s !== '');
    } catch (error) {
      answered = false;
      failed++;
      if (failed <= 3)
        console.error(`${system.name} on ${article.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    ms += performance.now() - start;
    const scores = rouge(picked.join('\n'), article.summary);
    r1 += scores.rouge1.f1;
    if (answered) r1Answered += scores.rouge1.f1;
    r2 += scores.rouge2.f1;
    rl += scores.rougeLsum.f1;
    words += picked
      .join(' ')
      .split(/\s+/u)
      .filter((w) => w !== '').length;
    count += picked.length;
  }
  const n = Math.max(1, articles.length);
  return {
    system: system.name,
    rouge1: (100 * r1) / n,
    rouge2: (100 * r2) / n,
    rougeLsum: (100 * rl) / n,
    words: words / n,
    sentences: count / n,
    msPerArticle: ms / n,
    failed,
    rouge1Answered: (100 * r1Answered) / Math.max(1, articles.length - failed),
  };
}

function printRows(title: string, rows: readonly PeerRow[]): void {
  console.log(`\n${title}`);
  console.log(`${'system'.padEnd(28)}   R-1    R-2  R-Lsum  words  sents  ms/article  failed  R-1 answered`);
  // A peer's failures count against it in R-1 (empty summaries); the margin uses its R-1 over the
  // articles it answered, so Precis is not credited with another package's crashes.
  const best = Math.max(...rows.filter((r) => r.system !== 'Precis').map((r) => Math.max(r.rouge1, r.rouge1Answered)));
  for (const row of rows) {
    const cells = [row.rouge1, row.rouge2, row.rougeLsum].map((x) => x.toFixed(2).padStart(6));
    console.log(
      `${row.system.padEnd(28)} ${cells.join(' ')} ${row.words.toFixed(0).padStart(6)} ${row.sentences
        .toFixed(2)
        .padStart(6)} ${row.msPerArticle.toFixed(2).padStart(11)} ${String(row.failed).padStart(7)} ${row.rouge1Answered
        .toFixed(2)
        .padStart(13)}`,
    );
  }
  const precis = rows.find((r) => r.system === 'Precis');
  if (precis !== undefined) {
    const margin = precis.rouge1 - best;
    console.log(`Precis − best other: ${margin >= 0 ? '+' : ''}${margin.toFixed(2)} R-1`);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const allowed = new Set(['--data', '--limit', '--peers']);
  for (let i = 0; i < argv.length; i += 2) {
    if (!allowed.has(argv[i] as string) || argv[i + 1] === undefined) {
      console.error(`Unknown or incomplete argument ${argv[i]}; allowed: --data DIR, --limit N|all, --peers DIR`);
      return 2;
    }
  }
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const limitFlag = flag('--limit') ?? '500';
  const limit = limitFlag === 'all' ? Infinity : Number(limitFlag);
  if (!(limit > 0)) {
    console.error(`--limit takes a positive number or "all", not ${limitFlag}`);
    return 2;
  }
  const peersDir = resolve(flag('--peers') ?? process.env.PRECIS_PEERS_DIR ?? join(tmpdir(), 'precis-eval-peers'));
  const dir = summaryDataDir(argv);
  installPeers(peersDir);
  const systems: System[] = [
    { name: 'Lead', run: async (article, k) => lead(toInput(article), k).map((p) => p.text) },
    {
      name: 'Precis',
      run: async (article, k) => summarize(toInput(article), { sentences: k }).sentences.map((p) => p.text),
    },
    ...peerSystems(peersDir),
  ];
  const sets = [
    ...DATASETS.map(({ name, sentences }) => ({ name, from: name, sentences, shape: (a: EvalArticle) => a })),
    ...SHAPES,
  ];
  let missing = 0;
  for (const { name, from, sentences, shape } of sets) {
    const articles = loadDataset(dir, from, limit);
    if (articles === undefined) {
      console.error(`No ${from}.jsonl in ${dir}: pass --data DIR or set PRECIS_SHARED.`);
      missing++;
      continue;
    }
    const shaped = articles.map(shape);
    const rows: PeerRow[] = [];
    for (const system of systems) rows.push(await score(system, shaped, sentences));
    printRows(
      `${name}, ${sentences} sentence(s), first ${shaped.length} articles (first --limit of ${from}.jsonl)`,
      rows,
    );
  }
  return missing > 0 ? 1 : 0;
}

if (isRunDirectly(import.meta.url)) {
  // Exit when done: a peer that never settled may still hold the event loop open.
  process.exit(await main(process.argv.slice(2)));
}
