import { normalizeText } from './normalize-text';

/** A sign-up box is a prompt and a field: more text than this is a page or a form around the story. */
const MAX_BOX_CHARS = 400;
/** Paragraphs of a sentence or more: a box holding two of them is the story's (a prompt is one). */
const PARAGRAPH_CHARS = 40;
/**
 * An e-mail field, however the site marks it: `input[type="email" i], input[name*="email" i],
 * input[autocomplete="email" i]`, tested in code (in jsdom that selector over a whole page cost ~4 ms).
 */
function isEmailField(input: Element): boolean {
  const attr = (name: string) => input.getAttribute(name)?.toLowerCase();
  return attr('type') === 'email' || (attr('name')?.includes('email') ?? false) || attr('autocomplete') === 'email';
}

/** The attribute that marks a sign-up box in a copy of the page. */
export const SIGN_UP_MARK = 'data-precis-sign-up';

/**
 * Mark newsletter sign-up boxes in a copy of the page: the outermost small box around an e-mail field,
 * whatever its language (the field is the sign, not the wording). Marked before Readability, which
 * drops the field and keeps the prompt ("Get the top stories in your inbox") as if it were story; the
 * clean-up drops the blocks inside a mark (`Block.isSignUp`), and one late in the page ends the story
 * there (removing boxes before Readability can change which part of the page it picks).
 */
export function markSignUpBoxes(doc: Document): number {
  let marked = 0;
  for (const field of Array.from(doc.getElementsByTagName('input')).filter(isEmailField)) {
    let box: Element = field;
    for (let parent = field.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
      if (normalizeText(parent.textContent ?? '').length > MAX_BOX_CHARS) break;
      const paragraphs = Array.from(parent.getElementsByTagName('p')).filter(
        (p) => normalizeText(p.textContent ?? '').length >= PARAGRAPH_CHARS,
      );
      if (paragraphs.length >= 2) break;
      box = parent;
    }
    if (box !== field && !box.hasAttribute(SIGN_UP_MARK)) {
      box.setAttribute(SIGN_UP_MARK, '');
      marked++;
    }
  }
  return marked;
}
