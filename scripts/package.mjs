#!/usr/bin/env node
// `npm run package`: the store uploads, reproducibly.
//   release/precis-chrome-<version>.zip   for the Chrome Web Store
//   release/precis-firefox-<version>.zip  for addons.mozilla.org
//   release/precis-source-<version>.zip   what AMO reviewers rebuild the Firefox zip from (see BUILDING.md)
// The source files (tracked files only, from `git ls-files`) are copied to a staging folder first and the
// extension is built *there*, so the bundles in the browser zips come from exactly the files in the source zip.
// Zips are byte-identical from run to run: sorted entries, one fixed timestamp, fixed permissions, DEFLATE level 9.
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const VERSION = pkg.version;

/** What the source zip holds: everything needed to rebuild the bundles, nothing else (no tests, no fixtures). */
const SOURCE_PATHS = [
  'src/',
  'icons/',
  'manifest.json',
  'build.mjs',
  'package.json',
  'package-lock.json',
  '.npmrc',
  'tsconfig.json',
  'scripts/package.mjs',
  'scripts/icons.mjs',
  'BUILDING.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'README.md',
  'LICENSE',
];
/** Never packaged, even when the source is listed without git (an unpacked source zip, for instance). */
const NEVER = ['node_modules', 'dist', 'release', 'artifacts', '.git'];
const BROWSERS = ['chrome', 'firefox'];
/** Keys the Chrome Web Store would reject or warn about; build.mjs strips them for Chrome. */
const FIREFOX_ONLY_KEYS = ['browser_specific_settings'];

const USAGE = 'usage: node scripts/package.mjs [--out DIR] [--untracked] [--lint] [--assets]';

function parseArgs(argv) {
  const opts = { out: join(ROOT, 'release'), untracked: false, lint: false, assets: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') opts.out = argv[++i] ?? '';
    else if (arg === '--untracked') opts.untracked = true;
    else if (arg === '--lint') opts.lint = true;
    else if (arg === '--assets') opts.assets = true;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if (!opts.out) throw new Error(`--out needs a folder\n${USAGE}`);
  return opts;
}

/**
 * The zip timestamp: SOURCE_DATE_EPOCH when set (https://reproducible-builds.org/specs/source-date-epoch/),
 * else 1980-01-01, the earliest a zip can say. Zip times have no time zone and yazl reads the local fields of
 * a Date, so the UTC fields are copied into a local Date: the same bytes in every time zone.
 */
function zipDate() {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (!epoch) return new Date(1980, 0, 1, 0, 0, 0);
  const utc = new Date(Number(epoch) * 1000);
  if (Number.isNaN(utc.getTime())) throw new Error(`SOURCE_DATE_EPOCH is not a number of seconds: ${epoch}`);
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}

/** Writes `files` (zip path → absolute path) to `zipPath`, in byte order of the zip paths. */
async function writeZip(zipPath, files) {
  const zip = new yazl.ZipFile();
  const mtime = zipDate();
  const names = [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const data = await readFile(files.get(name));
    // forceDosTimestamp: no extra "UT" field with a Unix time; mode: rw-r--r--, whatever the checkout had.
    zip.addBuffer(data, name, { mtime, mode: 0o100644, compressionLevel: 9, forceDosTimestamp: true });
  }
  zip.end();
  await new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
}

/** Every file under `dir`, as forward-slash paths relative to it. */
async function walk(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (NEVER.includes(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, base)));
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'));
  }
  return out;
}

function git(args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\0').filter(Boolean) : null;
}

/** The files that make up the source: git's tracked files, or every file when this is not a checkout (a source zip). */
async function sourceFiles(opts) {
  let files = git(['ls-files', '-z', '--cached']);
  if (files && opts.untracked) files.push(...git(['ls-files', '-z', '--others', '--exclude-standard']));
  if (!files) files = await walk(ROOT);
  const wanted = files.filter(
    (f) =>
      SOURCE_PATHS.some((p) => (p.endsWith('/') ? f.startsWith(p) : f === p)) &&
      !f.split('/').some((part) => NEVER.includes(part)),
  );
  // A tracked file deleted in the working tree is not part of what we build.
  const present = [];
  for (const f of [...new Set(wanted)].sort()) if (await stat(join(ROOT, f)).catch(() => null)) present.push(f);
  return present;
}

function warnIfDirty() {
  const dirty = git(['status', '-z', '--porcelain', '--untracked-files=no', '--', ...SOURCE_PATHS]);
  if (dirty?.length)
    console.warn(
      `warning: ${dirty.length} packaged file(s) differ from the last commit; a release should be made from a clean checkout`,
    );
}

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Fails the run on what a store would reject: wrong version, Firefox keys in Chrome, a bundle that names the build machine. */
async function checkBuild(distDir, staging) {
  for (const browser of BROWSERS) {
    const manifest = JSON.parse(await readFile(join(distDir, browser, 'manifest.json'), 'utf8'));
    if (manifest.version !== VERSION)
      throw new Error(`${browser} manifest says version ${manifest.version}, package.json ${VERSION}`);
    if (browser === 'chrome') {
      const extra = FIREFOX_ONLY_KEYS.filter((k) => k in manifest);
      if (manifest.background?.scripts) extra.push('background.scripts');
      if (extra.length) throw new Error(`chrome manifest carries Firefox-only keys: ${extra.join(', ')}`);
    } else if (!manifest.browser_specific_settings?.gecko?.id) {
      throw new Error('firefox manifest has no browser_specific_settings.gecko.id');
    }
    for (const file of await walk(join(distDir, browser))) {
      if (!/\.(js|html|css|json)$/.test(file)) continue;
      const text = await readFile(join(distDir, browser, file), 'utf8');
      for (const leak of [staging, ROOT, tmpdir()]) {
        if (text.includes(leak)) throw new Error(`${browser}/${file} contains the build path ${leak}`);
      }
    }
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = await sourceFiles(opts);
  if (!files.includes('build.mjs'))
    throw new Error('build.mjs is not among the source files; is this the Precis repository?');
  if (!opts.untracked) warnIfDirty();

  const staging = await mkdtemp(join(tmpdir(), 'precis-package-'));
  try {
    const src = join(staging, `precis-${VERSION}`);
    for (const f of files) await cp(join(ROOT, f), join(src, f), { dereference: true });
    // The build needs esbuild and the runtime dependencies; the copy is never packaged.
    await symlink(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    const dist = join(staging, 'dist');
    try {
      run(
        process.execPath,
        ['build.mjs', '--production', '--target', BROWSERS.join(','), '--out', dist, '--no-cli'],
        src,
      );
    } catch (e) {
      if (!opts.untracked)
        e.message +=
          '\nIf a tracked file imports one git does not track yet: commit it, or pass --untracked for a work-in-progress package.';
      throw e;
    }
    await checkBuild(dist, staging);

    await mkdir(opts.out, { recursive: true });
    const written = [];
    for (const browser of BROWSERS) {
      const dir = join(dist, browser);
      const zipPath = join(opts.out, `precis-${browser}-${VERSION}.zip`);
      await writeZip(zipPath, new Map((await walk(dir)).map((f) => [f, join(dir, f)])));
      written.push(zipPath);
    }
    const sourceZip = join(opts.out, `precis-source-${VERSION}.zip`);
    await writeZip(sourceZip, new Map(files.map((f) => [`precis-${VERSION}/${f}`, join(src, f)])));
    written.push(sourceZip);

    for (const zipPath of written)
      console.log(`${relative(process.cwd(), zipPath) || zipPath}  ${(await stat(zipPath)).size} bytes`);

    if (opts.lint) {
      const webExt = join(ROOT, 'node_modules/.bin/web-ext');
      run(webExt, ['lint', '--source-dir', join(dist, 'firefox')], ROOT);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  if (opts.assets) run(process.execPath, [join(ROOT, 'scripts/store-assets.mjs')], ROOT);
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
