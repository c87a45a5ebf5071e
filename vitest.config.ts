import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// As build.mjs defines it: the in-page box takes its palette from the theme's stylesheet.
const define = { __THEME_CSS__: JSON.stringify(readFileSync('src/ui/theme.css', 'utf8')) };

export default defineConfig({
  test: {
    projects: [
      {
        define,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
        },
      },
      // Slow on purpose: quality floors over ../shared/eval (skipped without it) and megabyte-sized CLI
      // batches. Apart, so the unit tier stays quick.
      {
        define,
        test: {
          name: 'slow',
          include: ['test/slow/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          testTimeout: 600_000,
        },
      },
      {
        // Packs and installs the npm tarball: tens of seconds of npm, so not in the unit tier.
        test: {
          name: 'pack',
          include: ['test/pack/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
