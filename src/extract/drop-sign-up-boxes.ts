import { normalizeText } from './normalize-text';
import { siteOf } from './site-of';
import { textUpTo } from './text-up-to';

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

/**
 * A choice among answers, a poll's or a quiz's: a radio button or a checkbox a reader can tick (a
 * disabled one is a list's check mark, as in a to-do list the story shows).
 */
function isChoiceField(input: Element): boolean {
  const type = input.getAttribute('type')?.toLowerCase();
  return (type === 'radio' || type === 'checkbox') && !input.hasAttribute('disabled');
}

/** The attribute that marks a sign-up box in a copy of the page. */
export const SIGN_UP_MARK = 'data-precis-sign-up';

/**
 * Mark newsletter sign-up boxes in a copy of the page: the outermost small box around an e-mail field,
 * whatever its language (the field is the sign, not the wording). Marked before Readability, which
 * drops the field and keeps the prompt ("Get the top stories in your inbox") as if it were story; the
 * clean-up drops the blocks inside a mark (`Block.isSignUp`), and one late in the page ends the story
 * there (removing boxes before Readability can change which part of the page it picks). A poll's box
 * is marked the same way, around two choices or more: Readability drops its buttons and keeps its
 * question ("Should the town build a second barrier?") as a line of the story. So are calls to
 * subscribe with no field at all (`markCallToActionBoxes`).
 */
export function markSignUpBoxes(doc: Document, site = ''): number {
  let marked = markCallToActionBoxes(doc, site) + markCallToActionLines(doc, site) + markQuestionBoxes(doc);
  const inputs = Array.from(doc.getElementsByTagName('input'));
  const boxes = [
    ...inputs.filter(isEmailField).map((field) => boxAround(field, doc)),
    ...inputs
      .filter(isChoiceField)
      .map((field) => boxAround(field, doc))
      .filter((box) => Array.from(box.getElementsByTagName('input')).filter(isChoiceField).length >= 2),
  ];
  for (const box of boxes) {
    if (box.tagName === 'INPUT' || box.hasAttribute(SIGN_UP_MARK)) continue;
    markBox(box);
    marked++;
  }
  return marked;
}

/**
 * Mark a box so that the mark outlives Readability: a box of loose text and inline elements it
 * rewrites as a new paragraph, which carries none of the box's attributes, so its children and its
 * loose text (wrapped in a `<span>`) carry the mark too.
 */
function markBox(box: Element): void {
  box.setAttribute(SIGN_UP_MARK, '');
  for (let child = box.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) (child as Element).setAttribute(SIGN_UP_MARK, '');
    else if (child.nodeType === 3 && child.nodeValue?.trim()) {
      const span = box.ownerDocument.createElement('span');
      span.setAttribute(SIGN_UP_MARK, '');
      box.replaceChild(span, child);
      span.appendChild(child);
      child = span;
    }
  }
}

/** The outermost small box around a field: no more than a prompt's text, and fewer than two paragraphs. */
function boxAround(field: Element, doc: Document): Element {
  let box: Element = field;
  for (let parent = field.parentElement; parent && parent !== doc.body; parent = parent.parentElement) {
    const text = textUpTo(parent, MAX_BOX_CHARS * 4);
    if (text === null || normalizeText(text).length > MAX_BOX_CHARS) break;
    const paragraphs = Array.from(parent.getElementsByTagName('p')).filter(
      (p) => normalizeText(p.textContent ?? '').length >= PARAGRAPH_CHARS,
    );
    if (paragraphs.length >= 2) break;
    box = parent;
  }
  return box;
}

/** A call to action is a few words, not a sentence ("Subscribe", "Jetzt abonnieren", "登録する"). */
const ACTION_CHARS = 32;
const ACTION_WORDS = 4;
const ENDS_SENTENCE = /[.!?。！？]$/u;
/** A prompt around one: a heading or label and a line or two; more is a part of the story. */
const PROMPT_CHARS = 300;
/**
 * An appeal is longer: a heading, two or three short paragraphs asking for support, and its button
 * ("Support independent journalism" / … / "Donate"). It is taken only inside a story, beside its paragraphs.
 */
const APPEAL_CHARS = 700;
const APPEAL_PARAGRAPHS = 3;
const LABEL_WORDS = 6;
const BOX_DEPTH = 3;

/**
 * Whether a link goes to one of the site's own pages at the top of its tree ("/subscribe", "/abo/",
 * "https://subscribe.site.example/"): a service of the site's, not a story (stories sit deeper, their
 * addresses carrying a slug or a number) and not a source elsewhere.
 */
function isSitePageLink(link: Element, site: string): boolean {
  const href = link.getAttribute('href')?.trim();
  if (!href || href.startsWith('#') || /^(?:mailto|tel|javascript):/i.test(href)) return false;
  let path = href;
  if (/^(?:https?:)?\/\//i.test(href)) {
    // Only an address to another host needs parsing: is it the site's, and what is its path?
    let url: URL;
    try {
      url = new URL(href, 'https://' + (site || 'page.invalid') + '/');
    } catch {
      return false;
    }
    if (site === '' || siteOf(url.href) !== site) return false;
    path = url.pathname;
  }
  const segments = path.split(/[?#]/, 1)[0]!.split('/').filter(Boolean);
  return segments.length <= 1 && !/\d/.test(segments[0] ?? '') && (segments[0]?.length ?? 0) <= 24;
}

/** Text a box holds after `node`, in document order: a call to action ends its box. */
function textAfter(node: Element, box: Element): string {
  let text = '';
  for (let el: Element | null = node; el && el !== box; el = el.parentElement) {
    for (let next = el.nextSibling; next; next = next.nextSibling) text += next.textContent ?? '';
  }
  return text.trim();
}

/** Text a box holds before `node`, in document order. */
function textBefore(node: Element, box: Element): string {
  let text = '';
  for (let el: Element | null = node; el && el !== box; el = el.parentElement) {
    for (let prev = el.previousSibling; prev; prev = prev.previousSibling) text = (prev.textContent ?? '') + text;
  }
  return text;
}

/** A call to action written as one line is short: a few words of lead-in and the link. */
const LINE_CHARS = 160;
const LEAD_WORDS = 15;
/** The lead-in stops before the link: a full stop, a colon or a dash, in any script. */
const LEAD_STOP = /[:.!?。！？：—–-]$/u;
/** After the link, at most the line's own stop. */
const LINE_END = /^[.!。！]?$/u;

/**
 * Mark a call to action written as one line of the story: a few words of lead-in that end in a stop,
 * a colon or a dash, then a link of a few words to one of the site's own top-level pages, and nothing
 * after ("The day's top stories every morning: sign up to our newsletter", "Read us on the go. Get the
 * app"). The break before the link is the sign, in any language: a sentence of the story that runs
 * into its link ("… whose details are on the contact page") is left alone.
 */
function markCallToActionLines(doc: Document, site: string): number {
  let marked = 0;
  for (const line of Array.from(doc.getElementsByTagName('p'))) {
    const links = line.getElementsByTagName('a');
    if (links.length !== 1 || line.hasAttribute(SIGN_UP_MARK)) continue;
    const link = links[0]!;
    const raw = textUpTo(line, LINE_CHARS * 2);
    if (raw === null || normalizeText(raw).length > LINE_CHARS) continue;
    const action = normalizeText(link.textContent ?? '');
    if (!action || action.length > ACTION_CHARS * 1.5 || action.split(' ').length > ACTION_WORDS + 2) continue;
    if (!LINE_END.test(textAfter(link, line)) || !isSitePageLink(link, site)) continue;
    const lead = normalizeText(textBefore(link, line));
    if (lead.length < 4 || lead.split(' ').length > LEAD_WORDS || !LEAD_STOP.test(lead)) continue;
    markBox(line);
    marked++;
  }
  return marked;
}

/**
 * Mark paywall and subscription prompts: a small box that ends in a call to action, a link of a few
 * words to one of the site's own top-level pages, above it a heading or a short label and at most one
 * line of prose, and no other link ("Keep reading" / "Subscribe today for €1 a month." / "Subscribe"),
 * in any language: the link and the box's shape are the sign, not the wording. A box that holds two
 * paragraphs, another link or anything after its link is left alone.
 */
function markCallToActionBoxes(doc: Document, site: string): number {
  let marked = 0;
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    const raw = link.textContent ?? '';
    if (raw.length > ACTION_CHARS * 4) continue;
    const action = normalizeText(raw);
    if (!action || action.length > ACTION_CHARS || action.split(' ').length > ACTION_WORDS) continue;
    if (ENDS_SENTENCE.test(action) || !isSitePageLink(link, site)) continue;
    let box: Element | null = null;
    let el: Element = link;
    for (let depth = 0; depth < BOX_DEPTH && el.parentElement && el.parentElement !== doc.body; depth++) {
      const parent: Element = el.parentElement;
      // Read no further than a prompt's length: a link loose in a long page costs no more than one in a box.
      const raw = textUpTo(parent, APPEAL_CHARS * 2);
      const text = raw === null ? '' : normalizeText(raw);
      if (raw === null || text.length > APPEAL_CHARS || textAfter(link, parent) !== '') break;
      if (parent.getElementsByTagName('a').length > 1) break;
      if (isPrompt(parent, link, action.length, text.length)) box = parent;
      el = parent;
    }
    if (box && !box.hasAttribute(SIGN_UP_MARK) && !box.closest(`[${SIGN_UP_MARK}]`)) {
      markBox(box);
      marked++;
    }
  }
  return marked;
}

/**
 * A prompt's shape: a box of two blocks or more (not a paragraph that ends in a link), headed by a
 * heading or a short first line that is not the link, and at most one paragraph beside it; or an
 * appeal's, up to three paragraphs, in a box that stands beside a paragraph of the story (a short
 * story that ends in a link to a section is its own box, with nothing beside it), after the story or
 * with its link drawn as a button.
 */
function isPrompt(box: Element, link: Element, actionChars: number, chars: number): boolean {
  if (chars - actionChars < 20 || box.tagName === 'P' || box.childElementCount < 2) return false;
  const first = box.firstElementChild!;
  if (first.contains(link)) return false;
  const firstText = normalizeText(first.textContent ?? '');
  const hasLabel =
    box.querySelector('h1, h2, h3, h4, h5, h6') !== null ||
    (firstText !== '' && firstText.split(' ').length <= LABEL_WORDS && !ENDS_SENTENCE.test(firstText));
  const paragraphs = Array.from(box.getElementsByTagName('p')).filter(
    (p) => normalizeText(p.textContent ?? '').length >= PARAGRAPH_CHARS,
  );
  if (!hasLabel) return false;
  if (paragraphs.length <= 1) return chars <= PROMPT_CHARS;
  if (paragraphs.length > APPEAL_PARAGRAPHS) return false;
  // A fact box in the story can look the same ("What it cost", two paragraphs, "Data"): where the
  // link is not drawn as a button, only a box that closes the story is taken.
  const beside = paragraphsBeside(box);
  return beside.before + beside.after > 0 && (beside.after === 0 || looksLikeButton(link));
}

/** The paragraphs of a sentence or more that the box's parent holds before and after the box. */
function paragraphsBeside(box: Element): { before: number; after: number } {
  const beside = { before: 0, after: 0 };
  const parent = box.parentElement;
  if (!parent) return beside;
  for (const p of Array.from(parent.getElementsByTagName('p'))) {
    if (box.contains(p) || normalizeText(p.textContent ?? '').length < PARAGRAPH_CHARS) continue;
    // DOCUMENT_POSITION_FOLLOWING: the paragraph comes after the box.
    if (box.compareDocumentPosition(p) & 4) beside.after++;
    else beside.before++;
  }
  return beside;
}

const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/i;

/** A link drawn as a button, by its role or by its own or its wrapper's class ("btn", "cta-button"). */
function looksLikeButton(link: Element): boolean {
  if (link.getAttribute('role') === 'button') return true;
  return [link, link.parentElement].some((el) => el !== null && BUTTON_CLASS.test(el.getAttribute('class') ?? ''));
}

/** An answer is a word or two ("Yes", "No", "Not really", "はい"); a poll's may run to a few. */
const ANSWER_CHARS = 40;
const ANSWER_WORDS = 5;
/** The question over the answers is one line. */
const QUESTION_CHARS = 160;
const ENDS_QUESTION = /[?？؟]$/u;
const SENTENCE_INSIDE = /[.!。！][\s"'”’»)]+\S/u;

/**
 * An answer a reader clicks: a button, or a link that leads nowhere but this page ("#yes",
 * "javascript:…", one with no address or drawn as a button).
 */
function isAnswerControl(el: Element): boolean {
  if (el.tagName === 'BUTTON') return true;
  if (el.tagName !== 'A') return false;
  const href = el.getAttribute('href')?.trim() ?? '';
  return href === '' || href.startsWith('#') || /^javascript:/i.test(href) || el.getAttribute('role') === 'button';
}

/** An answer of a word or a few, not a sentence. */
function isShortAnswer(answer: Element): boolean {
  const text = normalizeText(answer.textContent ?? '');
  return text.length <= ANSWER_CHARS && text.split(' ').length <= ANSWER_WORDS;
}

/** The box's text outside its answers: what it asks. */
function textOutside(box: Element, answers: readonly Element[]): string {
  let text = '';
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!answers.some((answer) => answer.contains(node))) text += node.nodeValue ?? '';
  }
  return normalizeText(text);
}

/**
 * Mark a question put to the reader with its answers as buttons ("Was this article helpful?" Yes / No,
 * a poll drawn without radio buttons): the smallest box holding one line that ends in a question mark,
 * two short answers or more and no other link. Readability drops the buttons and keeps the question,
 * which then reads as the story's. The shape is the sign, not the wording; a question in the story has
 * sentences around it, or no answers.
 */
function markQuestionBoxes(doc: Document): number {
  let marked = 0;
  const controls = [
    ...Array.from(doc.getElementsByTagName('button')),
    ...Array.from(doc.getElementsByTagName('a')).filter(isAnswerControl),
  ];
  for (const control of controls) {
    if (control.closest(`[${SIGN_UP_MARK}]`)) continue;
    let el: Element = control;
    for (let depth = 0; depth < BOX_DEPTH && el.parentElement && el.parentElement !== doc.body; depth++) {
      const box: Element = el.parentElement;
      el = box;
      const raw = textUpTo(box, (QUESTION_CHARS + ANSWER_CHARS * 4) * 2);
      if (raw === null || normalizeText(raw).length > QUESTION_CHARS + ANSWER_CHARS * 4) break;
      const links = Array.from(box.getElementsByTagName('a'));
      if (links.some((link) => !isAnswerControl(link))) break;
      const answers = [...Array.from(box.getElementsByTagName('button')), ...links];
      if (answers.length < 2) continue;
      if (!answers.every(isShortAnswer)) break;
      const question = textOutside(box, answers);
      // A row of buttons alone asks nothing yet: its question may be beside it.
      if (question === '') continue;
      if (question.length < 8 || question.length > QUESTION_CHARS) break;
      if (!ENDS_QUESTION.test(question) || SENTENCE_INSIDE.test(question)) break;
      markBox(box);
      marked++;
      break;
    }
  }
  return marked;
}
