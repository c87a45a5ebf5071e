import { BLOCK_TAGS, SENTENCE_END, findMediaCaptions } from './collect-blocks';
import type { FurnitureReason } from './drop-furniture';
import { normalizeText } from './normalize-text';
import { siteOf } from './site-of';
import { hasOwnText, textUpTo } from './text-up-to';

/** A label, not a sentence: a few words with no full stop. */
const LABEL_WORDS = 8;
const LABEL_CHARS = 100;
/** A service's name on a link of a bar ("Apple Podcasts", "Google Play"). */
const SERVICE_WORDS = 3;
/**
 * The nouns sites print beside an ad's slot, in the common languages: whole words in Latin scripts, a
 * stem elsewhere. Written without Unicode property classes, whose case-folded tables cost a fresh
 * content script ~25 ms to build on first use (Chromium, a one-off check).
 */
const AD_WORD =
  /(?:^|[^a-z0-9à-ÿ])(?:advertisements?|advertising|ads?|anzeigen?|werbung|publicit[ée]|publicidade?|pubblicit[àa]|advertenties?|reclame|annons(?:er)?|iklan|quảng cáo)(?![a-z0-9à-ÿ])|реклам|reklam|إعلان|広告|广告|광고|विज्ञापन|διαφήμ|פרסומ/i;

/**
 * Lines known as furniture by where they stand on the page as it is, read from a copy before Readability
 * reworks the markup around them (it drops empty slots and players it doesn't know, and wraps loose links
 * in paragraphs of their own, and with that goes what showed the line for what it was). Their texts,
 * normalised, each with its reason, for the clean-up to know them by (`FurnitureContext.placed`):
 * - a caption under a picture or a player (`findMediaCaptions`);
 * - the note beside an ad's empty slot ("Story continues below advertisement", "Продолжение после
 *   рекламы"): a short line naming an ad, next to an element with nothing in it;
 * - the label of a bar of links to other services ("Get our app" over two store badges, "Listen to our
 *   podcast" over "Apple Podcasts" and "Spotify"), and such a bar's row of names;
 * - the labels in a box of links to the site's other pages (`linkBoxLabels`);
 * - the line beside an icon button that prints the button's own name (`iconButtonLabels`).
 */
export function findPlacedLines(doc: Document, site: string): Map<string, FurnitureReason> {
  const placed = new Map<string, FurnitureReason>();
  for (const caption of findMediaCaptions(doc)) placed.set(caption, 'caption');
  for (const note of adNotes(doc)) placed.set(note, 'boilerplate');
  for (const line of serviceBarLines(doc, site)) placed.set(line, 'boilerplate');
  for (const line of linkBoxLabels(doc, site)) if (!placed.has(line)) placed.set(line, 'link-dense');
  for (const line of iconButtonLabels(doc)) if (!placed.has(line)) placed.set(line, 'boilerplate');
  return placed;
}

/** An element's text, normalised, when it is a label's length; null when longer. */
function labelText(el: Element): string | null {
  const raw = textUpTo(el, LABEL_CHARS * 4);
  if (raw === null) return null;
  const text = normalizeText(raw);
  return text.length <= LABEL_CHARS ? text : null;
}

function isLabel(text: string): boolean {
  return text !== '' && text.split(' ').length <= LABEL_WORDS && !SENTENCE_END.test(text);
}

/** What a slot is drawn with: a box, AdSense's `<ins>` or a frame (an icon's empty `<i>` or `<span>` is none). */
const SLOT_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'INS', 'IFRAME']);

/** A box with nothing in it a reader sees: no text and no picture (an ad's slot, filled by script). */
function isEmptySlot(el: Element | null): boolean {
  if (!el || !SLOT_TAGS.has(el.tagName.toUpperCase()) || textUpTo(el, 200)?.trim() !== '') return false;
  return el.querySelector('img, picture, video, svg, canvas') === null;
}

function adNotes(doc: Document): string[] {
  const notes: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > LABEL_CHARS * 4 || !AD_WORD.test(value)) continue;
    // The line: the text's element, or the block around it when the text sits in inline markup.
    let line = node.parentElement;
    while (line && !BLOCK_TAGS.has(line.tagName.toUpperCase()) && line.parentElement) line = line.parentElement;
    const text = line ? labelText(line) : null;
    if (!line || text === null || !isLabel(text) || line.querySelector('a[href]')) continue;
    // Beside the slot, or in a box that holds the slot and nothing else to read.
    if (Array.from(line.children).some(isEmptySlot)) {
      notes.push(text);
      continue;
    }
    for (let el: Element | null = line, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
      if (depth > 0 && labelText(el) !== text) break;
      if (isEmptySlot(el.previousElementSibling) || isEmptySlot(el.nextElementSibling)) {
        notes.push(text);
        break;
      }
    }
  }
  return notes;
}

/** A link that is a logo or a badge (no text), or a service's name on another site. */
function isServiceLink(el: Element, site: string): boolean {
  if (el.tagName.toUpperCase() !== 'A' || !el.hasAttribute('href')) return false;
  const raw = el.textContent ?? '';
  if (raw.length > LABEL_CHARS) return false;
  const text = normalizeText(raw);
  if (text === '') return true;
  const target = siteOf(el.getAttribute('href')!.trim(), site ? 'https://' + site : undefined);
  return target !== '' && target !== site && text.split(' ').length <= SERVICE_WORDS;
}

/**
 * Bars of two or more links that are logos, badges or other services' names, leading to more than one
 * place, with one short line beside them: that line, and the names.
 */
function serviceBarLines(doc: Document, site: string): string[] {
  const lines: string[] = [];
  const seen = new Set<Element>();
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    const row = link.parentElement;
    if (!row || seen.has(row) || row === doc.body) continue;
    seen.add(row);
    if (row.childElementCount > 12 || linkChildren(row) < 2) continue;
    const links = Array.from(row.children).filter((c) => isServiceLink(c, site));
    if (links.length < 2 || new Set(links.map((l) => l.getAttribute('href'))).size < 2) continue;
    // The links alone in their row: the label stands beside the row; else beside the links in it.
    const isRowOfLinks = links.length === row.childElementCount && !hasOwnText(row);
    const box = isRowOfLinks ? row.parentElement : row;
    if (!box || box === doc.body || box.childElementCount > 12 || hasOwnText(box)) continue;
    const others = Array.from(box.children).filter((c) => c !== row && !links.includes(c));
    const texts = others.map(labelText);
    const worded = texts.filter((t) => t !== '');
    if (worded.length !== 1 || !isLabel(worded[0] ?? '') || texts.includes(null)) continue;
    const label = others[texts.indexOf(worded[0]!)]!;
    if (label.querySelector('a[href]')) continue;
    lines.push(worded[0]!);
    // The names as Readability will print them, in a paragraph of their own.
    const names = isRowOfLinks ? labelText(row) : normalizeText(links.map((l) => l.textContent ?? '').join(' '));
    if (names) lines.push(names);
  }
  return lines;
}

/** How many of an element's children are links (a bar's, when two or more). */
function linkChildren(el: Element): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'A' || c.tagName === 'a') n++;
  return n;
}

/** A box of links to other pages holds at most this much text, its labels included, and this many nodes. */
const LINK_BOX_CHARS = 1200;
const LINK_BOX_NODES = 250;
/** How far above a link a box of links may start: a card's wrappers, the list, the box around it. */
const LINK_BOX_DEPTH = 4;

/**
 * The labels in boxes of links to the site's other pages, in any language and whatever the classes say:
 * "Related stories" over cards of other stories, "Previous article" before the neighbouring headline,
 * the numbers of a most-read list. A box qualifies when it links to two pages of the site or more, every
 * other line in it is a label (a few words, no full stop) and more of its text is in the links than in
 * the labels. Readability drops such a box's links or the box's inner rows, and the labels would be left
 * standing in the story, heading nothing.
 */
function linkBoxLabels(doc: Document, site: string): string[] {
  const labels: string[] = [];
  const seen = new Set<Element>();
  for (const link of Array.from(doc.getElementsByTagName('a'))) {
    if (!isSiteLink(link.getAttribute('href') ?? '', site)) continue;
    let el = link.parentElement;
    for (let depth = 0; el && el !== doc.body && depth < LINK_BOX_DEPTH; depth++, el = el.parentElement) {
      if (seen.has(el)) break;
      seen.add(el);
      const found = boxLabels(el, site);
      // Too much text, or a line that is no label: no box further up qualifies either.
      if (found === null) break;
      if (found !== 'grow') labels.push(...found);
    }
  }
  return labels;
}

/** Whether a link leads to another page of the site (not an anchor on this one, not a script). */
function isSiteLink(href: string, site: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || !site) return false;
  return siteOf(trimmed, 'https://' + site) === site;
}

/**
 * A box's labels when it is a box of links to the site's other pages; 'grow' when it could still be part
 * of one (too few links yet); null when neither it nor any box around it can be (too long, or a line in
 * it is not a label).
 */
function boxLabels(box: Element, site: string): string[] | 'grow' | null {
  const hrefs = new Set<string>();
  let chars = 0;
  let linkChars = 0;
  let nodes = 0;
  // Text outside links, by the block that holds it: a line of the box.
  const lines = new Map<Element, string>();
  const stack: [Node, Element | null, Element][] = [[box, null, box]];
  while (stack.length) {
    const [node, link, block] = stack.pop()!;
    if (++nodes > LINK_BOX_NODES) return null;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      chars += value.length;
      if (chars > LINK_BOX_CHARS) return null;
      if (link) linkChars += value.trim().length;
      else if (value.trim()) {
        const line = (lines.get(block) ?? '') + value;
        // A line past a label's length is a sentence, in this box and every box around it.
        if (line.length > LABEL_CHARS * 2) return null;
        lines.set(block, line);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    let inLink = link;
    if (tag === 'A' && el.hasAttribute('href')) {
      inLink = el;
      if (isSiteLink(el.getAttribute('href')!, site)) hrefs.add(el.getAttribute('href')!.trim());
    }
    const inBlock = el !== box && BLOCK_TAGS.has(tag) ? el : block;
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, inLink, inBlock]);
  }
  const texts = Array.from(lines.values(), normalizeText).filter((t) => t !== '');
  if (texts.some((t) => !isLabel(t))) return null;
  const labelChars = texts.reduce((sum, t) => sum + t.length, 0);
  if (hrefs.size < 2 || labelChars > linkChars) return 'grow';
  return texts;
}

/** What a player prints beside its name: a duration, a count. */
const DURATION = /^[\s\d:.,/-]*$/u;

/**
 * The line beside a button drawn as an icon that prints the button's own name, alone or with a duration
 * ("Listen to this article 4:05" beside ▶, whose `aria-label` says "Listen to this article"): the
 * control's label, in any language. Readability drops the button and keeps the line.
 */
function iconButtonLabels(doc: Document): string[] {
  const lines: string[] = [];
  for (const button of Array.from(doc.querySelectorAll('button, [role="button"]'))) {
    const name = normalizeText(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '');
    if (!name || normalizeText(button.textContent ?? '') !== '') continue;
    const box = button.parentElement;
    if (!box || box === doc.body) continue;
    const text = labelText(box);
    if (text && text.includes(name) && DURATION.test(text.replace(name, ''))) lines.push(text);
  }
  return lines;
}
