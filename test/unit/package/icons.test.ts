/** icons/: the committed PNGs are what scripts/icons.mjs renders from icons/icon.svg, at every size a manifest names. */
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SIZES = [16, 32, 48, 96, 128];

describe('icons', () => {
  it.each(SIZES)(
    'icons/icon-%i.png is the SVG rendered at that size (run `npm run icons` after editing it)',
    async (size) => {
      const svg = await readFile(join(ROOT, 'icons/icon.svg'), 'utf8');
      const fresh = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
      expect([fresh.width, fresh.height]).toEqual([size, size]);
      const committed = await readFile(join(ROOT, `icons/icon-${size}.png`));
      expect(committed.equals(fresh.asPng())).toBe(true);
    },
  );

  it('every icon the manifest names exists', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as {
      icons: Record<string, string>;
      action: { default_icon: Record<string, string> };
    };
    for (const [size, path] of [...Object.entries(manifest.icons), ...Object.entries(manifest.action.default_icon)]) {
      expect(path).toBe(`icons/icon-${size}.png`);
      expect(SIZES).toContain(Number(size));
    }
  });
});
