/**
 * e2e global setup: build the extension (`dist/chrome`, `dist/chrome-test`, `dist/firefox`,
 * `dist/firefox-test`), write the generated huge pages, serve the test pages on 127.0.0.1, and hand
 * all of it to the tests through `inject`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { writeGeneratedPages } from '../../scripts/lib/generated-pages';
import { startStaticServer } from '../../scripts/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * `http://127.0.0.1:PORT`, serving `/fixtures/<slug>/source.html`, `/pages/<name>.html`,
     * `/demo/article.html` and `/generated/<name>.html` (see generated-pages.ts). `?hold=MS` on any page
     * sends all but its last bytes, then holds the response open for MS ms.
     */
    baseUrl: string;
    /** The unpacked Chrome build the tests load. */
    chromeExtensionDir: string;
    /** The `chrome-test` build: 127.0.0.1 granted up front, the background's handlers on `globalThis.precisTest`. */
    chromeTestExtensionDir: string;
    /** The unpacked Firefox build with host access to 127.0.0.1 (Firefox can't click the toolbar for us). */
    firefoxExtensionDir: string;
  }
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

function build(args: string[]): void {
  const run = spawnSync(
    process.execPath,
    ['build.mjs', '--target', 'chrome,chrome-test,firefox,firefox-test', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0)
    throw new Error(`node build.mjs ${args.join(' ')} failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // dist/ for the rest of `npm test` (web-ext lint reads dist/firefox) and for anyone loading it by hand.
  build([]);
  // The browsers load a build of their own: a colleague's `node build.mjs` empties dist/ while it runs.
  const own = await mkdtemp(join(tmpdir(), 'precis-e2e-ext-'));
  build(['--out', own, '--no-cli']);

  const generated = await mkdtemp(join(tmpdir(), 'precis-e2e-pages-'));
  await writeGeneratedPages(generated);

  const server = await startStaticServer({
    '/fixtures/': join(ROOT, 'test/fixtures/pages'),
    '/pages/': join(ROOT, 'test/e2e/pages'),
    '/demo/': join(ROOT, 'demo'),
    '/generated/': generated,
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('chromeExtensionDir', join(own, 'chrome'));
  project.provide('chromeTestExtensionDir', join(own, 'chrome-test'));
  project.provide('firefoxExtensionDir', join(own, 'firefox-test'));
  return async () => {
    await server.close();
    await rm(own, { recursive: true, force: true });
    await rm(generated, { recursive: true, force: true });
  };
}
