#!/usr/bin/env node
// Renders icons/icon.svg to the PNG sizes the manifests name. Run after editing the SVG: npm run icons
import { Resvg } from '@resvg/resvg-js';
import { readFile, writeFile } from 'node:fs/promises';

/** Sizes Chrome and Firefox ask for: toolbar (16, 32), extensions page (48, 96), store (128). */
const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('../icons/icon.svg', import.meta.url), 'utf8');
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`../icons/icon-${size}.png`, import.meta.url), png);
  console.log(`icons/icon-${size}.png`);
}
