#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifests name. Run after editing the SVG: npm run icons
// `npm run icons -- --preview` also writes artifacts/icons-preview.png: the 16 and 32 px icons on light and dark
// toolbars (Firefox and Chrome colours), at real size and magnified pixel by pixel, to check legibility.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';

/** Sizes Chrome and Firefox ask for: toolbar (16, 32), extensions page (48, 96), store (128). */
const SIZES = [16, 32, 48, 96, 128];
/** Toolbar backgrounds: Firefox light, Chrome light, Firefox dark, Chrome dark. */
const TOOLBARS = ['#f9f9fb', '#dfe1e5', '#2b2a33', '#202124'];

const args = process.argv.slice(2);
for (const arg of args) {
  if (arg !== '--preview') {
    console.error(`unknown argument ${arg}\nusage: node scripts/icons.mjs [--preview]`);
    process.exit(2);
  }
}

const svg = await readFile(new URL('../icons/icon.svg', import.meta.url), 'utf8');
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
for (const size of SIZES) {
  await writeFile(new URL(`../icons/icon-${size}.png`, import.meta.url), render(size).asPng());
  console.log(`icons/icon-${size}.png`);
}

/** One rect per pixel: a nearest-neighbour zoom (resvg ignores image-rendering: pixelated). */
function magnified(size, x0, y0, zoom) {
  const { pixels } = render(size);
  let out = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (pixels[i + 3] === 0) continue;
      out += `<rect x="${x0 + x * zoom}" y="${y0 + y * zoom}" width="${zoom}" height="${zoom}" fill="rgb(${pixels[i]},${pixels[i + 1]},${pixels[i + 2]})" fill-opacity="${(pixels[i + 3] / 255).toFixed(3)}"/>`;
    }
  }
  return out;
}

if (args.includes('--preview')) {
  const dataUrl = (size) => `data:image/png;base64,${Buffer.from(render(size).asPng()).toString('base64')}`;
  const rows = TOOLBARS.map((bg, row) => {
    const y = row * 80;
    return `<rect y="${y}" width="260" height="80" fill="${bg}"/>
      <image x="16" y="${y + 32}" width="16" height="16" href="${dataUrl(16)}"/>
      <image x="48" y="${y + 24}" width="32" height="32" href="${dataUrl(32)}"/>
      ${magnified(16, 100, y + 8, 4)}${magnified(32, 180, y + 8, 2)}`;
  });
  const page = `<svg xmlns="http://www.w3.org/2000/svg" width="260" height="${rows.length * 80}">${rows.join('')}</svg>`;
  await mkdir(new URL('../artifacts/', import.meta.url), { recursive: true });
  await writeFile(
    new URL('../artifacts/icons-preview.png', import.meta.url),
    new Resvg(page, { fitTo: { mode: 'zoom', value: 3 } }).render().asPng(),
  );
  console.log('artifacts/icons-preview.png');
}
