/**
 * Bench builds only (`node build.mjs --bench`, `__PRECIS_BENCH__`): named instants of one click, as
 * `performance.mark`s in each context and carried along with the answers, so the popup's timeline holds
 * the whole path (injection, clone, Readability, clean-up, summary, message hops) for `npm run bench -- popup`.
 * In every other build each function is a no-op the bundler drops.
 */

/** Instants in ms since the epoch: `performance.timeOrigin + now()` is one clock across the extension's contexts. */
export type BenchMarks = Record<string, number>;

let pending: BenchMarks = {};

/** Marks `precis:<name>` now (or at `at`, ms since the epoch), and keeps it for the next answer this context sends. */
export function benchMark(name: string, at?: number): void {
  if (!__PRECIS_BENCH__) return;
  const startTime = at === undefined ? performance.now() : at - performance.timeOrigin;
  pending[name] = performance.timeOrigin + performance.mark(`precis:${name}`, { startTime }).startTime;
}

declare global {
  /** Bench builds: every mark another context sent, on the epoch clock, those from before this one began too. */
  var __precisBenchMarks: BenchMarks | undefined;
}

/** Takes the marks another context sent along with `value` (see withBenchMarks) into this one's. */
export function takeBenchMarks(value: unknown): void {
  if (!__PRECIS_BENCH__ || typeof value !== 'object' || value === null) return;
  const marks = (value as { benchMarks?: BenchMarks }).benchMarks;
  if (!marks) return;
  const received = (globalThis.__precisBenchMarks ??= {});
  for (const [name, at] of Object.entries(marks)) {
    pending[name] = at;
    received[name] = at;
    // A mark from before this context began can't go on its timeline (a negative startTime throws).
    if (at >= performance.timeOrigin) performance.mark(`precis:${name}`, { startTime: at - performance.timeOrigin });
  }
}

/** `value` with this context's marks so far attached (bench builds), for the receiver's takeBenchMarks. */
export function withBenchMarks<T>(value: T): T {
  if (!__PRECIS_BENCH__ || typeof value !== 'object' || value === null) return value;
  const marks = pending;
  pending = {};
  return { ...value, benchMarks: marks };
}
