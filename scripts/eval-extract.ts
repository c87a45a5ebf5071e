/**
 * `npm run eval -- extract [--data DIR] [--pages] [--json]`: extraction quality on the Zyte
 * article-extraction benchmark half in ../shared, Readability alone beside Precis.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { loadDom } from '../src/cli/load-dom';
import { extractArticle } from '../src/extract';
import { type CorpusScore, type PageCounts, corpusScore, pageF1, shingleCounts } from './lib/shingle-f1';
import { isRunDirectly } from './lib/is-run-directly';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ZYTE = join('eval', 'extraction', 'zyte');

/** One benchmark page: its id, address and the annotated article body. */
export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** Scores and speed of one extractor over the corpus. */
export interface ExtractorScore extends CorpusScore {
  medianMs: number;
}

/** Per-page result, for finding what to fix next. */
export interface PageResult {
  id: string;
  url: string;
  readability: PageCounts;
  precis: PageCounts;
  precisText: string;
}

/** The whole evaluation. */
export interface ExtractEval {
  dataDir: string;
  readability: ExtractorScore;
  precis: ExtractorScore;
  pages: PageResult[];
}

/** The Zyte folder: `--data DIR` (the shared folder or the zyte folder itself), else $PRECIS_SHARED, else ../shared. */
export function zyteDir(data?: string): string {
  const base = resolve(data ?? process.env['PRECIS_SHARED'] ?? join(ROOT, '..', 'shared'));
  return existsSync(join(base, 'ground-truth.json')) ? base : join(base, ZYTE);
}

/** Read the benchmark pages; throws a message that says where it looked. */
export function loadBenchPages(dir: string): BenchPage[] {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    throw new Error(`no Zyte benchmark at ${dir} (expected ground-truth.json); pass --data DIR or set PRECIS_SHARED`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .filter(([id]) => existsSync(join(dir, `${id}.html`)))
    .map(([id, t]) => ({ id, url: t.url, truth: t.articleBody, html: readFileSync(join(dir, `${id}.html`), 'utf8') }));
}

/** Parse a page as the CLI does. */
export { loadDom };

/** Readability alone, as the baseline: textContent of its result, on a copy of the page. */
export function readabilityText(doc: Document): string {
  const copy = doc.cloneNode(true) as Document;
  return new Readability(copy).parse()?.textContent ?? '';
}

/** Precis's text as scored: the paragraphs joined by blank lines (the title is not in Zyte's article body). */
export function precisText(doc: Document): string {
  // force: every benchmark page is an article, and Readability alone is not gated either.
  const result = extractArticle(doc, { force: true });
  return result.ok ? result.article.paragraphs.join('\n\n') : '';
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

/** Run both extractors over every page (each on its own parse of the same HTML) and score them. */
export function evalExtract(dataDir: string = zyteDir()): ExtractEval {
  const pages: PageResult[] = [];
  const rMs: number[] = [];
  const pMs: number[] = [];
  for (const page of loadBenchPages(dataDir)) {
    const doc = loadDom(page.html, page.url).window.document;
    const [rText, rTime] = timed(() => readabilityText(doc));
    const [pText, pTime] = timed(() => precisText(doc));
    rMs.push(rTime);
    pMs.push(pTime);
    pages.push({
      id: page.id,
      url: page.url,
      readability: shingleCounts(page.truth, rText),
      precis: shingleCounts(page.truth, pText),
      precisText: pText,
    });
  }
  return {
    dataDir,
    readability: { ...corpusScore(pages.map((p) => p.readability)), medianMs: median(rMs) },
    precis: { ...corpusScore(pages.map((p) => p.precis)), medianMs: median(pMs) },
    pages,
  };
}

function row(name: string, s: ExtractorScore): string {
  const f = (x: number) => x.toFixed(3).padStart(9);
  return `${name.padEnd(12)}${f(s.f1)}${f(s.precision)}${f(s.recall)}${f(s.accuracy)}${s.medianMs.toFixed(1).padStart(11)}`;
}

/** A page where Precis's F1 falls more than this below Readability's alone is one the clean-up made worse. */
export const WORSE_THAN_READABILITY = 0.02;

/** The pages where Precis scores more than WORSE_THAN_READABILITY below Readability alone. */
export function pagesWorseThanReadability(result: ExtractEval): PageResult[] {
  return result.pages.filter((p) => pageF1(p.readability) - pageF1(p.precis) > WORSE_THAN_READABILITY);
}

/** The table printed by the command. */
export function formatEval(result: ExtractEval): string {
  const worse = pagesWorseThanReadability(result);
  return [
    `Zyte article-extraction benchmark, ${result.precis.pages} pages (${result.dataDir})`,
    `${'extractor'.padEnd(12)}${'F1'.padStart(9)}${'P'.padStart(9)}${'R'.padStart(9)}${'acc'.padStart(9)}${'median ms'.padStart(11)}`,
    row('readability', result.readability),
    row('precis', result.precis),
    `pages more than ${WORSE_THAN_READABILITY} F1 below Readability alone: ${worse.length}` +
      (worse.length ? ` (${worse.map((p) => p.id.slice(0, 8)).join(', ')})` : ''),
    `acc = share of pages with shingle F1 >= 0.9; precis times the whole extractArticle (metadata, Readability, clean-up).`,
  ].join('\n');
}

const ALLOWED = ['--data DIR', '--pages', '--json', '--help'];

function main(argv: string[]): number {
  let data: string | undefined;
  let showPages = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data') data = argv[++i];
    else if (arg === '--pages') showPages = true;
    else if (arg === '--json') json = true;
    else if (arg === '--help') {
      console.log(`usage: npm run eval -- extract ${ALLOWED.map((a) => `[${a}]`).join(' ')}`);
      return 0;
    } else {
      console.error(`unknown argument "${arg}"; allowed: ${ALLOWED.join(', ')}`);
      return 2;
    }
  }
  let result: ExtractEval;
  try {
    result = evalExtract(zyteDir(data));
  } catch (error) {
    console.error(`eval extract: ${(error as Error).message}`);
    return 1;
  }
  if (json) {
    console.log(JSON.stringify({ readability: result.readability, precis: result.precis }, null, 2));
    return 0;
  }
  if (showPages) {
    for (const p of [...result.pages].sort((a, b) => pageF1(a.precis) - pageF1(b.precis))) {
      const d = (c: PageCounts) =>
        `${pageF1(c).toFixed(3)} (P ${(c.tp / (c.tp + c.fp || 1)).toFixed(2)} R ${(c.tp / (c.tp + c.fn || 1)).toFixed(2)})`;
      console.log(`${p.id.slice(0, 8)}  precis ${d(p.precis)}  readability ${d(p.readability)}  ${p.url}`);
    }
  }
  console.log(formatEval(result));
  return 0;
}

if (isRunDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
