import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/cli/paths';
import { DEMO_BODY, DEMO_DEBRIS, DEMO_TITLE } from './demo-article';
import { squash } from './helpers';

const run = promisify(execFile);
const BUNDLE = join(PROJECT_ROOT, 'dist', 'cli', 'precis.mjs');
const BIN = join(PROJECT_ROOT, 'bin', 'precis.mjs');
/** Source the bundle is made from; a bundle older than any of it is rebuilt. */
const SOURCES = ['src/cli', 'src/extract', 'src/summarize', 'src/article'].map((p) => join(PROJECT_ROOT, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The same options as build.mjs's buildCli, for when the whole build cannot run yet. */
async function buildCliOnly() {
  await esbuild.build({
    entryPoints: [join(PROJECT_ROOT, 'src/cli/index.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
}

beforeAll(async () => {
  if (!existsSync(BUNDLE)) {
    try {
      execFileSync(process.execPath, ['build.mjs', '--target', 'chrome'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
    } catch {
      // The extension's own entries may not build yet; the CLI does not need them.
    }
  }
  if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(...SOURCES.map(newestMtime))) await buildCliOnly();
}, 60_000);

// Each spawn loads jsdom afresh, which takes seconds on a busy machine.
describe('bin/precis.mjs', { timeout: 30_000 }, () => {
  it('summarizes the demo article through the built bundle', async () => {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'summarize', 'demo/article.html'], {
      cwd: PROJECT_ROOT,
    });
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(DEMO_TITLE);
    const summary = lines.filter((l) => l.startsWith('• ')).map((l) => squash(l.slice(2)));
    expect(summary).toHaveLength(5);
    for (const sentence of summary) expect(DEMO_BODY).toContain(sentence);
    for (const debris of DEMO_DEBRIS) expect(stdout).not.toContain(debris);
  });

  it('sets the exit code: 2 for a bad command line, 1 for a missing file', async () => {
    const bad = await run(process.execPath, [BIN, 'sumarize'], { cwd: PROJECT_ROOT }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('allowed: summarize, extract, demo') });
    const missing = await run(process.execPath, [BIN, 'extract', 'nope.html'], { cwd: PROJECT_ROOT }).catch(
      (e: unknown) => e,
    );
    expect(missing).toMatchObject({ code: 1, stderr: 'precis: cannot read nope.html: no such file\n' });
  });

  it('answers --jsonl on the real stdin', async () => {
    const child = execFile(process.execPath, [BIN, 'summarize', '--jsonl', '--sentences', '1'], { cwd: PROJECT_ROOT });
    const output = new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
    child.stdin?.end('{"id":"a","text":"One thing happened. Then another thing happened. Finally it ended."}\n{oops\n');
    const lines = (await output)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'a', summary: [expect.any(String)] });
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringMatching(/^invalid JSON/u) });
  });

  it('says to run the build when the bundle is missing, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-bin-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'precis.mjs'));
    const result = await run(process.execPath, [join(dir, 'bin', 'precis.mjs'), 'demo']).catch((e: unknown) => e);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('run `npm run build` first') });
  });
});
