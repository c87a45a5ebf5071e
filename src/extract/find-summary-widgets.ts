import { normalizeText } from './normalize-text';
import { SUMMARY_PHRASES } from './summary-phrases';

const PHRASES = new Set(SUMMARY_PHRASES);
/** Elements a reader clicks or a box is titled with. */
const CANDIDATES = 'a, button, [role="button"], summary, h1, h2, h3, h4, h5, h6, strong, b, span, div, p, label, li';
/** A label longer than this is running text, not a control. */
const MAX_LABEL = 60;
/** A widget (prompt + control, or a key-points box) holds at most this much text. */
const MAX_WIDGET_TEXT = 1500;
/** A paragraph this long belongs to the story: a container holding one is too big to be the widget. */
const STORY_PARAGRAPH_WORDS = 40;
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

function key(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N};]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** The element's own label: text, or for an icon button its aria-label/title. */
function labelOf(el: Element): string {
  const text = normalizeText(el.textContent ?? '');
  if (text) return text;
  return normalizeText(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
}

function isLabel(el: Element): boolean {
  const text = labelOf(el);
  if (!text || text.length > MAX_LABEL) return false;
  const k = key(text);
  return PHRASES.has(k);
}

function holdsStory(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (normalizeText(p.textContent ?? '').split(' ').length >= STORY_PARAGRAPH_WORDS) return true;
  }
  return false;
}

/** Climb from the control to the widget's outermost box: stop before a box that also holds the story. */
function widgetOf(control: Element, others: readonly Element[]): Element {
  let widget = control;
  for (let parent = control.parentElement; parent && !STOP_TAGS.has(parent.tagName.toUpperCase()); parent = parent.parentElement) {
    const text = normalizeText(parent.textContent ?? '');
    if (text.length > MAX_WIDGET_TEXT || holdsStory(parent)) break;
    if (others.some((o) => o !== control && !control.contains(o) && !o.contains(control) && parent.contains(o))) break;
    widget = parent;
  }
  return widget;
}

/**
 * The site's own "Get a summary" / "Key points" / "TL;DR" widgets (outermost element of each), so the
 * in-page Precis box can stand in their place. A label only counts when it is the whole text of its
 * element, so a sentence in the story that mentions a summary is never returned.
 */
export function findSummaryWidgets(doc: Document): Element[] {
  const root = doc.body;
  if (!root) return [];
  const labels = Array.from(root.querySelectorAll(CANDIDATES)).filter(isLabel);
  // Keep the innermost matching element: a <span> inside a <button> both "say" the label.
  const controls = labels.filter((el) => !labels.some((other) => other !== el && el.contains(other)));
  // A prompt beside the control ("No time to read?") is taken in by climbing to the widget's box.
  const widgets = controls.map((c) => widgetOf(c, controls));
  // Outermost only, each once, in document order.
  const unique = widgets.filter((w, i) => widgets.indexOf(w) === i);
  return unique.filter((w) => !unique.some((o) => o !== w && o.contains(w)));
}
