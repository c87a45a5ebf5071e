/**
 * `npm run package` (scripts/package.mjs): the zips a store receives. Runs the real script twice into temporary
 * folders (never release/, so a test run can't clobber a release in progress) and takes the results apart.
 * `--untracked` keeps the test meaningful in a working tree where new files aren't committed yet; in a clean
 * checkout (CI) it changes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from './read-zip';

const ROOT = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const V = pkg.version;
const ZIPS = [`precis-chrome-${V}.zip`, `precis-firefox-${V}.zip`, `precis-source-${V}.zip`];
/** 1980-01-01 00:00 in DOS date format: (year - 1980) << 9 | month << 5 | day. */
const DOS_1980_01_01 = (0 << 9) | (1 << 5) | 1;
/** Top-level manifest keys Chrome documents for MV3 (developer.chrome.com/docs/extensions/reference/manifest). */
const CHROME_KEYS = new Set([
  'manifest_version',
  'name',
  'short_name',
  'version',
  'version_name',
  'description',
  'default_locale',
  'icons',
  'action',
  'background',
  'content_scripts',
  'content_security_policy',
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'web_accessible_resources',
  'minimum_chrome_version',
  'commands',
  'options_page',
  'options_ui',
  'side_panel',
  'storage',
  'author',
  'homepage_url',
  'incognito',
  'key',
]);

/** One finding of `web-ext lint --output json`. */
interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

const IS_CI = Boolean(process.env.CI || process.env.PRECIS_REQUIRE_BROWSERS);

let dir: string;
const zipA = new Map<string, Buffer>();
const zipB = new Map<string, Buffer>();

function runPackage(out: string): void {
  execFileSync(process.execPath, ['scripts/package.mjs', '--untracked', '--out', out], { cwd: ROOT, stdio: 'pipe' });
}

function entries(name: string): ZipEntry[] {
  const zip = zipA.get(name);
  if (!zip) throw new Error(`${name} was not written`);
  return readZip(zip);
}

function manifestOf(name: string): Record<string, unknown> {
  const entry = entries(name).find((e) => e.name === 'manifest.json');
  return JSON.parse(entry?.data.toString('utf8') ?? 'null') as Record<string, unknown>;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precis-package-test-'));
  // Back to back, so other work on src/ can't slip between the two runs.
  runPackage(join(dir, 'a'));
  runPackage(join(dir, 'b'));
  for (const name of ZIPS) {
    zipA.set(name, await readFile(join(dir, 'a', name)));
    zipB.set(name, await readFile(join(dir, 'b', name)));
  }
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  it.each(ZIPS)('writes %s, byte-identical on a second run', (name) => {
    expect(zipA.get(name)?.length).toBeGreaterThan(1000);
    expect(zipB.get(name)?.equals(zipA.get(name) as Buffer)).toBe(true);
  });

  it.each(ZIPS)('%s: sorted entries, 1980-01-01 timestamps, rw-r--r--', (name) => {
    const list = entries(name);
    const names = list.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const e of list) expect([e.name, e.dosDate, e.dosTime, e.mode]).toEqual([e.name, DOS_1980_01_01, 0, 0o100644]);
  });

  it.each(['chrome', 'firefox'])('the %s manifest carries the package.json version', (browser) => {
    expect(manifestOf(`precis-${browser}-${V}.zip`).version).toBe(V);
  });

  it('the Chrome manifest has only keys Chrome knows', () => {
    const m = manifestOf(`precis-chrome-${V}.zip`);
    expect(Object.keys(m).filter((k) => !CHROME_KEYS.has(k))).toEqual([]);
    expect(m.background).toEqual({ service_worker: 'background.js' });
  });

  it('the Firefox manifest names its gecko id, minimum version and data collection', () => {
    const m = manifestOf(`precis-firefox-${V}.zip`) as {
      background: Record<string, unknown>;
      browser_specific_settings: { gecko: Record<string, unknown> };
    };
    expect(m.background).toEqual({ scripts: ['background.js'] });
    const gecko = m.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the bundles name no path of the machine that built them', () => {
    for (const browser of ['chrome', 'firefox']) {
      for (const e of entries(`precis-${browser}-${V}.zip`).filter((x) => /\.(js|html|css|json)$/.test(x.name))) {
        const text = e.data.toString('utf8');
        expect(text.includes(ROOT), `${browser}/${e.name}`).toBe(false);
        expect(text.includes(tmpdir() + '/'), `${browser}/${e.name}`).toBe(false);
      }
    }
  });

  it('the source zip holds what a reviewer rebuilds from, and nothing built or installed', () => {
    const names = entries(`precis-source-${V}.zip`).map((e) => e.name);
    const prefix = `precis-${V}/`;
    expect(names.every((n) => n.startsWith(prefix))).toBe(true);
    const files = names.map((n) => n.slice(prefix.length));
    for (const needed of [
      'build.mjs',
      'manifest.json',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'BUILDING.md',
      'icons/icon.svg',
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.some((f) => f.startsWith('src/'))).toBe(true);
    expect(files.filter((f) => /(^|\/)(node_modules|dist|release|artifacts|\.git)\//.test(f))).toEqual([]);
  });

  // web-ext lint takes 12–20 s on two busy cores: run in CI (hosted CI sets CI; .ci/run sets PRECIS_REQUIRE_BROWSERS).
  it.runIf(IS_CI)(
    'web-ext lint finds no errors in the Firefox package, and BUILDING.md explains every warning',
    async () => {
      const unpacked = join(dir, 'firefox');
      for (const e of entries(`precis-firefox-${V}.zip`)) {
        await mkdir(dirname(join(unpacked, e.name)), { recursive: true });
        await writeFile(join(unpacked, e.name), e.data);
      }
      const webExt = join(ROOT, 'node_modules/.bin/web-ext');
      // web-ext exits non-zero on errors only; the JSON report is on stdout either way.
      const out = spawnSync(webExt, ['lint', '--source-dir', unpacked, '--output', 'json', '--no-config-discovery'], {
        encoding: 'utf8',
      });
      const report = JSON.parse(out.stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
      expect(report.errors.map((m) => `${m.code} ${m.file}`)).toEqual([]);
      const building = await readFile(join(ROOT, 'BUILDING.md'), 'utf8');
      const unexplained = report.warnings.filter(
        (m) => !building.includes(m.code) || (m.file && !building.includes(`\`${m.file}\``)),
      );
      expect(unexplained.map((m) => `${m.code} ${m.file}`)).toEqual([]);
    },
    60_000,
  );

  it('building from the extracted source zip gives the bundles in the Firefox zip', async () => {
    const src = join(dir, 'rebuild');
    for (const e of entries(`precis-source-${V}.zip`)) {
      const to = join(src, e.name);
      await mkdir(dirname(to), { recursive: true });
      await writeFile(to, e.data);
    }
    const top = join(src, `precis-${V}`);
    // `npm ci --offline` needs a warm cache; the repository's own node_modules holds the same locked versions.
    await symlink(join(ROOT, 'node_modules'), join(top, 'node_modules'), 'dir');
    execFileSync(process.execPath, ['build.mjs', '--production', '--target', 'firefox', '--no-cli'], {
      cwd: top,
      stdio: 'pipe',
    });
    const shipped = entries(`precis-firefox-${V}.zip`);
    expect(shipped.length).toBeGreaterThan(5);
    for (const e of shipped) {
      const rebuilt = await readFile(join(top, 'dist/firefox', e.name));
      expect(rebuilt.equals(e.data), e.name).toBe(true);
    }
  }, 30_000);
});
