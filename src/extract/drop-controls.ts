import { normalizeText } from './normalize-text';
import { textUpTo } from './text-up-to';

/**
 * Controls drawn without `<button>`: an element whose role makes it a button, a tab, a switch or a menu
 * item. Readability drops `<button>`s and keeps these, so "Show more", "Mehr anzeigen" or "もっと見る"
 * came out as a line of the story, in any language.
 */
const CONTROLS = '[role="button" i], [role="tab" i], [role="switch" i], [role="menuitem" i]';
/** A control's label is a few words; a longer text under such a role is content a control wraps. */
const LABEL_CHARS = 40;
const LABEL_WORDS = 5;
const HEADING = /^h[1-6]$/;
const QUESTION = /[?？؟]$/u;

/**
 * Remove from `doc` (a copy: this mutates) the short labels of controls drawn with a role: what a
 * `<button>` would be, which Readability drops. Links are left to the clean-up's link rules, and run
 * after the boxes that are known by their buttons (`markSignUpBoxes`) have been marked.
 */
export function dropControls(doc: Document): number {
  let dropped = 0;
  for (const el of Array.from(doc.querySelectorAll(CONTROLS))) {
    if (!el.isConnected || el.localName === 'a' || el.localName === 'button') continue;
    // An accordion's toggle is often a heading or a question: the story's own FAQ ("What does it cost?").
    if (HEADING.test(el.localName) || el.querySelector('h1, h2, h3, h4, h5, h6')) continue;
    const raw = textUpTo(el, LABEL_CHARS * 2);
    if (raw === null) continue;
    const text = normalizeText(raw);
    if (text.length > LABEL_CHARS || text.split(' ').length > LABEL_WORDS || QUESTION.test(text)) continue;
    el.remove();
    dropped++;
  }
  return dropped;
}
