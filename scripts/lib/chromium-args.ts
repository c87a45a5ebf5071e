/**
 * How Precis's tests and benchmarks start Debian's Chromium, as root, headless, on a machine with no
 * network: without the background-networking flags it keeps dialling Google's hosts and is refused.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
