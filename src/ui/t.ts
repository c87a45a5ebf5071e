import browser from '../browser';

/** The UI string `key` in the browser's language, with `subs` for its $1…; the key itself when missing. */
export function t(key: string, ...subs: string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}
