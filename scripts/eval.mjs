#!/usr/bin/env node
// `npm run eval [-- summarize|extract|readability|lengths|peers] [flags]`: quality on ../shared/eval. Summaries by default.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EVALS = {
  summarize: 'scripts/eval-summarize.ts',
  extract: 'scripts/eval-extract.ts',
  readability: 'scripts/eval-readability-pages.ts',
  lengths: 'scripts/eval-lengths.ts',
  peers: 'scripts/eval-peers.ts',
};

const [first, ...rest] = process.argv.slice(2);
const name = first === undefined || first.startsWith('-') ? 'summarize' : first;
const args = first === undefined || first.startsWith('-') ? process.argv.slice(2) : rest;
if (!(name in EVALS)) {
  console.error(`unknown eval "${name}"; allowed: ${Object.keys(EVALS).join(', ')}`);
  process.exit(2);
}
const tsx = join(ROOT, 'node_modules/.bin/tsx');
process.exitCode = spawnSync(tsx, [join(ROOT, EVALS[name]), ...args], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
