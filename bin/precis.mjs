#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled from src/cli/ by `npm run build` into dist/cli/precis.mjs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/precis.mjs', import.meta.url);

if (!existsSync(fileURLToPath(bundle))) {
  console.error(`precis: the CLI is not built (${fileURLToPath(bundle)} is missing); run \`npm run build\` first.`);
  process.exitCode = 2;
} else {
  // `precis … | head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const { main } = await import(bundle.href);
  process.exitCode = await main(process.argv.slice(2));
}
