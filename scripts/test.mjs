#!/usr/bin/env node
// `npm test`: every suite Precis has, one after another, and one closing line that sums them:
//   typecheck (tsc) · lint (eslint) · format (prettier --check) · vitest (unit + e2e in real browsers) · web-ext lint on dist/firefox.
// Without Chromium or Firefox the e2e tests skip loudly; PRECIS_REQUIRE_BROWSERS=1 (set by .ci/run)
// turns a missing browser into a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n━━ ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function step(title, command, args) {
  const ok = run(title, command, args) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

const tsc = join(ROOT, 'node_modules/.bin/tsc');
const eslint = join(ROOT, 'node_modules/.bin/eslint');
const prettier = join(ROOT, 'node_modules/.bin/prettier');
const vitest = join(ROOT, 'node_modules/.bin/vitest');
const webExt = join(ROOT, 'node_modules/.bin/web-ext');

step('typecheck', tsc, ['--noEmit', '-p', '.']);
step('lint', eslint, ['.']);
step('format', prettier, ['--check', '--log-level', 'warn', '.']);

const report = join(ARTIFACTS, 'vitest.json');
const vitestStatus = run('vitest', vitest, [
  'run',
  ...process.argv.slice(2),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += json.numPassedTests;
  totals.failed += json.numFailedTests;
  totals.skipped += json.numPendingTests + json.numTodoTests;
  // A suite that failed to load has no tests to count but must still fail the run.
  if (vitestStatus !== 0 && json.numFailedTests === 0) totals.failed += 1;
} catch {
  totals.failed += 1;
}

// web-ext's own table runs to pages: print its summary and any errors, and count errors as a failure.
console.log(`\n━━ web-ext lint --source-dir dist/firefox`);
const lint = spawnSync(webExt, ['lint', '--source-dir', 'dist/firefox', '--output', 'json'], {
  cwd: ROOT,
  encoding: 'utf8',
});
try {
  const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
  const { errors, warnings, notices } = report.summary;
  console.log(`errors ${errors}, warnings ${warnings}, notices ${notices} (every warning is explained in BUILDING.md)`);
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''}:${e.line ?? ''})`);
  totals[errors === 0 ? 'passed' : 'failed'] += 1;
} catch {
  console.log(lint.stdout, lint.stderr);
  totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
