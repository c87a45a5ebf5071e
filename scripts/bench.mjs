#!/usr/bin/env node
// `npm run bench [-- summarize|search|extract|popup|pages|bundles] [flags]`: speed, as medians and side-by-side
// ratios. With no name, every bench in one table (scripts/bench-all.ts).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHES = {
  all: 'scripts/bench-all.ts',
  summarize: 'scripts/bench-summarize.ts',
  search: 'scripts/bench-search.ts',
  extract: 'scripts/bench-extract.ts',
  popup: 'scripts/bench-popup.ts',
  pages: 'scripts/bench-pages.ts',
  bundles: 'scripts/bench-bundles.ts',
};

const [first, ...rest] = process.argv.slice(2);
const isNamed = first !== undefined && !first.startsWith('-');
const name = isNamed ? first : 'all';
if (!(name in BENCHES)) {
  console.error(`unknown bench "${name}"; allowed: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const args = isNamed ? rest : process.argv.slice(2);
process.exitCode = spawnSync(tsx, [join(ROOT, BENCHES[name]), ...args], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
