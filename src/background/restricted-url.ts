/** Hosts whose pages no extension may script: the browsers' own add-on stores. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/addons\.opera\.com\//,
];

/**
 * True when browsers don't let an extension read `url`: their own pages (chrome://, about:, the
 * extension pages of others), the web stores and the built-in PDF viewer. `file:` is readable only when
 * the reader allowed it, so it is left to the injection to find out.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return true;
  if (STORE_PAGES.some((re) => re.test(url))) return true;
  // Chrome and Firefox show PDFs in a viewer that extensions can't script.
  return /\.pdf$/i.test(parsed.pathname);
}
