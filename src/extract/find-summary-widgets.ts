import { headlineLinks } from './drop-teaser-cards';
import { normalizeText } from './normalize-text';
import { SUMMARY_PHRASES } from './summary-phrases';

const PHRASES = new Set(SUMMARY_PHRASES);
/** Things a reader clicks. */
const CONTROLS = 'a, button, [role="button"], summary';
/** Things a summary box is titled with, or a control's inner label. */
const TITLES = 'h1, h2, h3, h4, h5, h6, strong, b, span, div, p, label, li, dt';
/** A label longer than this is running text, not a control. */
const MAX_LABEL = 60;
/** A box (prompt + control, or "Key points" + its list) holds at most this much text. */
const MAX_WIDGET_TEXT = 1500;
/** A control's box is its own prompt and little else: "No time to read? Get a summary". */
const MAX_CONTROL_BOX_EXTRA = 100;
/** A paragraph this long (in characters, which works across scripts) belongs to the story: a container holding one is too big to be the widget. */
const STORY_PARAGRAPH_CHARS = 200;
/** Words of running text around a label that make it part of a sentence, not a widget. */
const SENTENCE_AROUND_WORDS = 4;
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
const TEXT_BLOCK = 'p, li, blockquote, td, figcaption, h1, h2, h3, h4, h5, h6';

function key(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N};]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** The element's label: its text, or for an icon button its aria-label/title. */
function labelOf(el: Element): string {
  const text = normalizeText(el.textContent ?? '');
  if (text) return text;
  return normalizeText(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
}

function isSummaryLabel(el: Element): boolean {
  // Only small elements can be a label; this also keeps textContent cheap on big pages.
  if (el.childElementCount > 4) return false;
  const text = labelOf(el);
  return text.length > 0 && text.length <= MAX_LABEL && PHRASES.has(key(text));
}

/**
 * True when the label sits inside a sentence ("the council published a <a>summary</a> of the plan"):
 * the story's own words. A lead-in label that opens its paragraph ("TL;DR: …") still counts as a box.
 */
function isInSentence(el: Element, label: string): boolean {
  const block = el.parentElement?.closest(TEXT_BLOCK);
  if (!block || block === el) return false;
  const text = normalizeText(block.textContent ?? '');
  const rest = text.replace(label, ' ');
  if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < SENTENCE_AROUND_WORDS) return false;
  const isLeadIn =
    text.startsWith(label) && (label.endsWith(':') || /^[^\p{L}\p{N}]*:/u.test(text.slice(label.length)));
  return !isLeadIn;
}

function holdsStory(el: Element): boolean {
  let paragraphs = 0;
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    const length = normalizeText(p.textContent ?? '').length;
    if (length >= STORY_PARAGRAPH_CHARS) return true;
    // Two shorter paragraphs are story too: short-paragraph styles and brief stories are common.
    if (length >= STORY_PARAGRAPH_CHARS / 2 && ++paragraphs >= 2) return true;
  }
  return false;
}

/** Share of an element's text that sits in links. */
function linkShare(el: Element): number {
  const total = normalizeText(el.textContent ?? '').length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += normalizeText(a.textContent ?? '').length;
  return linked / total;
}

/** The nearest element around a box title that holds more than the title: the box it heads. */
function boxOf(el: Element): Element {
  const own = normalizeText(el.textContent ?? '').length;
  for (let parent = el.parentElement; parent; parent = parent.parentElement) {
    if (normalizeText(parent.textContent ?? '').length > own) return parent;
  }
  return el;
}

/** Links a box of other headlines holds at least. */
const HEADLINE_STRIP_LINKS = 2;

/**
 * A box titled "In brief" / "Top stories" whose content is links to other pages is a strip of other
 * headlines, not a summary of this article: a summary's points are text, not links. So is a box of
 * linked headlines each with an excerpt of its own story, however much of its text the excerpts hold.
 */
function isHeadlineStrip(widget: Element): boolean {
  if (widget.getElementsByTagName('a').length < HEADLINE_STRIP_LINKS) return false;
  return linkShare(widget) >= 0.5 || headlineLinks(widget) >= HEADLINE_STRIP_LINKS;
}

function controlsIn(el: Element): number {
  return el.querySelectorAll(CONTROLS).length + (el.matches(CONTROLS) ? 1 : 0);
}

/**
 * Climb from the label to the widget's outermost box. A control takes in its prompt but no other
 * controls (the share buttons beside it stay); a box title takes in its box. Neither takes in the story,
 * nor the whole of the subtree searched (Readability's result, where that is the story).
 */
function widgetOf(label: Element, isControl: boolean, others: readonly Element[], root: Element): Element {
  const labelLength = labelOf(label).length;
  let widget = label;
  for (
    let parent = label.parentElement;
    parent && parent !== root && !STOP_TAGS.has(parent.tagName.toUpperCase());
    parent = parent.parentElement
  ) {
    const length = normalizeText(parent.textContent ?? '').length;
    if (length > MAX_WIDGET_TEXT || holdsStory(parent)) break;
    if (others.some((o) => o !== label && !label.contains(o) && !o.contains(label) && parent.contains(o))) break;
    if (controlsIn(parent) > controlsIn(widget)) break; // the share buttons beside it are not ours
    if (isControl && length > labelLength + MAX_CONTROL_BOX_EXTRA) break;
    widget = parent;
  }
  return widget;
}

/**
 * Elements whose whole label is a summary phrase. Walks text nodes rather than matching a selector
 * against every element: on a large page that is several times faster, and this runs on every extraction.
 */
function findLabels(doc: Document, root: Element): Element[] {
  const found = new Set<Element>();
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LABEL * 2 || !/[\p{L}]/u.test(value)) continue;
    let el = node.parentElement;
    if (!el || !isSummaryLabel(el)) continue;
    // Take the outermost element that says the same thing: the <button> around the <span>.
    const label = labelOf(el);
    while (
      !el.matches(CONTROLS) &&
      el.parentElement &&
      el.parentElement !== root &&
      labelOf(el.parentElement) === label
    ) {
      el = el.parentElement;
    }
    if (el.matches(`${CONTROLS}, ${TITLES}`)) found.add(el);
  }
  // Icon buttons carry their label in aria-label or title only.
  for (const tag of ['button', 'a']) {
    for (const el of Array.from(root.getElementsByTagName(tag))) {
      if (
        (el.hasAttribute('aria-label') || el.hasAttribute('title')) &&
        !normalizeText(el.textContent ?? '') &&
        isSummaryLabel(el)
      ) {
        found.add(el);
      }
    }
  }
  return [...found];
}

/**
 * The site's own "Get a summary" / "Key points" / "TL;DR" widgets (outermost element of each), so the
 * in-page Precis box can stand in their place. A label only counts when it is the whole text of its
 * element and not part of a sentence, so a story that mentions a summary is left alone.
 */
export function findSummaryWidgets(doc: Document): Element[] {
  return doc.body ? findSummaryWidgetsIn(doc.body) : [];
}

/** findSummaryWidgets within one subtree (extraction runs it on Readability's result only, which is much smaller). */
export function findSummaryWidgetsIn(root: Element): Element[] {
  const doc = root.ownerDocument;
  const labels = findLabels(doc, root);
  // One label per widget: a <span> inside a <button> both "say" it; the control is what a reader clicks.
  const chosen = labels.filter((el) => {
    const control = el.parentElement?.closest(CONTROLS);
    if (control && labels.includes(control)) return false;
    return el.matches(CONTROLS) || !labels.some((other) => other !== el && el.contains(other));
  });
  const found = chosen.filter((el) => !isInSentence(el, labelOf(el)));
  const widgets = found
    .map((el) => ({ el, widget: widgetOf(el, el.matches(CONTROLS), found, root) }))
    .filter(({ el, widget }) => el.matches(CONTROLS) || !isHeadlineStrip(boxOf(widget)))
    .map(({ widget }) => widget);
  // Outermost only, each once, in document order.
  const unique = widgets.filter((w, i) => widgets.indexOf(w) === i);
  return unique.filter((w) => !unique.some((o) => o !== w && o.contains(w)));
}
