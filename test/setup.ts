import fc from 'fast-check';

// webextension-polyfill throws when it is imported outside an extension
// (https://github.com/mozilla/webextension-polyfill/issues/329): give it the one property it checks.
const g = globalThis as { chrome?: { runtime?: { id?: string } } };
g.chrome ??= { runtime: { id: 'precis-test' } };

// Property tests run the same cases on every run, so CI never fails on a case nobody has seen;
// `FC_SEED=<n> npm run test:unit` explores others (and a failure prints the seed to pin it down).
fc.configureGlobal({ seed: Number(process.env.FC_SEED) || 20261128 });
