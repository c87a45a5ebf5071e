/**
 * The size of every bundle of the production build, and Readability's own minified size beside the
 * content script's, which should weigh little more.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { isRunDirectly } from './lib/is-run-directly';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BundleRow {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function row(file: string, code: Buffer | Uint8Array): BundleRow {
  return { file, bytes: code.length, gzipBytes: gzipSync(code).length };
}

/** Builds for production into dist/bench-bundles and measures each .js there, plus Readability alone. */
export async function benchBundles(): Promise<BundleRow[]> {
  const out = join(ROOT, 'dist/bench-bundles');
  const built = spawnSync(
    process.execPath,
    ['build.mjs', '--production', '--target', 'chrome', '--no-cli', '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  const dir = join(out, 'chrome');
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => row(f, readFileSync(join(dir, f))));
  const readability = await esbuild.build({
    stdin: { contents: "export { Readability, isProbablyReaderable } from '@mozilla/readability';", resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    legalComments: 'none',
  });
  rows.push(row('(@mozilla/readability alone)', readability.outputFiles[0]!.contents));
  return rows;
}

if (isRunDirectly(import.meta.url)) {
  const rows = await benchBundles();
  console.log('| bundle | bytes | gzip |\n|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.file} | ${r.bytes.toLocaleString('en')} | ${r.gzipBytes.toLocaleString('en')} |`);
}
