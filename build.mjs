#!/usr/bin/env node
// Builds Precis: dist/chrome/ and dist/firefox/ (loadable unpacked extensions), dist/cli/ (the Node CLI) and
// dist/lib/ (the pure cores as ES modules, for `import … from 'precis/summarize'`); `--types` adds their .d.ts.
// The bundles are a data table; the browsers differ only in their manifest.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
/** The one palette: a stylesheet of the extension pages, and text inside the in-page box's bundle. */
const themeCss = await readFile(join(ROOT, 'src/ui/theme.css'), 'utf8');

/** What goes into every extension folder. */
const BUNDLES = [
  { entry: 'src/background/index.ts', out: 'background.js' },
  { entry: 'src/content/index.ts', out: 'content.js' },
  { entry: 'src/content/always-on.ts', out: 'always-on.js' },
  { entry: 'src/ui/popup/index.ts', out: 'popup.js' },
  { entry: 'src/ui/options/index.ts', out: 'options.js' },
];
/**
 * Bundles an extension page imports when it needs them, as ES modules: the popup's `import('./ask-engine')`
 * stays an import, of ask.js, so "Ask the article"'s engine is not in the popup's first frame.
 */
const LAZY_BUNDLES = [{ entry: 'src/ui/popup/ask-engine.ts', out: 'ask.js', importedAs: './ask-engine' }];
const STATIC = [
  ['src/_locales', '_locales'],
  ['icons', 'icons'],
];
/**
 * The extension pages, each with its stylesheets put inline: a `<link>` is one more file the page
 * fetches before its first frame (the popup showed its answer about 4 ms later with two of them).
 */
const PAGES = [
  ['src/ui/popup/popup.html', 'popup.html'],
  ['src/ui/options/options.html', 'options.html'],
];

/** `html` with each `<link rel="stylesheet" href="…">` replaced by a `<style>` holding that file, read beside `html`'s source. */
async function inlineStylesheets(html, sourceDir) {
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g)];
  let out = html;
  for (const [link, href] of links) {
    const css = await readFile(join(sourceDir, href), 'utf8');
    out = out.replace(link, () => `<style>\n${css.trimEnd()}\n</style>`);
  }
  return out;
}

/** Per-browser manifests, from the one manifest.json. `firefox-test` may read 127.0.0.1 without a click. */
const TARGETS = {
  chrome: (m) => {
    delete m.background.scripts;
    delete m.browser_specific_settings;
    delete m.sidebar_action;
    // No popup in the manifest: the click reaches the background first, which opens the popup
    // (`action.openPopup`, every extension from Chrome 127) and reads the page meanwhile.
    delete m.action.default_popup;
    m.minimum_chrome_version = '127';
    return m;
  },
  firefox: (m) => {
    delete m.background.service_worker;
    // Firefox's side panel is `sidebar_action`, which needs no permission.
    delete m.side_panel;
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
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
/** The package's `exports`: each pure core as one ES module (package.json names the same files). */
const LIBRARIES = [
  { entry: 'src/summarize/index.ts', out: 'summarize' },
  { entry: 'src/extract/index.ts', out: 'extract' },
];

const TEST_TARGETS = new Set(['firefox-test', 'chrome-test']);
const DEFAULT_TARGETS = ['chrome', 'firefox'];

const USAGE = `usage: node build.mjs [--watch] [--production] [--target ${Object.keys(TARGETS).join('|')}[,...]] [--out DIR] [--no-cli] [--no-extension] [--types] [--bench]`;

function parseArgs(argv) {
  const opts = {
    watch: false,
    production: false,
    targets: DEFAULT_TARGETS,
    out: join(ROOT, 'dist'),
    cli: true,
    types: false,
    bench: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--watch') opts.watch = true;
    else if (arg === '--production') opts.production = true;
    else if (arg === '--no-cli') opts.cli = false;
    else if (arg === '--no-extension') opts.targets = [];
    else if (arg === '--types') opts.types = true;
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

/** Leaves each lazy bundle's import as an import of its file, beside the page's script. */
const lazyImports = {
  name: 'lazy-imports',
  setup(build) {
    const files = new Map(LAZY_BUNDLES.map((b) => [b.importedAs, `./${b.out}`]));
    build.onResolve({ filter: /^\.\// }, ({ path }) =>
      files.has(path) ? { path: files.get(path), external: true } : undefined,
    );
  },
};

/**
 * webextension-polyfill as an ES module whose default export is the `browser` it makes. Imported as the
 * CommonJS it ships as, esbuild's interop copies every property of that object onto a new one, and Chrome
 * builds each API namespace when it is first touched: a click that woke the service worker reached it
 * ~8 ms later for that, and every popup paid it too, before its first frame.
 */
const polyfillAsModule = {
  name: 'polyfill-as-module',
  setup(build) {
    build.onLoad(
      { filter: /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/ },
      async ({ path }) => ({
        // The polyfill's UMD wrapper fills `module.exports` when `exports` exists.
        contents: `const module = { exports: {} };\nconst exports = module.exports;\n${await readFile(path, 'utf8')}\nexport default module.exports;\n`,
        loader: 'js',
      }),
    );
  },
};

/** esbuild options shared by every extension bundle. */
function extensionOptions(opts, outdir, target) {
  return {
    entryPoints: BUNDLES.map((b) => ({ in: join(ROOT, b.entry), out: b.out.replace(/\.js$/, '') })),
    outdir,
    plugins: [lazyImports, polyfillAsModule],
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
      __THEME_CSS__: JSON.stringify(themeCss),
      // `npm run bench -- popup` only: performance.marks along a click (src/bench-marks.ts).
      __PRECIS_BENCH__: String(opts.bench),
    },
  };
}

/** The lazy bundles: ES modules, as `import()` loads them, with the rest of `options`. */
function lazyOptions(options) {
  return {
    ...options,
    entryPoints: LAZY_BUNDLES.map((b) => ({ in: join(ROOT, b.entry), out: b.out.replace(/\.js$/, '') })),
    format: 'esm',
    plugins: [],
  };
}

async function writeStatic(target, outdir) {
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify(manifestFor(target, base), null, 2) + '\n');
  for (const [from, to] of STATIC) await cp(join(ROOT, from), join(outdir, to), { recursive: true });
  for (const [from, to] of PAGES) {
    const html = await readFile(join(ROOT, from), 'utf8');
    await writeFile(join(outdir, to), await inlineStylesheets(html, dirname(join(ROOT, from))));
  }
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
    const ctx = await esbuild.context({ ...options, plugins: [...options.plugins, copyStatic] });
    await ctx.watch();
    await (await esbuild.context(lazyOptions(options))).watch();
    return;
  }
  await esbuild.build(options);
  await esbuild.build(lazyOptions(options));
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

/** dist/lib/: the pure cores for other programs; their npm dependencies stay imports, not copies. */
async function buildLibraries(opts) {
  const options = {
    entryPoints: LIBRARIES.map((l) => ({ in: join(ROOT, l.entry), out: l.out })),
    outdir: join(opts.out, 'lib'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    logLevel: 'warning',
  };
  if (opts.watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}

/**
 * dist/types/: tsc's declarations for the libraries. The source imports without extensions (the bundler
 * resolves them); a package's .d.ts must name files as Node would, so each relative import gets its `.js`.
 */
async function buildTypes(opts) {
  const outDir = join(opts.out, 'types');
  await rm(outDir, { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.types.json'), '--outDir', outDir], {
    stdio: 'inherit',
  });
  for (const entry of await readdir(outDir, { recursive: true })) {
    if (!entry.endsWith('.d.ts')) continue;
    const file = join(outDir, entry);
    const text = await readFile(file, 'utf8');
    const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead, quote, spec) => {
      if (/\.[cm]?js$/.test(spec)) return whole;
      const target = join(dirname(file), spec);
      const path = existsSync(`${target}.d.ts`) ? `${spec}.js` : `${spec}/index.js`;
      return `${lead}${quote}${path}${quote}`;
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
  console.log(`wrote declarations to ${relative(ROOT, outDir)}`);
}

const opts = (() => {
  try {
    return parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
})();
await Promise.all([
  ...opts.targets.map((t) => buildTarget(t, opts)),
  opts.cli ? buildCli(opts) : null,
  opts.cli ? buildLibraries(opts) : null,
]);
if (opts.types) await buildTypes(opts);
if (opts.watch) console.log(`watching src/ — ${opts.targets.map((t) => join(opts.out, t)).join(', ')}`);
else
  console.log(
    `built ${[...opts.targets.map((t) => join(opts.out, t)), ...(opts.cli ? [join(opts.out, 'cli'), join(opts.out, 'lib')] : [])].join(', ')}`,
  );
