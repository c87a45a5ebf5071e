import browser from '../browser';
import { findSummaryWidgets } from '../extract/index';
import type { InPageSummary } from '../messages';
import { BOX_CSS } from './in-page-box-css';

/** The tag of the box's host element; a custom name no site styles by accident. */
export const BOX_TAG = 'precis-summary';

interface Hidden {
  element: HTMLElement;
  display: string;
  priority: string;
}

let current: { host: HTMLElement; hidden: Hidden[] } | undefined;

function hide(element: HTMLElement): Hidden {
  const saved = {
    element,
    display: element.style.getPropertyValue('display'),
    priority: element.style.getPropertyPriority('display'),
  };
  element.style.setProperty('display', 'none', 'important');
  return saved;
}

function restore({ element, display, priority }: Hidden): void {
  if (display) element.style.setProperty('display', display, priority);
  else element.style.removeProperty('display');
}

/** Take the box away and give the site its widgets back. */
export function removeInPageSummary(): void {
  if (!current) return;
  current.host.remove();
  current.hidden.forEach(restore);
  current = undefined;
}

function t(key: string): string {
  return browser.i18n.getMessage(key) || key;
}

/**
 * Draw the summary where the site shows its own "Get a summary" widget: the first widget gives way to
 * Precis's box, the others are hidden. A page without such a widget is left as it is.
 * Returns whether the box was drawn.
 */
export function showInPageSummary(doc: Document, summary: InPageSummary): boolean {
  removeInPageSummary();
  const widgets = findSummaryWidgets(doc).filter((w): w is HTMLElement => 'style' in w);
  const first = widgets[0];
  if (!first || summary.sentences.length === 0) return false;

  const host = doc.createElement(BOX_TAG);
  // Closed: the page can neither read the box nor script clicks inside it.
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BOX_CSS;

  const box = doc.createElement('section');
  box.className = 'box';
  box.setAttribute('aria-label', t('boxLabel'));
  if (summary.lang) box.lang = summary.lang;
  box.dir = 'auto';

  const head = doc.createElement('header');
  const heading = doc.createElement('p');
  heading.className = 'brand';
  heading.textContent = t('boxHeading');
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', t('boxClose'));
  close.textContent = '×';
  close.addEventListener('click', (event) => {
    // Only the reader's own click closes it (https://developer.mozilla.org/docs/Web/API/Event/isTrusted).
    if (event.isTrusted) removeInPageSummary();
  });
  head.append(heading, close);

  const list = doc.createElement('ul');
  for (const sentence of summary.sentences) {
    const item = doc.createElement('li');
    item.textContent = sentence;
    list.append(item);
  }
  box.append(head, list);
  root.append(style, box);

  first.before(host);
  current = { host, hidden: widgets.map(hide) };
  return true;
}
