import { isRestrictedUrl } from './restricted-url';

/**
 * The addresses of the browsers' own error pages: Chrome's and Edge's error document, Firefox's
 * network, certificate, blocked-site and crashed-tab pages.
 */
const ERROR_PAGES = /^(chrome-error|edge-error):|^about:(neterror|certerror|blocked|tabcrashed|httpsonlyerror)\b/i;
/** A tab with nothing in it yet: a blank page or the browser's new-tab page. */
const BLANK_PAGES =
  /^about:(blank|newtab|home|privatebrowsing)\b|^(chrome|edge|brave):\/\/new-tab-page|^chrome:\/\/newtab\b/i;

/** Why no extension could read the tab at `url`, before trying, or null when it is worth trying. */
export type UnreadableUrl = 'load-failed' | 'no-tab' | 'restricted';

/** What a tab's address alone says about reading it: an error page, an empty tab, a page off-limits, or null. */
export function unreadableUrl(url: string | undefined): UnreadableUrl | null {
  if (url === undefined || url === '') return null;
  if (ERROR_PAGES.test(url)) return 'load-failed';
  if (BLANK_PAGES.test(url)) return 'no-tab';
  return isRestrictedUrl(url) ? 'restricted' : null;
}
