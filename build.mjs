#!/usr/bin/env node
// Builds Precis: dist/chrome/ and dist/firefox/ (loadable unpacked extensions) and dist/cli/ (the Node CLI).
// The bundles are a data table; the browsers differ only in their manifest.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));

/** What goes into every extension folder. */
const BUNDLES = [
  { entry: 'src/background/index.ts', out: 'background.js' },
  { entry: 'src/content/index.ts', out: 'content.js' },
  { entry: 'src/content/auto.ts', out: 'auto.js' },
  { entry: 'src/popup/index.ts', out: 'popup.js' },
  { entry: 'src/options/index.ts', out: 'options.js' },
];
const STATIC = [
  ['src/ui/theme.css', 'theme.css'],
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['src/options/options.css', 'options.css'],
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];

/** Per-browser manifests, from the one manifest.json. `firefox-test` may read 127.0.0.1 without a click. */
const TARGETS = {
  chrome: (m) => {
    delete m.background.scripts;
    delete m.browser_specific_settings;
    m.minimum_chrome_version = '123'; // CSS light-dark()
    return m;
  },
  firefox: (m) => {
    delete m.background.service_worker;
    return m;
  },
  'firefox-test': (m) => {
    m = TARGETS.firefox(m);
    m.host_permissions = ['http://127.0.0.1/*'];
    return m;
  },
  // For the e2e tests of what needs the browser's own UI (a context-menu click, a permission prompt):
  // 127.0.0.1 is granted up front, and the background exposes its handlers (see __PRECIS_TEST__).
  'chrome-test': (m) => {
    m = TARGETS.chrome(m);
    m.host_permissions = ['http://127.0.0.1/*'];
    return m;
  },
};
const TEST_TARGETS = new Set(['firefox-test', 'chrome-test']);
const DEFAULT_TARGETS = ['chrome', 'firefox'];

const USAGE = `usage: node build.mjs [--watch] [--production] [--target ${Object.keys(TARGETS).join('|')}[,...]] [--out DIR] [--no-cli] [--bench]`;

function parseArgs(argv) {
  const opts = {
    watch: false,
    production: false,
    targets: DEFAULT_TARGETS,
    out: join(ROOT, 'dist'),
    cli: true,
    bench: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--watch') opts.watch = true;
    else if (arg === '--production') opts.production = true;
    else if (arg === '--no-cli') opts.cli = false;
    else if (arg === '--bench') opts.bench = true;
    else if (arg === '--target') opts.targets = (argv[++i] ?? '').split(',');
    else if (arg === '--out') opts.out = argv[++i];
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  for (const t of opts.targets) {
    if (!(t in TARGETS)) throw new Error(`unknown target ${t}; allowed: ${Object.keys(TARGETS).join(', ')}\n${USAGE}`);
  }
  return opts;
}

function manifestFor(target, base) {
  const m = structuredClone(base);
  m.version = pkg.version;
  return TARGETS[target](m);
}

/** esbuild options shared by every extension bundle. */
function extensionOptions(opts, outdir, target) {
  return {
    entryPoints: BUNDLES.map((b) => ({ in: join(ROOT, b.entry), out: b.out.replace(/\.js$/, '') })),
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome123', 'firefox140'],
    minify: opts.production,
    sourcemap: opts.production ? false : 'linked',
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    // Bench builds: the instant each bundle starts to run, before its modules set themselves up.
    banner: opts.bench ? { js: 'var __precisEvaluatingAt = performance.timeOrigin + performance.now();' } : undefined,
    define: {
      'process.env.NODE_ENV': JSON.stringify(opts.production ? 'production' : 'development'),
      __PRECIS_TEST__: String(TEST_TARGETS.has(target)),
      // `npm run bench -- popup` only: performance.marks along a click (src/bench-marks.ts).
      __PRECIS_BENCH__: String(opts.bench),
    },
  };
}

async function writeStatic(target, outdir) {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(target, base), null, 2) + '\n');
  for (const [from, to] of STATIC) await cp(join(ROOT, from), join(outdir, to), { recursive: true });
}

async function buildTarget(target, opts) {
  const outdir = join(opts.out, target);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const options = extensionOptions(opts, outdir, target);
  if (opts.watch) {
    const copyStatic = {
      name: 'static',
      setup: (b) =>
        b.onEnd(async (r) => {
          if (r.errors.length === 0) await writeStatic(target, outdir);
          console.log(`[${new Date().toLocaleTimeString()}] rebuilt ${target}${r.errors.length ? ' with errors' : ''}`);
        }),
    };
    const ctx = await esbuild.context({ ...options, plugins: [copyStatic] });
    await ctx.watch();
    return;
  }
  await esbuild.build(options);
  await writeStatic(target, outdir);
}

async function buildCli(opts) {
  const options = {
    entryPoints: [join(ROOT, 'src/cli/index.ts')],
    outfile: join(opts.out, 'cli/precis.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  };
  if (opts.watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}

const opts = (() => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
})();
await Promise.all([...opts.targets.map((t) => buildTarget(t, opts)), opts.cli ? buildCli(opts) : null]);
if (opts.watch) console.log(`watching src/ — ${opts.targets.map((t) => join(opts.out, t)).join(', ')}`);
else
  console.log(
    `built ${opts.targets.map((t) => join(opts.out, t)).join(', ')}${opts.cli ? ` and ${join(opts.out, 'cli')}` : ''}`,
  );
