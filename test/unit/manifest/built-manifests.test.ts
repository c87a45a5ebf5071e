import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface BuiltManifest {
  action: { default_popup?: string };
  minimum_chrome_version?: string;
}

// The browsers differ only in their manifests: build both and read what each one says about the popup.
describe('the built manifests', () => {
  let out: string;
  const manifest = (target: string) =>
    JSON.parse(readFileSync(join(out, target, 'manifest.json'), 'utf8')) as BuiltManifest;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'precis-manifests-'));
    execFileSync(process.execPath, ['build.mjs', '--no-cli', '--out', out], { stdio: 'pipe' });
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("Chrome's names no popup, so the click reaches the background, which opens it (Chrome 127+)", () => {
    expect(manifest('chrome').action.default_popup).toBeUndefined();
    expect(Number(manifest('chrome').minimum_chrome_version)).toBeGreaterThanOrEqual(127);
  });

  it("Firefox's opens the popup on the click itself", () => {
    expect(manifest('firefox').action.default_popup).toBe('popup.html');
  });

  // A <link> is one more file for the popup to fetch before its first frame: the build puts each inline.
  it.each([
    ['popup.html', 'src/ui/popup/popup.css'],
    ['options.html', 'src/ui/options/options.css'],
  ])('%s carries its stylesheets inline, the palette first', (page, own) => {
    for (const target of ['chrome', 'firefox']) {
      const html = readFileSync(join(out, target, page), 'utf8');
      expect(html).not.toMatch(/<link[^>]+stylesheet/);
      const styles = [...html.matchAll(/<style>\n([\s\S]*?)\n<\/style>/g)].map((m) => m[1]);
      expect(styles).toEqual([readFileSync('src/ui/theme.css', 'utf8').trimEnd(), readFileSync(own, 'utf8').trimEnd()]);
    }
  });

  // Chrome builds each API namespace when it is first touched: a bundle that copied the `browser`
  // object's properties (esbuild's interop for the polyfill's CommonJS) paid for every one at start-up.
  it.each(['chrome', 'firefox'])("%s's background starts without enumerating the browser's API", (target) => {
    const enumerated: string[] = [];
    const api = (path: string): unknown =>
      new Proxy(() => undefined, {
        get: (_, key) => (key === 'id' ? 'precis' : key === 'then' ? undefined : api(`${path}.${String(key)}`)),
        ownKeys: (fn) => (enumerated.push(path), Reflect.ownKeys(fn)),
        getOwnPropertyDescriptor: (fn, key) => (
          enumerated.push(`${path}.${String(key)}`),
          Reflect.getOwnPropertyDescriptor(fn, key)
        ),
      });
    const script = readFileSync(join(out, target, 'background.js'), 'utf8');
    runInNewContext(script, { chrome: api('chrome'), browser: api('browser'), console });
    expect(enumerated).toEqual([]);
  });
});
