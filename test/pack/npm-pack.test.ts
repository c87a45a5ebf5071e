// The package as a stranger gets it: `npm pack` (which builds in `prepack`), installed with
// `npm install --omit=dev` into an empty folder, then its `precis` run and its cores imported and
// type-checked from there, so nothing works only because the checkout is beside it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/cli/paths';

const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const STORY = [
  'The council voted on Tuesday to close the old bridge over the river.',
  'Engineers had warned for years that its steel was failing under the weight of lorries.',
  'Repairs would cost more than a new crossing, the council said.',
  'The new bridge will open in 2028, two years later than first planned.',
  'Until then, buses will take a longer route through the town centre.',
  'Shop owners on the bridge road worry that fewer people will pass their doors.',
].join(' ');

let dir = '';
let app = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'precis-pack-'));
  await run(NPM, ['pack', '--pack-destination', dir], { cwd: PROJECT_ROOT, maxBuffer: 1 << 24 });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${dir}`);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run(NPM, ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], {
    cwd: app,
    maxBuffer: 1 << 24,
  });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball, installed with --omit=dev', { timeout: 120_000 }, () => {
  it('ships the CLI, the cores and their types, and not the sources', () => {
    const installed = join(app, 'node_modules', 'precis');
    const top = readdirSync(installed).sort();
    expect(top).toEqual(expect.arrayContaining(['bin', 'dist', 'package.json']));
    expect(top).not.toContain('src');
    expect(top).not.toContain('test');
    expect(readdirSync(join(installed, 'dist')).sort()).toEqual(['cli', 'lib', 'types']);
  });

  it('runs `precis summarize` on a text file', async () => {
    writeFileSync(join(app, 'story.txt'), STORY + '\n');
    const bin = join(app, 'node_modules', '.bin', 'precis');
    const { stdout, stderr } = await run(bin, ['summarize', 'story.txt', '--sentences', '2'], { cwd: app });
    expect(stderr).toBe('');
    const bullets = stdout.split('\n').filter((l) => l.startsWith('• '));
    expect(bullets).toHaveLength(2);
    for (const b of bullets) expect(STORY).toContain(b.slice(2).trim());
  });

  it('imports summarize and extractArticle by their package names', async () => {
    const script = [
      "import { summarize } from 'precis/summarize';",
      "import { extractArticle } from 'precis/extract';",
      `const s = summarize({ title: 'Bridge', paragraphs: [${JSON.stringify(STORY)}] }, { sentences: 3 });`,
      'console.log(JSON.stringify({ n: s.sentences.length, extract: typeof extractArticle }));',
    ].join('\n');
    writeFileSync(join(app, 'use.mjs'), script);
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: app });
    expect(JSON.parse(stdout)).toEqual({ n: 3, extract: 'function' });
  });

  it('type-checks a TypeScript consumer against the shipped .d.ts (nodenext resolution)', async () => {
    writeFileSync(
      join(app, 'use.ts'),
      [
        "import { summarize, type Summary } from 'precis/summarize';",
        "import { extractArticle, type Extraction } from 'precis/extract';",
        "const s: Summary = summarize({ title: 'Bridge', paragraphs: ['One. Two.'] }, { sentences: 1 });",
        'const e: (doc: Document) => Extraction = extractArticle;',
        'console.log(s.sentences.length, e);',
        '// @ts-expect-error: paragraphs are strings',
        'summarize({ title: 1, paragraphs: [2] });',
      ].join('\n'),
    );
    const config = {
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023', 'dom'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      },
      files: ['use.ts'],
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', app]).catch((e: { stdout: string }) => e);
    expect('stdout' in result ? result.stdout : '').toBe('');
  });
});
