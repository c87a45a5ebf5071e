// Lint: typescript-eslint's recommended rules, plus the house's one structural rule — arrows point one
// way (../shared/STYLE.md): src/article is the floor and imports nothing of ours, the pure cores import
// only it, and the browser places never import each other; they talk through src/protocol.ts.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const PLACES = ['content', 'background', 'ui'];
const BROWSER_GLUE = ['./src/browser.ts', './src/messaging.ts', './src/settings.ts'];

/** Each place may import the cores and messages, not its sibling places (nor the Node CLI). */
const placeZones = PLACES.map((place) => ({
  target: `./src/${place}`,
  from: [...PLACES.filter((p) => p !== place).map((p) => `./src/${p}`), './src/cli'],
  message: 'Browser places talk through src/protocol.ts, not by importing each other.',
}));

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'artifacts/', 'node_modules/', 'scripts/tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/article',
              from: './src',
              except: ['./article'],
              message: 'src/article is the floor under both cores: it imports nothing else of ours.',
            },
            {
              target: './src/summarize',
              from: ['./src/extract', './src/cli', ...PLACES.map((p) => `./src/${p}`), ...BROWSER_GLUE],
              message: 'src/summarize is pure: text in, summary out. No DOM, no browser.',
            },
            {
              target: './src/extract',
              from: ['./src/summarize', './src/cli', ...PLACES.map((p) => `./src/${p}`), ...BROWSER_GLUE],
              message: 'src/extract is DOM in, Article out: it never touches the browser API.',
            },
            {
              target: './src/cli',
              from: [...PLACES.map((p) => `./src/${p}`), ...BROWSER_GLUE],
              message: 'The CLI runs in Node: no browser places.',
            },
            ...placeZones,
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: 'Import `browser` from src/browser.ts.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  { files: ['src/browser.ts'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.mjs', 'scripts/**', 'build.mjs', 'bin/**'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'structuredClone', 'setTimeout', 'clearTimeout'].map((g) => [
          g,
          'readonly',
        ]),
      ),
    },
  },
  // Callbacks that puppeteer runs in the page.
  { files: ['scripts/store-assets.mjs'], languageOptions: { globals: { document: 'readonly', window: 'readonly' } } },
);
