/**
 * `npm run bench`: every speed figure Precis is held to, in one table. Medians of repeated runs; ratios
 * are measured side by side in the same run. Sections whose data or browser is missing say so.
 */
import { existsSync } from 'node:fs';
import { benchBundles } from './bench-bundles';
import { benchExtract, MAX_OVERHEAD, summarizeBench } from './bench-extract';
import { benchPages } from './bench-pages';
import { benchPopup, type Share } from './bench-popup';
import { benchSearch, searchNotes } from './bench-search';
import { benchSummarize } from './bench-summarize';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Rows by section, printed in TABLE_ORDER whatever order the sections ran in.
const TABLE_ORDER = ['popup', 'pages', 'extract', 'summarize', 'search', 'bundles'];
const rowsOf = new Map<string, string[][]>();
let current: string[][] = [];
const add = (...cells: string[]) => current.push(cells);
const ms = (x: number) => `${x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;

async function section(name: string, run: () => Promise<void> | void): Promise<void> {
  current = [];
  rowsOf.set(name, current);
  try {
    await run();
  } catch (error) {
    add(name, 'skipped', (error as Error).message.split('\n')[0] ?? '');
  }
}

// The summarizer first: it runs in the background worker's own heap. Run after the extract section,
// in the heap its jsdom pages leave behind, the 1M-word figure went from 515 to 850 ms run to run
// (370–390 ms on its own, `npm run bench -- summarize`).
await section('summarize', () => {
  for (const r of benchSummarize()) {
    const goal = r.name.startsWith('cnndm') ? 'goal ≤ 0.3 ms' : r.name.startsWith('100,000') ? 'goal ≤ 150 ms' : '';
    add(
      `summarize: ${r.name}`,
      ms(r.medianMs),
      [r.ratio ? `×${r.ratio.toFixed(1)} on the step before` : '', goal].filter(Boolean).join('; '),
    );
  }
});

// "Ask the article" is pure too, and runs beside the summarizer: measured in the same clean heap.
await section('search', () => {
  for (const r of benchSearch()) add(`search: ${r.name}`, ms(r.medianMs), searchNotes(r));
});

await section('popup', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  const { rows: popupRows, real } = await benchPopup();
  const both = (x: Share) => `${ms(x.precisMs)} (floor ${ms(x.floorMs)})`;
  for (const r of popupRows) {
    add(`click → summary painted, ${r.page}, cold`, both(r.cold), '');
    add(`click → summary painted, ${r.page}, cached (reopened after 1 s)`, both(r.cached), '');
    add(`click → summary painted, ${r.page}, cached, reopened at once`, both(r.atOnce), '');
    if (r.asleep) add(`click → summary painted, ${r.page}, cold, service worker asleep`, both(r.asleep), '');
    if (r.asleepCached)
      add(`click → summary painted, ${r.page}, cached, service worker asleep`, both(r.asleepCached), '');
  }
  const seed = popupRows.find((r) => r.page === 'seed page')!;
  add(
    "Precis's share (click → painted minus the empty popup's), seed page, cold",
    ms(seed.cold.shareMs),
    'goal ≤ 50 ms',
  );
  add("Precis's share, seed page, cached", ms(seed.cached.shareMs), 'goal ≤ 10 ms');
  add(
    "Precis's share, seed page, cached, reopened at once",
    ms(seed.atOnce.shareMs),
    "the closed popup's renderer reused",
  );
  if (seed.asleep)
    add("Precis's share, seed page, cold, service worker asleep", ms(seed.asleep.shareMs), 'goal ≤ 100 ms');
  if (seed.asleepCached)
    add("Precis's share, seed page, cached, service worker asleep", ms(seed.asleepCached.shareMs), '');
  if (real) {
    const pages = `${real.pages} Zyte pages`;
    add(
      `Precis's share, ${pages}, cold: median / worst page`,
      `${ms(real.cold.median.shareMs)} / ${ms(real.cold.worst.cold.shareMs)}`,
      'goal ≤ 50 / ≤ 150 ms',
    );
    add(
      `Precis's share, ${pages}, cached: median / worst page`,
      `${ms(real.cached.median.shareMs)} / ${ms(real.cached.worst.cached.shareMs)}`,
      'goal ≤ 10 / ≤ 150 ms',
    );
    add(
      `Precis's share, ${pages}, cached, reopened at once: median / worst page`,
      `${ms(real.atOnce.median.shareMs)} / ${ms(real.atOnce.worst.atOnce.shareMs)}`,
      "the closed popup's renderer reused",
    );
  }
});

// Huge and strange pages, in the browser and through the CLI: each must answer within its goal.
await section('pages', async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  for (const r of await benchPages())
    add(r.what, ms(r.medianMs), `goal ≤ ${r.goalMs / 1000} s${r.medianMs <= r.goalMs ? '' : ': not met'}; ${r.answer}`);
});

await section('extract', () => {
  const s = summarizeBench(benchExtract());
  add('extract: Readability alone (median page)', ms(s.readabilityMs), '');
  add('extract: Readability as Precis calls it', ms(s.readabilityNodeMs), '');
  add(
    'extract: Precis extractArticle (median page)',
    ms(s.precisMs),
    `×${s.ratio.toFixed(3)} on Readability alone; ×${s.cleanUpRatio.toFixed(3)} on the same call (budget ×${(1 + MAX_OVERHEAD).toFixed(2)})`,
  );
});

await section('bundles', async () => {
  for (const r of await benchBundles())
    add(`bundle: ${r.file}`, `${(r.bytes / 1024).toFixed(1)} KB`, `${(r.gzipBytes / 1024).toFixed(1)} KB gzip`);
});

console.log('| what | median | notes |\n|---|---|---|');
for (const name of TABLE_ORDER)
  for (const [what, value, notes] of rowsOf.get(name) ?? []) console.log(`| ${what} | ${value} | ${notes ?? ''} |`);
