/** store/, PRIVACY.md, CHANGELOG.md: what the store dashboards receive stays in step with the manifest. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'ru', 'ja'];
/** Chrome Web Store summary limit (AMO allows 250). */
const SHORT_MAX = 132;
const LONG_MAX = 16_000;

const read = (path: string): Promise<string> => readFile(join(ROOT, path), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<[number, number]> {
  const png = await readFile(join(ROOT, path));
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('store listing', () => {
  it('justifies every permission the manifest asks for', async () => {
    const manifest = JSON.parse(await read('manifest.json')) as Record<string, string[] | undefined>;
    const sections = new Set([...(await read('store/permissions.md')).matchAll(/^## (\S+)/gm)].map((m) => m[1]));
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions?.length ? ['host_permissions'] : []),
      ...(manifest.optional_host_permissions?.length ? ['optional_host_permissions'] : []),
    ];
    expect(asked.filter((p) => !sections.has(p))).toEqual([]);
  });

  it.each(LANGUAGES)("has short and long descriptions in %s within the stores' limits", async (lang) => {
    const short = (await read(`store/${lang}/short.txt`)).trim();
    const long = (await read(`store/${lang}/long.txt`)).trim();
    expect([...short].length).toBeGreaterThan(40);
    expect([...short].length).toBeLessThanOrEqual(SHORT_MAX);
    expect([...long].length).toBeGreaterThan(400);
    expect([...long].length).toBeLessThanOrEqual(LONG_MAX);
  });

  it.each(['1-popup', '2-in-page', '3-dark-short'])('has the %s screenshot at 1280×800', async (name) => {
    expect(await pngSize(`store/screenshots/${name}.png`)).toEqual([1280, 800]);
  });

  it('has the 440×280 promo tile', async () => {
    expect(await pngSize('store/promo-440x280.png')).toEqual([440, 280]);
  });
});

describe('PRIVACY.md and CHANGELOG.md', () => {
  it('the privacy policy says what is read, sent and stored', async () => {
    const privacy = await read('PRIVACY.md');
    expect(privacy).toMatch(/## What Precis reads/);
    expect(privacy).toMatch(/## What leaves your device\n\*\*Nothing\.\*\*/);
    for (const area of ['storage.local', 'storage.sync', 'storage.session']) expect(privacy).toContain(area);
  });

  it('the changelog has a section for the package.json version', async () => {
    const { version } = JSON.parse(await read('package.json')) as { version: string };
    expect(await read('CHANGELOG.md')).toMatch(new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]? `, 'm'));
  });
});
