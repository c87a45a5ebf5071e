/**
 * `npm run bench -- extract [--data DIR] [--rounds N] [--limit N]`: what Precis's clean-up costs on top
 * of Readability. Both run side by side on the same parsed pages, alternating, so machine noise hits
 * both alike; the jsdom parse of the HTML is done once per page and timed for neither.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/extract';
import { loadBenchPages, loadDom, readabilityText, zyteDir } from './eval-extract';
import { isRunDirectly } from './lib/is-run-directly';

/** One page's median times over the rounds. */
export interface BenchRow {
  id: string;
  /** Copy of the document + `new Readability(copy).parse()` + its textContent. */
  readabilityMs: number;
  /** The whole `extractArticle` (gate, metadata, copy, Readability, clean-up). */
  precisMs: number;
  /** Copy + Readability as extractArticle runs it (handing back its DOM node, no HTML string): what the clean-up adds to. */
  readabilityNodeMs: number;
}

/** Readability exactly as extractArticle calls it, without Precis's work around it. */
function readabilityNode(doc: Document): unknown {
  return new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse();
}

/** The budget: extractArticle may cost at most this much more than Readability alone (median over pages). */
export const MAX_OVERHEAD = 0.15;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Time Readability alone and extractArticle on every page, `rounds` times each, in alternating order. */
export function benchExtract(dataDir: string = zyteDir(), rounds = 3, limit = Infinity): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const page of loadBenchPages(dataDir).slice(0, limit)) {
    const doc = loadDom(page.html, page.url).window.document;
    const runs: [number[], () => unknown][] = [
      [[], () => readabilityText(doc)],
      [[], () => extractArticle(doc, { force: true })],
      [[], () => readabilityNode(doc)],
    ];
    for (let i = 0; i < rounds; i++) {
      // Rotate which goes first so warm caches favour none.
      for (let j = 0; j < runs.length; j++) {
        const [times, fn] = runs[(i + j) % runs.length]!;
        times.push(time(fn));
      }
    }
    const [r, p, n] = runs.map(([times]) => median(times));
    rows.push({ id: page.id, readabilityMs: r!, precisMs: p!, readabilityNodeMs: n! });
  }
  return rows;
}

/** Medians over pages and their ratio. */
export function summarizeBench(rows: readonly BenchRow[]): {
  readabilityMs: number;
  precisMs: number;
  ratio: number;
  readabilityNodeMs: number;
  /** extractArticle over Readability-as-extractArticle-calls-it: the cost of the clean-up alone. */
  cleanUpRatio: number;
} {
  const readabilityMs = median(rows.map((r) => r.readabilityMs));
  const precisMs = median(rows.map((r) => r.precisMs));
  const readabilityNodeMs = median(rows.map((r) => r.readabilityNodeMs));
  return {
    readabilityMs,
    precisMs,
    ratio: readabilityMs > 0 ? precisMs / readabilityMs : 0,
    readabilityNodeMs,
    cleanUpRatio: readabilityNodeMs > 0 ? precisMs / readabilityNodeMs : 0,
  };
}

const ALLOWED = ['--data DIR', '--rounds N', '--limit N', '--help'];

function main(argv: string[]): number {
  let data: string | undefined;
  let rounds = 3;
  let limit = Infinity;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') data = argv[++i];
    else if (arg === '--rounds') rounds = Number(argv[++i]);
    else if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--help') {
      console.log(`usage: npm run bench -- extract ${ALLOWED.map((a) => `[${a}]`).join(' ')}`);
      return 0;
    } else {
      console.error(`unknown argument "${arg}"; allowed: ${ALLOWED.join(', ')}`);
      return 2;
    }
  }
  if (!(rounds >= 1) || !(limit >= 1)) {
    console.error('--rounds and --limit take a positive number');
    return 2;
  }
  let rows: BenchRow[];
  try {
    rows = benchExtract(zyteDir(data), rounds, limit);
  } catch (error) {
    console.error(`bench extract: ${(error as Error).message}`);
    return 1;
  }
  const s = summarizeBench(rows);
  // Judged against the stricter of the two baselines: the one without the HTML serialisation Precis skips.
  const overhead = Math.max(s.ratio, s.cleanUpRatio) - 1;
  const pct = (x: number) => `${((x - 1) * 100).toFixed(1)}%`;
  console.log(`${rows.length} pages, ${rounds} rounds each, median of per-page medians (jsdom parse excluded)`);
  console.log(`readability alone (HTML string + textContent)  ${s.readabilityMs.toFixed(1)} ms`);
  console.log(`readability as extractArticle calls it (node)  ${s.readabilityNodeMs.toFixed(1)} ms`);
  console.log(`precis extractArticle                          ${s.precisMs.toFixed(1)} ms`);
  console.log(
    `ratio vs readability alone ${s.ratio.toFixed(3)} (${pct(s.ratio)}); vs the same Readability call ${s.cleanUpRatio.toFixed(3)} (${pct(s.cleanUpRatio)})`,
  );
  console.log(
    `clean-up overhead ${(overhead * 100).toFixed(1)}%, budget ${MAX_OVERHEAD * 100}%: ${overhead <= MAX_OVERHEAD ? 'within budget' : 'OVER BUDGET'}`,
  );
  return overhead <= MAX_OVERHEAD ? 0 : 1;
}

if (isRunDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
