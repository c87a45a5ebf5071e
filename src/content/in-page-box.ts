import browser from '../browser';
import { findStories, findSummaryWidgets } from '../extract/index';
import type { InPageSummary } from '../protocol';
import { findTextRange } from './find-text-range';
import { highlightSentence } from './highlight';
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

/** The nearest element around `node` that is laid out as a block, short of the body itself. */
function blockOf(doc: Document, node: Node | null | undefined): Element | null {
  while (node && !(node instanceof Element && getComputedStyle(node).display !== 'inline')) node = node.parentNode;
  return node instanceof Element && node !== doc.body && node !== doc.documentElement ? node : null;
}

/** The block the reader's selection ends in: the box goes after it. */
function selectionAnchor(doc: Document): Element | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return blockOf(doc, selection.getRangeAt(selection.rangeCount - 1).endContainer);
}

function drawBox(doc: Document, summary: InPageSummary): HTMLElement {
  const host = doc.createElement(BOX_TAG);
  // Closed: the page can neither read the box nor reach into it to script clicks.
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BOX_CSS;

  const box = doc.createElement('section');
  box.className = 'box';
  box.dataset.theme = summary.theme;
  box.setAttribute('aria-label', t('boxLabel'));
  if (summary.lang) box.lang = summary.lang;
  box.dir = 'auto';

  const head = doc.createElement('header');
  const heading = doc.createElement('p');
  heading.className = 'brand';
  heading.textContent = t(summary.placement === 'selection' ? 'boxHeadingSelection' : 'boxHeading');
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', t('boxClose'));
  close.textContent = '×';
  close.addEventListener('click', (event) => {
    // Only the reader's own click counts (https://developer.mozilla.org/docs/Web/API/Event/isTrusted).
    if (event.isTrusted) removeInPageSummary();
  });
  head.append(heading, close);

  const list = doc.createElement('ul');
  for (const sentence of summary.sentences) {
    const item = doc.createElement('li');
    const jump = doc.createElement('button');
    jump.type = 'button';
    jump.className = 'sentence';
    jump.title = t('jumpHint');
    jump.textContent = sentence;
    jump.addEventListener('click', (event) => {
      if (event.isTrusted) highlightSentence(doc, sentence);
    });
    item.append(jump);
    list.append(item);
  }
  box.append(head, list);
  root.append(style, box);
  return host;
}

/**
 * Draw the summary on the page: in place of the site's own "Get a summary" widget (the first gives
 * way to Precis's box, the others are hidden), or after the reader's selection. A page without such a
 * widget is left as it is. Returns whether the box was drawn.
 */
export function showInPageSummary(doc: Document, summary: InPageSummary): boolean {
  removeInPageSummary();
  if (summary.sentences.length === 0) return false;
  if (summary.placement === 'selection') {
    const host = drawBox(doc, summary);
    const anchor = selectionAnchor(doc);
    if (anchor) anchor.after(host);
    else {
      host.style.cssText = 'position:fixed;top:16px;right:16px;width:min(420px,90vw);z-index:2147483647';
      doc.body.append(host);
    }
    current = { host, hidden: [] };
    return true;
  }
  // On a page of several stories, only the summarized one may hold the box.
  const story = summary.storyIndex === undefined ? doc.body : findStories(doc)[summary.storyIndex]?.element;
  if (!story) return false;
  const widgets = findSummaryWidgets(doc).filter((w): w is HTMLElement => 'style' in w && story.contains(w));
  const first = widgets[0] ?? (summary.placement === 'story' ? storyStart(doc, story, summary.anchorText) : null);
  if (!first) return false;
  const host = drawBox(doc, summary);
  first.before(host);
  current = { host, hidden: widgets.map(hide) };
  return true;
}

/** The block that holds the story's first paragraph, for a site without a summary widget. */
function storyStart(doc: Document, story: Element, anchorText: string | undefined): Element | null {
  const range = anchorText ? findTextRange(story, anchorText.slice(0, 200)) : null;
  return blockOf(doc, range?.startContainer);
}
