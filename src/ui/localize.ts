import browser from '../browser';
import { t } from './t';

/** Gives an extension page the browser's language and direction, and each `[data-i18n]` element its string. */
export function localize(doc: Document = document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
}
