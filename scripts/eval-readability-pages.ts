/**
 * `npm run eval -- readability DIR [--pages]`: Precis's extract on Readability's own test pages
 * (mozilla/readability's `test/test-pages/<slug>/{source.html, expected.html, expected-metadata.json}`),
 * beside Readability alone. DIR is the repository, its `test/test-pages` or any folder of such slugs;
 * the pages are read from there and never copied into this repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadDom } from '../src/cli/load-dom';
import { extractArticle } from '../src/extract';
import { normalizeText } from '../src/extract/normalize-text';
import { type PageCounts, corpusScore, pagePrecision, pageRecall, shingleCounts } from './lib/shingle-f1';
import { isRunDirectly } from './lib/is-run-directly';

/** Readability's tests load every page at this address. */
const PAGE_URL = 'http://fakehost/test/page.html';
/** A page whose recall falls below this has lost its story. */
const LOST_RECALL = 0.5;

/** One page's figures. */
export interface ReadabilityPageResult {
  slug: string;
  readability: PageCounts;
  precis: PageCounts;
  expectedByline: string | null;
  precisByline: string | null;
  readabilityByline: string | null;
  expectedTitle: string | null;
  precisTitle: string | null;
}

/** The folder holding the slugs: DIR itself, DIR/test-pages or DIR/test/test-pages. */
export function testPagesDir(dir: string): string {
  for (const candidate of [join(dir, 'test', 'test-pages'), join(dir, 'test-pages'), dir]) {
    if (existsSync(candidate) && readdirSync(candidate).some((s) => existsSync(join(candidate, s, 'expected.html'))))
      return candidate;
  }
  throw new Error(`no Readability test pages under ${dir} (expected <slug>/source.html and expected.html)`);
}

/** Text of an HTML fragment, as Readability's textContent gives it. */
function htmlText(html: string): string {
  return loadDom(`<!DOCTYPE html><html><body>${html}</body></html>`).window.document.body.textContent ?? '';
}

/**
 * Compare bylines the way a reader would: case, punctuation and a leading label aside ("By", "Written by",
 * "Par", "Von", "Por": Precis drops them on purpose and the popup writes its own "By"), and the date some
 * expected bylines run on with ("By Nathan Willis March 25, 2015", or unspaced: "by Jane Doe22 Dec 2016")
 * not required.
 */
export function sameByline(expected: string | null, got: string | null): boolean {
  const key = (s: string | null) =>
    normalizeText(s ?? '')
      .toLowerCase()
      .replace(/^(?:(?:written\s+)?by|par|von|por|door)\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const e = key(expected);
  const g = key(got);
  if (e === g) return true;
  // "Last Updated:" before a date names no one.
  if (!g || /^(?:last )?(?:updated|published|posted|modified)$/.test(g) || !e.startsWith(g)) return false;
  const rest = e.slice(g.length);
  return /^(?: (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d)/.test(rest);
}

/**
 * A title cut: Precis's title is a strict prefix of the expected one (a real part of it dropped),
 * not the expected title with the site's suffix taken off, which Precis does on purpose.
 */
export function isTitleCut(expected: string | null, got: string | null): boolean {
  if (!expected || !got) return false;
  const e = normalizeText(expected);
  const g = normalizeText(got);
  return e !== g && e.startsWith(g) && !/^\s*[|\-–—:·•»]\s/.test(e.slice(g.length));
}

/** Run both extractors on every page. */
export function evalReadabilityPages(dir: string): ReadabilityPageResult[] {
  const root = testPagesDir(dir);
  const slugs = readdirSync(root)
    .filter((s) => existsSync(join(root, s, 'source.html')) && existsSync(join(root, s, 'expected.html')))
    .sort();
  return slugs.map((slug) => {
    const source = readFileSync(join(root, slug, 'source.html'), 'utf8');
    const truth = htmlText(readFileSync(join(root, slug, 'expected.html'), 'utf8'));
    const metaFile = join(root, slug, 'expected-metadata.json');
    const meta = existsSync(metaFile)
      ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { byline?: string | null; title?: string | null })
      : {};
    let rText = '';
    let rByline: string | null = null;
    try {
      const r = new Readability(loadDom(source, PAGE_URL).window.document).parse();
      rText = r?.textContent ?? '';
      rByline = r?.byline ?? null;
    } catch {
      // Readability throws on a few pages; it then scores nothing there.
    }
    let pText = '';
    let pByline: string | null = null;
    let pTitle: string | null = null;
    try {
      const result = extractArticle(loadDom(source, PAGE_URL).window.document, { force: true });
      if (result.ok) {
        pText = result.article.paragraphs.join('\n\n');
        pByline = result.article.byline;
        pTitle = result.article.title;
      } else pTitle = result.title;
    } catch (error) {
      console.error(`${slug}: ${(error as Error).message}`);
    }
    return {
      slug,
      readability: shingleCounts(truth, rText),
      precis: shingleCounts(truth, pText),
      expectedByline: meta.byline ?? null,
      precisByline: pByline,
      readabilityByline: rByline,
      expectedTitle: meta.title ?? null,
      precisTitle: pTitle,
    };
  });
}

/** The figures the command prints. */
export function formatReadabilityPages(results: readonly ReadabilityPageResult[], showPages = false): string {
  const lines: string[] = [];
  const f = (x: number) => x.toFixed(3);
  const withByline = results.filter((r) => r.expectedByline);
  for (const [name, pick] of [
    ['readability', (r: ReadabilityPageResult) => r.readability],
    ['precis', (r: ReadabilityPageResult) => r.precis],
  ] as const) {
    const s = corpusScore(results.map(pick));
    const lost = results.filter((r) => pageRecall(pick(r)) < LOST_RECALL);
    lines.push(
      `${name.padEnd(12)} R ${f(s.recall)}  P ${f(s.precision)}  F1 ${f(s.f1)}  pages below ${LOST_RECALL} recall: ${lost.length}` +
        (lost.length ? ` (${lost.map((r) => r.slug).join(', ')})` : ''),
    );
  }
  const rightP = withByline.filter((r) => sameByline(r.expectedByline, r.precisByline));
  const rightR = withByline.filter((r) => sameByline(r.expectedByline, r.readabilityByline));
  lines.push(
    `bylines right: precis ${rightP.length}/${withByline.length}, readability ${rightR.length}/${withByline.length}`,
  );
  const cut = results.filter((r) => isTitleCut(r.expectedTitle, r.precisTitle));
  lines.push(`titles cut: ${cut.length}` + (cut.length ? ` (${cut.map((r) => r.slug).join(', ')})` : ''));
  if (showPages) {
    lines.push('');
    for (const r of [...results].sort((a, b) => pageRecall(a.precis) - pageRecall(b.precis))) {
      lines.push(
        `${r.slug.padEnd(36)} precis R ${f(pageRecall(r.precis))} P ${f(pagePrecision(r.precis))}  readability R ${f(pageRecall(r.readability))} P ${f(pagePrecision(r.readability))}`,
      );
    }
    for (const r of withByline.filter((x) => !sameByline(x.expectedByline, x.precisByline))) {
      lines.push(
        `byline ${r.slug}: expected ${JSON.stringify(r.expectedByline)}, precis ${JSON.stringify(r.precisByline)}`,
      );
    }
    for (const r of cut)
      lines.push(
        `title ${r.slug}: expected ${JSON.stringify(r.expectedTitle)}, precis ${JSON.stringify(r.precisTitle)}`,
      );
  }
  lines.push(`${results.length} pages; recall and precision are means over pages (4-token shingles, the Zyte scorer).`);
  return lines.join('\n');
}

function main(argv: string[]): number {
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const flags = argv.filter((a) => a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--pages' && f !== '--help');
  if (flags.includes('--help') || dirs.length !== 1 || unknown.length) {
    if (unknown.length) console.error(`unknown argument "${unknown[0]}"; allowed: DIR, --pages, --help`);
    console.log('usage: npm run eval -- readability DIR [--pages]   (DIR: a checkout of mozilla/readability)');
    return unknown.length || dirs.length !== 1 ? 2 : 0;
  }
  try {
    console.log(formatReadabilityPages(evalReadabilityPages(resolve(dirs[0]!)), flags.includes('--pages')));
  } catch (error) {
    console.error(`eval readability: ${(error as Error).message}`);
    return 1;
  }
  return 0;
}

if (isRunDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
