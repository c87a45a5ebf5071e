/**
 * Where the e2e browsers are, and what to do when one is missing: skip loudly, or fail when
 * PRECIS_REQUIRE_BROWSERS=1 (CI), so a machine without browsers never passes by running nothing.
 */
import { accessSync, constants } from 'node:fs';
import { describe } from 'vitest';

export type BrowserName = 'chromium' | 'firefox';

/** A browser we looked for: `path` when found, else why not. */
export interface FoundBrowser {
  name: BrowserName;
  path: string | undefined;
  /** Where we looked, for the message. */
  tried: string[];
}

const CANDIDATES: Record<BrowserName, { env: string; paths: string[]; label: string }> = {
  chromium: { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'], label: 'Chromium' },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], label: 'Firefox ESR' },
};

const INSTALL_HINT = 'apt-get install chromium firefox-esr';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Find `name`: its env variable (CHROMIUM_PATH / FIREFOX_PATH) when set, else Debian's paths. */
export function findBrowser(name: BrowserName, env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const { env: variable, paths } = CANDIDATES[name];
  const fromEnv = env[variable];
  const tried = fromEnv ? [fromEnv] : paths;
  return { name, path: tried.find(isExecutable), tried };
}

/** True when a missing browser must fail the run instead of skipping it. */
export function isBrowserRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PRECIS_REQUIRE_BROWSERS === '1';
}

/** What to tell the reader when `found` has no path. */
export function missingMessage(found: FoundBrowser): string {
  const { env, label } = CANDIDATES[found.name];
  return `${label} not found (looked at ${found.tried.join(', ')}). Install it with \`${INSTALL_HINT}\` or set ${env}=/path/to/${found.name}.`;
}

/**
 * `describe` for the tests of one browser. Found: runs them. Missing and required: runs them, and each
 * fails with `missingMessage` (from `requireBrowser` in `beforeEach`). Missing otherwise: skips them
 * after a banner on stderr.
 */
export function describeForBrowser(found: FoundBrowser): typeof describe | typeof describe.skip {
  if (found.path || isBrowserRequired()) return describe;
  const line = '!'.repeat(100);
  console.warn(
    `\n${line}\n!! SKIPPING the ${found.name} e2e tests: ${missingMessage(found)}\n!! Set PRECIS_REQUIRE_BROWSERS=1 to make this a failure.\n${line}\n`,
  );
  return describe.skip;
}

/** The browser's path, or an error that says how to install it. */
export function requireBrowser(found: FoundBrowser): string {
  if (!found.path) throw new Error(`PRECIS_REQUIRE_BROWSERS=1 but ${missingMessage(found)}`);
  return found.path;
}
