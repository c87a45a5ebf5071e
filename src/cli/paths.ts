import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root. This module sits two folders down both as source (`src/cli/`) and bundled
 * (`dist/cli/precis.mjs`), so the same relative step works for tests and for the built CLI.
 */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The article `precis demo` summarizes. */
export const DEMO_ARTICLE = join(PROJECT_ROOT, 'demo', 'article.html');

/** Where `npm run build` puts the unpacked extensions, by browser. */
export const EXTENSION_DIRS = {
  Chrome: join(PROJECT_ROOT, 'dist', 'chrome'),
  Firefox: join(PROJECT_ROOT, 'dist', 'firefox'),
} as const;
