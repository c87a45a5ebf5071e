// webextension-polyfill throws when it is imported outside an extension
// (https://github.com/mozilla/webextension-polyfill/issues/329): give it the one property it checks.
const g = globalThis as { chrome?: { runtime?: { id?: string } } };
g.chrome ??= { runtime: { id: 'precis-test' } };
