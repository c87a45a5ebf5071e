#!/usr/bin/env node
// `node scripts/store-assets.mjs` (or `npm run package -- --assets`): the listing images, generated, never drawn.
//   store/screenshots/1-popup.png, 2-in-page.png, 3-dark-short.png   1280×800, for both stores
//   store/promo-440x280.png                                           the Chrome Web Store's small promo tile
// The screenshots are real: the production Chrome build is loaded into Debian's Chromium (headless, through
// puppeteer-core), the demo article is served on 127.0.0.1, and Precis's toolbar action is triggered on it.
// Each shot is the page plus the popup as it rendered, composed under a plain drawn toolbar.
// Also checks the listing texts in store/<lang>/ against the stores' length limits.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STORE = join(ROOT, 'store');
const SHOT = { width: 1280, height: 800 };
const TOOLBAR_HEIGHT = 48;
/** Chrome caps a popup at 800×600; the composed popup is never taller than a real one. */
const POPUP_MAX_HEIGHT = 600;
const LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'ja'];
/** Chrome Web Store: "summary" ≤ 132 characters (AMO allows 250); detailed description ≤ 16,000. */
const SHORT_MAX = 132;
const LONG_MAX = 16_000;
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=en-US',
  '--hide-scrollbars',
];

const USAGE =
  'usage: node scripts/store-assets.mjs [--article FILE.html] [--dist DIR/chrome] [--chromium PATH] [--check]';

function parseArgs(argv) {
  const opts = {
    article: join(ROOT, 'demo/article.html'),
    dist: null,
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    checkOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--article') opts.article = resolve(argv[++i] ?? '');
    else if (arg === '--dist') opts.dist = resolve(argv[++i] ?? '');
    else if (arg === '--chromium') opts.chromium = argv[++i] ?? '';
    else if (arg === '--check') opts.checkOnly = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return opts;
}

/** The listing texts exist in every language and fit the stores' limits. */
async function checkTexts() {
  const problems = [];
  for (const lang of LANGUAGES) {
    for (const [file, max] of [
      ['short.txt', SHORT_MAX],
      ['long.txt', LONG_MAX],
    ]) {
      const text = await readFile(join(STORE, lang, file), 'utf8').catch(() => null);
      if (text === null) problems.push(`store/${lang}/${file} is missing`);
      else if ([...text.trim()].length > max)
        problems.push(`store/${lang}/${file}: ${[...text.trim()].length} characters, the limit is ${max}`);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`listing texts: ${LANGUAGES.join(', ')} within limits`);
}

/** Serves one article page on 127.0.0.1 at a news-like path. */
async function serve(file) {
  const html = await readFile(file);
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/favicon.ico' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/favicon.ico' ? '' : html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}/news/article` };
}

async function buildChrome() {
  const out = await mkdtemp(join(tmpdir(), 'precis-assets-'));
  const r = spawnSync(process.execPath, ['build.mjs', '--production', '--target', 'chrome', '--out', out, '--no-cli'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('build.mjs failed');
  return { dir: join(out, 'chrome'), cleanup: () => rm(out, { recursive: true, force: true }) };
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const dataUrl = (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

/** A plain browser toolbar: back/forward, the address, and Precis's icon (pressed while its popup is open). */
function toolbar({ address, icon, dark, pressed }) {
  const bg = dark ? '#202124' : '#f1f3f4';
  const field = dark ? '#35363a' : '#ffffff';
  const ink = dark ? '#e8eaed' : '#3c4043';
  return `<div style="position:absolute;inset:0 0 auto 0;height:${TOOLBAR_HEIGHT}px;background:${bg};display:flex;align-items:center;gap:12px;padding:0 12px;box-sizing:border-box;border-bottom:1px solid ${dark ? '#000' : '#dadce0'};font:14px system-ui,sans-serif;color:${ink}">
    <span style="opacity:.6;font-size:18px">&#8592;</span><span style="opacity:.35;font-size:18px">&#8594;</span>
    <div style="flex:1;height:32px;border-radius:16px;background:${field};display:flex;align-items:center;padding:0 16px">${escapeHtml(address)}</div>
    <div style="width:32px;height:32px;border-radius:50%;display:grid;place-items:center;background:${pressed ? (dark ? '#4a4b4f' : '#dadce0') : 'transparent'}"><img src="${icon}" width="16" height="16"></div>
  </div>`;
}

/** One 1280×800 listing screenshot: toolbar, the page below it, and the popup under the icon. */
function composition({ page, popup, popupSize, address, icon, dark }) {
  const popupHtml = popup
    ? `<img src="${popup}" style="position:absolute;top:${TOOLBAR_HEIGHT - 4}px;right:8px;width:${popupSize.width}px;height:${popupSize.height}px;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">`
    : '';
  return `<!doctype html><html><body style="margin:0;width:${SHOT.width}px;height:${SHOT.height}px;position:relative;overflow:hidden;background:#fff">
    <img src="${page}" style="position:absolute;top:${TOOLBAR_HEIGHT}px;left:0;width:${SHOT.width}px;height:${SHOT.height - TOOLBAR_HEIGHT}px">
    ${toolbar({ address, icon, dark, pressed: Boolean(popup) })}${popupHtml}</body></html>`;
}

/** The promo tile: the icon, the name and one line, on the icon's blue. */
function promoTile(iconSvg) {
  return `<!doctype html><html><body style="margin:0;width:440px;height:280px;overflow:hidden;background:linear-gradient(135deg,#2f5bd3,#1f3f9f);color:#fff;font-family:system-ui,'DejaVu Sans',sans-serif;display:flex;align-items:center;gap:28px;padding:0 36px;box-sizing:border-box">
    <div style="width:120px;height:120px;flex:none;border-radius:30px;box-shadow:0 0 0 3px rgba(255,255,255,.85),0 10px 28px rgba(0,0,0,.3)">${iconSvg.replace('<svg ', '<svg width="120" height="120" ')}</div>
    <div><div style="font-size:46px;font-weight:700;letter-spacing:-.5px">Precis</div>
    <div style="font-size:19px;line-height:1.3;margin-top:8px;opacity:.95">News articles, down to their key sentences.</div>
    <div style="font-size:14px;margin-top:12px;color:#ffd66b;font-weight:600">On your device. Nothing leaves the browser.</div></div>
  </body></html>`;
}

/** The loaded extension; Chromium lists it a moment after installExtension returns. */
async function installed(browser, id) {
  for (let i = 0; i < 50; i++) {
    const extension = (await browser.extensions()).get(id);
    if (extension) return extension;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('Chromium did not load the extension');
}

/** Opens the article, triggers Precis's action, and captures the page and the popup as they render. */
async function capture(browser, extension, url, { dark, length, hideCookieNotice = true }) {
  const page = await browser.newPage();
  await page.setViewport({ width: SHOT.width, height: SHOT.height - TOOLBAR_HEIGHT });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await page.goto(url, { waitUntil: 'load' });
  // The demo's unstyled cookie banner only pushes the article down; a reader would have dismissed it.
  if (hideCookieNotice) await page.evaluate(() => document.querySelector('.cookie-notice')?.remove());
  const popupTarget = browser.waitForTarget(
    (t) => t.url().startsWith(`chrome-extension://${extension.id}/popup.html`),
    { timeout: 15_000 },
  );
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const popup = await (await popupTarget).asPage();
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  await popup.waitForSelector('#result:not([hidden]), #problem:not([hidden])', { timeout: 20_000 });
  if (length) {
    await popup.click(`input[name="length"][value="${length}"]`);
    await popup.waitForFunction(() => document.getElementById('app')?.getAttribute('aria-busy') === 'false', {
      timeout: 20_000,
    });
  }
  if (await popup.$('#problem:not([hidden])')) {
    throw new Error(
      `Precis could not summarize ${url}: ${await popup.$eval('#problem-message', (e) => e.textContent)}`,
    );
  }
  const natural = await popup.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  const popupSize = { width: Math.min(natural.width, 800), height: Math.min(natural.height, POPUP_MAX_HEIGHT) };
  await popup.setViewport(popupSize);
  const popupPng = await popup.screenshot({ type: 'png' });
  // Let the in-page box (if the page has a summary link) settle, then scroll it into view for the second shot.
  await new Promise((ok) => setTimeout(ok, 300));
  return { page, popupPng, popupSize };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await checkTexts();
  if (opts.checkOnly) return;

  const built = opts.dist ? { dir: opts.dist, cleanup: async () => {} } : await buildChrome();
  const manifest = JSON.parse(await readFile(join(built.dir, 'manifest.json'), 'utf8'));
  const { server, url } = await serve(opts.article);
  const canonical = (await readFile(opts.article, 'utf8')).match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? url;
  const address = canonical.replace(/^https?:\/\/(www\.)?/, '');
  const iconSvg = await readFile(join(ROOT, 'icons/icon.svg'), 'utf8');
  const icon = dataUrl(await readFile(join(ROOT, 'icons/icon-32.png')));

  const browser = await puppeteer.launch({
    executablePath: opts.chromium,
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: CHROMIUM_ARGS,
    defaultViewport: null,
    protocolTimeout: 60_000,
  });
  try {
    const extension = await installed(browser, await browser.installExtension(built.dir));
    await mkdir(join(STORE, 'screenshots'), { recursive: true });
    const composer = await browser.newPage();
    await composer.setViewport(SHOT);
    // Headless Chromium only paints the tab in front: bring each page forward before its screenshot.
    const snap = async (page) => {
      await page.bringToFront();
      return dataUrl(await page.screenshot({ type: 'png' }));
    };
    const shoot = async (name, html) => {
      await composer.bringToFront();
      await composer.setContent(html, { waitUntil: 'load' });
      await composer.screenshot({ path: join(STORE, 'screenshots', name), type: 'png' });
      console.log(`store/screenshots/${name}  ${SHOT.width}×${SHOT.height}`);
    };

    // 1: the popup over the article, as a reader sees it after the click.
    const light = await capture(browser, extension, url, { dark: false });
    const top = await snap(light.page);
    await shoot(
      '1-popup.png',
      composition({
        page: top,
        popup: dataUrl(light.popupPng),
        popupSize: light.popupSize,
        address,
        icon,
        dark: false,
      }),
    );

    // 2: the summary inside the page, where the site's own "Get a summary" link was (if the article has one).
    // The box is a custom element named precis-… (src/content/in-page-box.ts) with a closed shadow root.
    await light.page.evaluate(() => {
      const host = [...document.querySelectorAll('body *')].find((e) => e.localName.startsWith('precis-'));
      if (host) host.scrollIntoView({ block: 'center' });
    });
    await new Promise((ok) => setTimeout(ok, 200));
    const inPage = await snap(light.page);
    await shoot('2-in-page.png', composition({ page: inPage, popup: null, address, icon, dark: false }));
    await light.page.close();

    // 3: dark theme, the Short summary.
    const dark = await capture(browser, extension, url, { dark: true, length: 'short' });
    const darkTop = await snap(dark.page);
    await shoot(
      '3-dark-short.png',
      composition({
        page: darkTop,
        popup: dataUrl(dark.popupPng),
        popupSize: dark.popupSize,
        address,
        icon,
        dark: true,
      }),
    );
    await dark.page.close();

    await composer.bringToFront();
    await composer.setViewport({ width: 440, height: 280 });
    await composer.setContent(promoTile(iconSvg), { waitUntil: 'load' });
    await composer.screenshot({ path: join(STORE, 'promo-440x280.png'), type: 'png' });
    console.log('store/promo-440x280.png  440×280');
    console.log(`(Precis ${manifest.version}, article ${opts.article.replace(ROOT + '/', '')})`);
  } finally {
    await browser.close();
    server.close();
    await built.cleanup();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
