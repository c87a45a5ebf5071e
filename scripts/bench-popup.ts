/**
 * `npm run bench -- popup [--runs N] [--real-runs N] [--pages N|all]`: toolbar click → summary painted
 * in the popup, in Debian's Chromium with the built extension (a bench build: `performance.mark`s along
 * the click, src/bench-marks.ts), on the seed page, a 5,000-word article and the Zyte development pages
 * in ../shared (served on 127.0.0.1 without their scripts): cold (nothing cached, content script not yet
 * in the tab) and cached (the popup reopened on the same page, a second later as a reader reopens it,
 * and at once, while the closed popup's renderer still runs); on the seed page also cold with the
 * service worker stopped first, as an idle one is. The popup marks `precis:painted` on its own clock.
 * In the same browser, alternated click for click so drift hits both, the floor: the same extension
 * with a popup that asks nothing and paints an empty paragraph, what the browser itself takes to open a
 * popup. Precis's share is the difference.
 */
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM_ARGS } from './lib/chromium-args';
import { startStaticServer } from './lib/static-server';
import { loadBenchPages, zyteDir } from './eval-extract';
import { isRunDirectly } from './lib/is-run-directly';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The floor's popup: one empty paragraph, marked painted on its first frame, as Precis's popup marks its summary.
const FLOOR_HTML = '<!doctype html><meta charset="utf-8"><p></p><script src="floor.js"></script>';
const FLOOR_JS = "requestAnimationFrame(() => performance.mark('precis:painted'));";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const SUBJECTS = [
  'The council',
  'Engineers',
  'The minister',
  'Local residents',
  'The company',
  'Researchers',
  'Officials',
  'The union',
];
const VERBS = ['said on Tuesday that', 'warned that', 'confirmed that', 'argued that', 'reported that', 'denied that'];
const OBJECTS = [
  'the repairs to the northern bridge would take longer than planned',
  'the budget for the coming year had been cut by a tenth',
  'the new rail line would open to passengers in the spring',
  'water levels in the reservoir had fallen to a record low',
  'the talks would resume after the holiday weekend',
  'more than two hundred jobs were at risk at the plant',
];

/** A long, plausible article of about `words` words, made up here (no news text is copied). */
function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++, i++) {
      const s = `${SUBJECTS[i % 8]} ${VERBS[(i * 7) % 6]} ${OBJECTS[(i * 5) % 6]}, according to figures released in week ${(i % 52) + 1}.`;
      sentences.push(s);
      count += s.split(' ').length;
    }
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report | The Bench Times</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>A long report on the state of the town</h1><p class="byline">By Bench Writer</p>${paragraphs.join('\n')}</article></main>
<footer><p>© The Bench Times</p></footer></body></html>`;
}

/** One click: ms from the click to the popup's `precis:painted`, and every `precis:*` mark, in ms after the click. */
interface Click {
  ms: number;
  hasSummary: boolean;
  marks: Record<string, number>;
}

const WORKER_MARKS = ['worker-started', 'worker-evaluating', 'worker-ready'];

async function clickToPaint(browser: Browser, extension: Extension, page: Page): Promise<Click> {
  const popupUrl = `chrome-extension://${extension.id}/popup.html`;
  // `popup.html`, or `popup.html?tab=N` once the background has named the popup's tab.
  const isPopup = (t: Target) => t.url() === popupUrl || t.url().startsWith(`${popupUrl}?tab=`);
  const opened = browser.waitForTarget(isPopup, { timeout: 30_000 });
  const clickedAt = Date.now();
  await page.triggerExtensionAction(extension);
  const popup = await (await opened).asPage();
  await popup.waitForFunction(() => performance.getEntriesByName('precis:painted').length > 0, { timeout: 30_000 });
  // The popup's own marks, and those the answer carried (the background's from the click, before the popup began).
  const marks = await popup.evaluate(() => ({
    ...globalThis.__precisBenchMarks,
    ...Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('precis:'))
        .map((m) => [m.name.slice('precis:'.length), performance.timeOrigin + m.startTime]),
    ),
  }));
  const hasSummary = await popup.$$eval('#summary li', (items) => items.length > 0);
  await popup.close();
  for (const name of Object.keys(marks)) marks[name] = marks[name]! - clickedAt;
  // A worker started before the click (the last one's answer carried its start) is no stage of this one.
  if (marks['worker-started']! < 0) for (const name of WORKER_MARKS) delete marks[name];
  return { ms: marks['painted']!, hasSummary, marks };
}

/**
 * How long a reader's reopen waits after the popup closed. Chrome soon ends a closed popup's renderer
 * (600 ms after the close, every reopen here started a new one); a click before that may reuse it and
 * paint ~250 ms sooner, a race neither side can choose, which split an "at once" page's clicks in two.
 */
export const REOPEN_PAUSE_MS = 1000;

/**
 * Each side's clicks on one page: the first on a fresh tab, then on the same tab a reopen a second
 * after it closed (as a reader reopens it) and one at once (the closed popup's renderer still running).
 */
interface Clicks {
  first: Click[];
  reopened: Click[];
  atOnce: Click[];
}
type Side = 'precis' | 'floor';
type PageClicks = Record<Side, Clicks>;

/**
 * A Chromium with only the extension in `dir`; `asleep`: no session held to its worker. One browser
 * per side: installed together in one, the empty popup painted later than Precis's full one on most pages.
 */
async function launch(dir: string, asleep: boolean) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'precis-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: true,
    // The real pages link their sites' images and styles: refused at once, the same for every run.
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const id = await browser.installExtension(dir);
  const extension = (await browser.extensions()).get(id)!;
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(id));
  // A worker puppeteer holds a session to doesn't come back once stopped: with `asleep`, hold none.
  const worker = asleep ? undefined : await target.worker();
  return {
    browser,
    extension,
    clearCache: async () =>
      worker?.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
        ).chrome.storage.session.clear(),
      ),
    close: async () => {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Stops the browser's service workers, as Chrome stops an idle one after 30 s. */
async function stopWorkers(page: Page): Promise<void> {
  const session = await page.createCDPSession();
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/**
 * In two fresh Chromiums, one with Precis and one with the floor: one warm-up round, not counted (the first popup of a
 * browser pays for its own start-up), then for each page `runs` rounds of, for each side in turn (which
 * goes first alternates), a new tab, a first click with nothing cached, then on the same tab a click
 * REOPEN_PAUSE_MS after that popup closed and one at once after that. `asleep`: the first click finds
 * the service worker stopped, as Chrome stops an idle one after 30 s (each round then opens its own
 * URL, so nothing is cached either), and so does the reopen, its worker stopped again; no click at once.
 */
async function alternatedRounds(
  dirs: Record<Side, string>,
  urls: readonly string[],
  runs: number,
  { asleep = false } = {},
): Promise<PageClicks[]> {
  const sides = { precis: await launch(dirs.precis, asleep), floor: await launch(dirs.floor, asleep) };
  try {
    const round = async (url: string, side: Side, run: number, clicks?: Clicks) => {
      const { browser, extension, clearCache } = sides[side];
      await clearCache();
      const page = await browser.newPage();
      await page.goto(asleep ? `${url}?round=${run}&side=${side}` : url, { waitUntil: 'load' });
      if (asleep) await stopWorkers(page);
      clicks?.first.push(await clickToPaint(browser, extension, page));
      await new Promise((resolve) => setTimeout(resolve, REOPEN_PAUSE_MS));
      if (asleep) await stopWorkers(page);
      clicks?.reopened.push(await clickToPaint(browser, extension, page));
      if (!asleep) clicks?.atOnce.push(await clickToPaint(browser, extension, page));
      await page.close();
    };
    for (const side of ['precis', 'floor'] as const) await round(urls[0]!, side, -1);
    const results: PageClicks[] = [];
    for (const url of urls) {
      const none = (): Clicks => ({ first: [], reopened: [], atOnce: [] });
      const clicks: PageClicks = { precis: none(), floor: none() };
      for (let run = 0; run < runs; run++) {
        const order: Side[] = run % 2 ? ['floor', 'precis'] : ['precis', 'floor'];
        for (const side of order) await round(url, side, run, clicks[side]);
      }
      results.push(clicks);
    }
    return results;
  } finally {
    await sides.precis.close();
    await sides.floor.close();
  }
}

/** Medians of one page's clicks: Precis, the floor, and Precis's share (the difference). */
export interface Share {
  precisMs: number;
  floorMs: number;
  shareMs: number;
}

function share(precis: Click[], floor: Click[]): Share {
  const precisMs = median(precis.map((c) => c.ms));
  const floorMs = median(floor.map((c) => c.ms));
  return { precisMs, floorMs, shareMs: precisMs - floorMs };
}

/** A page's row: cold and cached (and, on the seed page, cold with the worker asleep). */
export interface PopupRow {
  page: string;
  words?: number;
  cold: Share;
  /** Reopened a second after the popup closed, as a reader does. */
  cached: Share;
  /** Reopened at once, the closed popup's renderer still running. */
  atOnce: Share;
  asleep?: Share;
  /** Reopened a second later, the worker stopped again (as after 30 s idle). */
  asleepCached?: Share;
}

/** The real pages: their medians and worst page, and each page's row. */
export interface RealPages {
  pages: number;
  of: number;
  runs: number;
  /** Pages where Precis painted no summary (not an article to its check), left out of the rows. */
  skipped: string[];
  rows: PopupRow[];
  cold: { median: Share; worst: PopupRow };
  cached: { median: Share; worst: PopupRow };
  atOnce: { median: Share; worst: PopupRow };
}

/**
 * The stages of a cold click, from the bench build's marks: [label, from mark, to mark]. The click reaches
 * the background first, which reads the page while the browser opens the popup: two paths side by side,
 * each adding up to its own end, and the popup's answer waits for whichever is later.
 */
const STAGES: [string, string, string][] = [
  // Only where the click woke the worker (these marks go with the first answer after it starts).
  ['the worker: the browser starts it', 'click', 'worker-started'],
  ['the worker: background.js read and compiled', 'worker-started', 'worker-evaluating'],
  ['the worker: background.js evaluated', 'worker-evaluating', 'worker-ready'],
  ['the page: the click reaches the worker', 'click', 'clicked'],
  ['the page: settings, tab URL, a first ask no script answers yet', 'clicked', 'inject-start'],
  ['the page: injection, until content.js runs', 'inject-start', 'content-evaluating'],
  ['the page: injection, content.js sets itself up', 'content-evaluating', 'content-ready'],
  ['the page: injection, back to the worker', 'content-ready', 'injected'],
  ['the page: hop worker → content script', 'injected', 'content-received'],
  ['the page: metadata, article check', 'content-received', 'checked'],
  ['the page: document clone', 'checked', 'cloned'],
  ['the page: Readability', 'cloned', 'readability'],
  ['the page: clean-up', 'readability', 'content-replying'],
  ['the page: hop content script → worker', 'content-replying', 'extraction-received'],
  ['the page: summary (cache look-up, summarize)', 'extraction-received', 'summarized'],
  ['**the page: summary ready, after the click**', 'click', 'summarized'],
  ['the popup: opens (the browser)', 'click', 'started'],
  ['the popup: active tab, asks', 'started', 'asked'],
  ['the popup: hops to the worker and back, with the answer', 'asked', 'answered'],
  ['the popup: paint', 'answered', 'painted'],
  ['**the popup: painted, after the click**', 'click', 'painted'],
];

/**
 * The stages of a cached click: the tab's popup kept the summary it showed last in its address, draws it
 * as its page is parsed and asks again only once it is on screen; the content script kept its extraction.
 */
const CACHED_STAGES: [string, string, string][] = [
  ['popup opens (the browser; the floor is this)', 'click', 'started'],
  ['popup: parsed, the kept summary drawn', 'started', 'kept'],
  ['popup: shown, its first frame', 'kept', 'painted'],
  ['after the paint: the popup asks again', 'painted', 'asked'],
  ['after the paint: worker, kept extraction, cache, hops back', 'asked', 'answered'],
];

/** Median ms of each stage over `clicks` (stages a click didn't go through are left out of its median). */
export function breakdown(clicks: Click[], stages = STAGES): { stage: string; ms: number }[] {
  return stages.map(([stage, from, to]) => {
    const spans = clicks
      .map((c) => (to in c.marks && (from === 'click' || from in c.marks) ? c.marks[to]! - (c.marks[from] ?? 0) : NaN))
      .filter((x) => !Number.isNaN(x));
    return { stage, ms: spans.length ? median(spans) : NaN };
  });
}

export interface PopupBench {
  rows: PopupRow[];
  /** The seed page's cold and cached clicks, stage by stage. */
  seedBreakdown: { stage: string; ms: number }[];
  seedCachedBreakdown: { stage: string; ms: number }[];
  /** The seed page's cold clicks with the worker asleep, stage by stage. */
  seedAsleepBreakdown: { stage: string; ms: number }[];
  real?: RealPages;
  realBreakdown?: { stage: string; ms: number }[];
  realCachedBreakdown?: { stage: string; ms: number }[];
  /** Why there are no real-page rows, when there are none. */
  realMissing?: string;
}

function worstBy(rows: PopupRow[], pick: (r: PopupRow) => Share): PopupRow {
  return rows.reduce((w, r) => (pick(r).shareMs > pick(w).shareMs ? r : w));
}

function medianShare(shares: Share[]): Share {
  return {
    precisMs: median(shares.map((s) => s.precisMs)),
    floorMs: median(shares.map((s) => s.floorMs)),
    shareMs: median(shares.map((s) => s.shareMs)),
  };
}

/** A script-free copy of a page: each run sees the same DOM, and nothing but Precis works on it. */
export function stripScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/** Serves the Zyte pages, scripts stripped in memory (nothing copied to disk), at /<id>.html. */
async function serveReal(pages: { id: string; html: string }[]) {
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, stripScripts(p.html)]));
  const server = createServer((req, res) => {
    const html = byPath.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (html === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every `n / count`-th page by id: the same spread-out subset every run. */
function pickPages<T extends { id: string }>(pages: T[], count: number): T[] {
  const sorted = [...pages].sort((a, b) => a.id.localeCompare(b.id));
  if (count >= sorted.length) return sorted;
  return Array.from({ length: count }, (_, i) => sorted[Math.floor((i * sorted.length) / count)]!);
}

/** Options: rounds per seed page, rounds per real page, how many real pages (Infinity: all). */
export interface PopupBenchOptions {
  runs?: number;
  realRuns?: number;
  realPages?: number;
}

/**
 * Medians over `runs` rounds per seed page and `realRuns` per real page, each against the floor in the
 * same browser. A reopen at once lands on the closed popup's renderer or on a new one, ~250 ms apart, as
 * the browser pleases (the floor shows it too): 15 runs keep that from swinging the seed medians.
 */
export async function benchPopup({
  runs = 15,
  realRuns = 3,
  realPages = 12,
}: PopupBenchOptions = {}): Promise<PopupBench> {
  const built = spawnSync(
    process.execPath,
    ['build.mjs', '--production', '--bench', '--target', 'chrome', '--no-cli', '--out', join(ROOT, 'dist/bench')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const pagesDir = await mkdtemp(join(tmpdir(), 'precis-bench-pages-'));
  await mkdir(pagesDir, { recursive: true });
  await writeFile(join(pagesDir, 'long.html'), longArticle(5000));
  // The floor: Precis as built, but with a popup that asks nothing and paints an empty paragraph.
  const floorDir = join(pagesDir, 'floor-extension');
  await cp(join(ROOT, 'dist/bench/chrome'), floorDir, { recursive: true });
  // Opened by the click itself, as a manifest's popup is: Precis's build opens its own from the background.
  const floorManifest = JSON.parse(await readFile(join(floorDir, 'manifest.json'), 'utf8')) as {
    action: Record<string, unknown>;
  };
  floorManifest.action.default_popup = 'popup.html';
  await writeFile(join(floorDir, 'manifest.json'), JSON.stringify(floorManifest));
  await writeFile(join(floorDir, 'popup.html'), FLOOR_HTML);
  await writeFile(join(floorDir, 'floor.js'), FLOOR_JS);
  const dirs = { precis: join(ROOT, 'dist/bench/chrome'), floor: floorDir };
  const server = await startStaticServer({
    '/fixtures/': join(ROOT, 'test/fixtures/pages'),
    '/bench/': pagesDir,
  });
  try {
    const seeds = [
      { page: 'seed page', url: `${server.baseUrl}/fixtures/seed-nato/source.html`, words: 320 },
      { page: '5,000-word article', url: `${server.baseUrl}/bench/long.html`, words: 5000 },
    ];
    const clicks = await alternatedRounds(
      dirs,
      seeds.map((p) => p.url),
      runs,
    );
    const [asleep] = await alternatedRounds(dirs, [seeds[0]!.url], runs, { asleep: true });
    const rows = seeds.map(({ page, words }, i) => ({
      page,
      words,
      cold: share(clicks[i]!.precis.first, clicks[i]!.floor.first),
      cached: share(clicks[i]!.precis.reopened, clicks[i]!.floor.reopened),
      atOnce: share(clicks[i]!.precis.atOnce, clicks[i]!.floor.atOnce),
      asleep: i === 0 ? share(asleep!.precis.first, asleep!.floor.first) : undefined,
      asleepCached: i === 0 ? share(asleep!.precis.reopened, asleep!.floor.reopened) : undefined,
    }));
    const result: PopupBench = {
      rows,
      seedBreakdown: breakdown(clicks[0]!.precis.first),
      seedCachedBreakdown: breakdown(clicks[0]!.precis.reopened, CACHED_STAGES),
      seedAsleepBreakdown: breakdown(asleep!.precis.first),
    };
    let all: { id: string; html: string }[];
    try {
      all = loadBenchPages(zyteDir());
    } catch (e) {
      return { ...result, realMissing: (e as Error).message };
    }
    const chosen = pickPages(all, realPages);
    const real = await serveReal(chosen);
    try {
      const realClicks = await alternatedRounds(
        dirs,
        chosen.map((p) => `${real.baseUrl}/${p.id}.html`),
        realRuns,
      );
      const skipped: string[] = [];
      const realRows: PopupRow[] = [];
      const cold: Click[] = [];
      const cached: Click[] = [];
      chosen.forEach((p, i) => {
        const c = realClicks[i]!;
        if (![...c.precis.first, ...c.precis.reopened, ...c.precis.atOnce].every((k) => k.hasSummary))
          return void skipped.push(p.id);
        cold.push(...c.precis.first);
        cached.push(...c.precis.reopened);
        realRows.push({
          page: p.id.slice(0, 8),
          cold: share(c.precis.first, c.floor.first),
          cached: share(c.precis.reopened, c.floor.reopened),
          atOnce: share(c.precis.atOnce, c.floor.atOnce),
        });
      });
      if (realRows.length === 0) return { ...result, realMissing: 'Precis painted a summary on none of the pages' };
      result.real = {
        pages: realRows.length,
        of: all.length,
        runs: realRuns,
        skipped,
        rows: realRows,
        cold: { median: medianShare(realRows.map((r) => r.cold)), worst: worstBy(realRows, (r) => r.cold) },
        cached: { median: medianShare(realRows.map((r) => r.cached)), worst: worstBy(realRows, (r) => r.cached) },
        atOnce: { median: medianShare(realRows.map((r) => r.atOnce)), worst: worstBy(realRows, (r) => r.atOnce) },
      };
      result.realBreakdown = breakdown(cold);
      result.realCachedBreakdown = breakdown(cached, CACHED_STAGES);
    } finally {
      await real.close();
    }
    return result;
  } finally {
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** The bench's tables, as `npm run bench -- popup` prints them. */
export function formatPopupBench(bench: PopupBench): string {
  const lines = ["| page | click → painted | the floor (empty popup) | **Precis's share** |", '|---|---|---|---|'];
  const line = (what: string, s: Share) =>
    lines.push(`| ${what} | ${ms(s.precisMs)} | ${ms(s.floorMs)} | **${ms(s.shareMs)}** |`);
  for (const r of bench.rows) {
    line(`${r.page}, cold`, r.cold);
    line(`${r.page}, cached`, r.cached);
    line(`${r.page}, cached, reopened at once`, r.atOnce);
    if (r.asleep) line(`${r.page}, cold, service worker asleep`, r.asleep);
    if (r.asleepCached) line(`${r.page}, cached, service worker asleep`, r.asleepCached);
  }
  const { real } = bench;
  if (real) {
    const label = `${real.pages} Zyte pages${real.pages < real.of ? ` of ${real.of}` : ''}, scripts stripped`;
    const kinds = [
      ['cold', real.cold, (r: PopupRow) => r.cold],
      ['cached', real.cached, (r: PopupRow) => r.cached],
      ['cached, reopened at once', real.atOnce, (r: PopupRow) => r.atOnce],
    ] as const;
    for (const [what, { median: m, worst }, pick] of kinds) {
      const w = pick(worst);
      line(`${label}: median page, ${what}`, m);
      lines.push(
        `| ${label}: worst page, ${what} (${worst.page}) | ${ms(w.precisMs)} | ${ms(w.floorMs)} | **${ms(w.shareMs)}** |`,
      );
    }
  } else lines.push(`| real pages | | | not measured: ${bench.realMissing} |`);
  const cell = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(1));
  type Stages = { stage: string; ms: number }[];
  const stages = (kind: string, columns: [string, Stages | undefined][]) => {
    lines.push(
      '',
      `| a ${kind} click, stage by stage (medians, ms) | ${columns.map(([name]) => name).join(' | ')} |`,
      `|---|${columns.map(() => '---|').join('')}`,
    );
    // A stage no column went through (the worker's start, with the worker awake) is left out.
    columns[0]![1]!.forEach(({ stage }, i) => {
      const cells = columns.map(([, c]) => c?.[i]?.ms);
      if (cells.some((x) => x !== undefined && !Number.isNaN(x)))
        lines.push(`| ${stage} | ${cells.map(cell).join(' | ')} |`);
    });
  };
  stages('cold', [
    ['seed page', bench.seedBreakdown],
    ['real pages', bench.realBreakdown],
    ['seed page, worker asleep', bench.seedAsleepBreakdown],
  ]);
  stages('cached', [
    ['seed page', bench.seedCachedBreakdown],
    ['real pages', bench.realCachedBreakdown],
  ]);
  if (real) {
    lines.push(
      '',
      '| real page | cold: Precis / floor / share | cached: Precis / floor / share | at once: Precis / floor / share |',
      '|---|---|---|---|',
    );
    const f = (s: Share) => `${s.precisMs.toFixed(0)} / ${s.floorMs.toFixed(0)} / **${s.shareMs.toFixed(0)}**`;
    for (const r of real.rows) lines.push(`| ${r.page} | ${f(r.cold)} | ${f(r.cached)} | ${f(r.atOnce)} |`);
    if (real.skipped.length)
      lines.push(`left out (no summary painted): ${real.skipped.map((id) => id.slice(0, 8)).join(', ')}`);
    lines.push(`medians of ${real.runs} rounds per page, each side's click alternated with the other's`);
  }
  return lines.join('\n');
}

const USAGE = 'usage: npm run bench -- popup [--runs N] [--real-runs N] [--pages N|all]';

if (isRunDirectly(import.meta.url)) {
  const options: PopupBenchOptions = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[++i];
    const n = value === 'all' ? Infinity : Number(value);
    if (!(n > 0)) {
      console.error(USAGE);
      process.exit(2);
    }
    if (arg === '--runs') options.runs = n;
    else if (arg === '--real-runs') options.realRuns = n;
    else if (arg === '--pages') options.realPages = n;
    else {
      console.error(`unknown argument "${arg}"\n${USAGE}`);
      process.exit(2);
    }
  }
  console.log(formatPopupBench(await benchPopup(options)));
}
