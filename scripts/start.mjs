#!/usr/bin/env node
// `npm start`: the development loop. Rebuilds dist/ on every change (`node build.mjs --watch`) and, where there is a
// display, opens a browser with Precis loaded on the demo article:
//   npm start                      Chromium/Chrome, a throw-away profile, --load-extension=dist/chrome
//   npm start -- --browser firefox Firefox through `web-ext run --source-dir dist/firefox` (reloads Precis by itself)
//   npm start -- --url https://…   another page instead of the demo article
// Without a display (no $DISPLAY or $WAYLAND_DISPLAY on Linux) it says so and just keeps watching.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = ['chrome', 'firefox'];
const USAGE = `usage: npm start [-- --browser ${BROWSERS.join('|')}] [--url URL] [--no-open]`;
/** Where Chrome-family browsers usually live, most Precis-friendly first (Chromium honours --load-extension). */
const CHROME_CANDIDATES = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    join(process.env.LOCALAPPDATA ?? '', 'Chromium/Application/chrome.exe'),
    join(process.env.PROGRAMFILES ?? '', 'Google/Chrome/Application/chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? '', 'Microsoft/Edge/Application/msedge.exe'),
  ],
};

function parseArgs(argv) {
  const opts = { browser: 'chrome', url: null, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--browser') opts.browser = argv[++i] ?? '';
    else if (arg === '--url') opts.url = argv[++i] ?? '';
    else if (arg === '--no-open') opts.open = false;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!BROWSERS.includes(opts.browser))
    throw new Error(`unknown browser ${opts.browser}; allowed: ${BROWSERS.join(', ')}\n${USAGE}`);
  return opts;
}

/** macOS and Windows always have one; elsewhere an X11 or Wayland display must be named. */
function hasDisplay() {
  return (
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  );
}

function findOnPath(name) {
  const r = spawnSync(process.platform === 'win32' ? 'where' : 'which', [name], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split(/\r?\n/)[0].trim() : null;
}

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const c of CHROME_CANDIDATES[process.platform] ?? CHROME_CANDIDATES.linux) {
    const found = c.includes('/') || c.includes('\\') ? (existsSync(c) ? c : null) : findOnPath(c);
    if (found) return found;
  }
  return null;
}

/** The demo article on 127.0.0.1 (extensions can't read file:// pages without an extra switch). */
async function serveDemo() {
  const html = await readFile(join(ROOT, 'demo/article.html'));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${server.address().port}/demo/article.html` };
}

/** Starts `build.mjs --watch`, echoing its output; resolves once `target` has been built the first time. */
function startWatch(target) {
  const child = spawn(process.execPath, [join(ROOT, 'build.mjs'), '--watch'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstBuild = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (String(chunk).includes(`rebuilt ${target}`)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`build.mjs --watch exited (${code})`)));
  });
  return { child, firstBuild };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const watch = startWatch(opts.browser);
  const cleanups = [() => watch.child.kill()];
  const stop = async () => {
    for (const clean of cleanups.reverse()) await clean();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  watch.child.on('exit', (code) => process.exit(code ?? 1));

  if (!opts.open) return;
  if (!hasDisplay()) {
    console.log('No display ($DISPLAY and $WAYLAND_DISPLAY are unset): not opening a browser. Still watching;');
    console.log(
      'load dist/chrome or dist/firefox/manifest.json by hand (README: "Load the unpacked extension"). Ctrl+C stops.',
    );
    return;
  }
  await watch.firstBuild;
  let url = opts.url;
  if (!url) {
    const demo = await serveDemo();
    cleanups.push(() => demo.server.close());
    url = demo.url;
  }

  if (opts.browser === 'firefox') {
    const webExt = join(ROOT, 'node_modules/.bin/web-ext');
    const ff = spawn(webExt, ['run', '--source-dir', join(ROOT, 'dist/firefox'), '--start-url', url], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    cleanups.push(() => ff.kill());
    console.log(`Firefox with Precis on ${url}; web-ext reloads Precis after every rebuild.`);
    return;
  }

  const chrome = findChrome();
  if (!chrome) {
    console.log('No Chromium or Chrome found (set CHROME_PATH). Still watching; load dist/chrome by hand.');
    return;
  }
  const profile = await mkdtemp(join(tmpdir(), 'precis-profile-'));
  cleanups.push(() => rm(profile, { recursive: true, force: true }));
  const args = [
    `--user-data-dir=${profile}`,
    `--load-extension=${join(ROOT, 'dist/chrome')}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is off; Chromium doesn't need it.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    url,
  ];
  const browser = spawn(chrome, args, { stdio: 'ignore' });
  cleanups.push(() => browser.kill());
  browser.on('exit', () => console.log('Browser closed; still watching. Ctrl+C stops.'));
  console.log(`${chrome} with Precis on ${url} (throw-away profile).`);
  console.log('After a rebuild, reload Precis in chrome://extensions (the popup picks up changes when reopened).');
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
