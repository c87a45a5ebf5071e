/**
 * Toolbar click → summary painted in the popup, in Debian's Chromium with the built extension, on the
 * seed page and on a 5,000-word article: cold (nothing cached, content script not yet in the tab) and
 * cached (the popup reopened on the same page); on the seed page also cold with the service worker
 * stopped first, as an idle one is. The popup marks `precis:painted` on its own clock.
 * Side by side, in the same browser, the floor: the same extension with a popup that paints nothing
 * and asks nothing, clicked the same way: what the browser itself takes to open a popup.
 */
import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import puppeteer, { type Browser, type Extension, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM_ARGS } from './lib/chromium-args';
import { startStaticServer } from './lib/static-server';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PopupRow {
  page: string;
  words: number;
  coldMs: number;
  cachedMs: number;
  /** Cold, and the service worker stopped before the click (measured on the seed page only). */
  asleepMs?: number;
}

export interface PopupBench {
  rows: PopupRow[];
  /** The empty popup on the seed page: first click on a fresh tab, the click after it, and a first click with the service worker stopped. */
  floor: { firstMs: number; secondMs: number; asleepMs: number };
}

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

async function clickToPaint(browser: Browser, extension: Extension, page: Page, isFloor = false): Promise<number> {
  const isPopup = (t: Target) => t.url() === `chrome-extension://${extension.id}/popup.html`;
  const opened = browser.waitForTarget(isPopup, { timeout: 30_000 });
  const clickedAt = Date.now();
  await page.triggerExtensionAction(extension);
  const popup = await (await opened).asPage();
  await popup.waitForFunction(() => performance.getEntriesByName('precis:painted').length > 0, { timeout: 30_000 });
  const { paintedAt, origin, loaded, marks } = await popup.evaluate(() => ({
    marks: ['started', 'asked', 'answered'].map((m) => performance.getEntriesByName(`precis:${m}`)[0]?.startTime ?? -1),
    paintedAt: performance.timeOrigin + performance.getEntriesByName('precis:painted')[0]!.startTime,
    origin: performance.timeOrigin,
    loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  }));
  if (process.env.BENCH_DEBUG) {
    console.log(
      `popup opened after ${(origin - clickedAt).toFixed(0)} ms; on its clock: script ${marks[0]!.toFixed(0)}, loaded ${loaded.toFixed(0)}, asked ${marks[1]!.toFixed(0)}, answered ${marks[2]!.toFixed(0)}, painted ${(paintedAt - origin).toFixed(0)} ms`,
    );
  }
  const hasSummary = await popup.$$eval('#summary li', (items) => items.length > 0);
  await popup.close();
  if (!hasSummary && !isFloor) throw new Error('the popup painted no summary');
  return paintedAt - clickedAt;
}

/**
 * In a fresh Chromium with only the extension in `dir`: for each page, `runs` rounds (after one warm-up
 * round, not counted: the first popup of a browser pays for its own start-up) of a new tab, a first
 * click with nothing cached and a second click on the same page. Returns each page's click times.
 * `asleep`: the first click finds the service worker stopped, as Chrome stops an idle one after 30 s
 * (each round then opens its own URL, so nothing is cached either).
 */
async function clickRounds(
  dir: string,
  urls: readonly string[],
  runs: number,
  { isFloor = false, asleep = false } = {},
): Promise<{ first: number[]; second: number[] }[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'precis-bench-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const id = await browser.installExtension(dir);
    const extension = (await browser.extensions()).get(id)!;
    const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(id));
    // A worker puppeteer holds a session to doesn't come back once stopped: with `asleep`, hold none.
    const worker = asleep ? undefined : await workerTarget.worker();
    const results = [];
    for (const url of urls) {
      const first: number[] = [];
      const second: number[] = [];
      for (let run = -1; run < runs; run++) {
        if (!asleep)
          await worker?.evaluate(() =>
            (
              globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } }
            ).chrome.storage.session.clear(),
          );
        const page = await browser.newPage();
        await page.goto(asleep ? `${url}?round=${run}` : url, { waitUntil: 'load' });
        if (asleep) {
          const session = await page.createCDPSession();
          await session.send('ServiceWorker.enable');
          await session.send('ServiceWorker.stopAllWorkers');
          await session.detach();
        }
        const a = await clickToPaint(browser, extension, page, isFloor);
        const b = await clickToPaint(browser, extension, page, isFloor);
        if (run >= 0) {
          first.push(a);
          second.push(b);
        }
        await page.close();
      }
      results.push({ first, second });
    }
    return results;
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/**
 * Medians over `runs` clicks per page and state, and the browser's floor on the seed page. A tab's second
 * click opens its popup either at once or ~250 ms later, as the browser pleases (the floor shows it too):
 * 15 runs keep that from swinging the medians.
 */
export async function benchPopup({ runs = 15 } = {}): Promise<PopupBench> {
  const built = spawnSync(
    process.execPath,
    ['build.mjs', '--production', '--target', 'chrome', '--no-cli', '--out', join(ROOT, 'dist/bench')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const pagesDir = await mkdtemp(join(tmpdir(), 'precis-bench-pages-'));
  await mkdir(pagesDir, { recursive: true });
  await writeFile(join(pagesDir, 'long.html'), longArticle(5000));
  // The floor: Precis as built, but with a popup that asks nothing and paints an empty paragraph.
  const floorDir = join(pagesDir, 'floor-extension');
  await cp(join(ROOT, 'dist/bench/chrome'), floorDir, { recursive: true });
  await writeFile(join(floorDir, 'popup.html'), FLOOR_HTML);
  await writeFile(join(floorDir, 'floor.js'), FLOOR_JS);
  const server = await startStaticServer({
    '/fixtures/': join(ROOT, 'test/fixtures/pages'),
    '/bench/': pagesDir,
  });
  try {
    const pages = [
      { page: 'seed page', url: `${server.baseUrl}/fixtures/seed-nato/source.html`, words: 320 },
      { page: '5,000-word article', url: `${server.baseUrl}/bench/long.html`, words: 5000 },
    ];
    const dist = join(ROOT, 'dist/bench/chrome');
    const precis = await clickRounds(
      dist,
      pages.map((p) => p.url),
      runs,
    );
    const [asleep] = await clickRounds(dist, [pages[0]!.url], runs, { asleep: true });
    const [floor] = await clickRounds(floorDir, [pages[0]!.url], runs, { isFloor: true });
    const [floorAsleep] = await clickRounds(floorDir, [pages[0]!.url], runs, { isFloor: true, asleep: true });
    return {
      rows: pages.map(({ page, words }, i) => ({
        page,
        words,
        coldMs: median(precis[i]!.first),
        cachedMs: median(precis[i]!.second),
        asleepMs: i === 0 ? median(asleep!.first) : undefined,
      })),
      floor: { firstMs: median(floor!.first), secondMs: median(floor!.second), asleepMs: median(floorAsleep!.first) },
    };
  } finally {
    await server.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, floor } = await benchPopup();
  console.log('| page | cold (ms) | cached (ms) |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.page} | ${r.coldMs.toFixed(0)} | ${r.cachedMs.toFixed(0)} |`);
  if (rows[0]?.asleepMs !== undefined)
    console.log(`| seed page, service worker asleep | ${rows[0].asleepMs.toFixed(0)} | |`);
  console.log(
    `| empty popup (the browser's floor), seed page | ${floor.firstMs.toFixed(0)} | ${floor.secondMs.toFixed(0)} |\n| empty popup, service worker asleep | ${floor.asleepMs.toFixed(0)} | |`,
  );
}
