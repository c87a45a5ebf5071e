import { SIGN_UP_MARK } from './drop-sign-up-boxes';
import { normalizeText } from './normalize-text';
import { siteOf } from './site-of';
import { hasOwnText, textUpTo } from './text-up-to';

/** One run of text between block boundaries, with what the clean-up needs to judge it. */
export interface Block {
  text: string;
  /** Characters of `text` that sit inside links (before normalisation, so an estimate). */
  linkChars: number;
  /** Links the text runs through (each `<a>` that holds some of its text). */
  linkCount: number;
  /** Links with no text (a share bar's logos) in the block, or all that stands beside it; absent when none. */
  iconLinks?: number;
  /** Of `linkChars`, those in links to another site (CollectOptions.site); absent when none. */
  offSiteLinkChars?: number;
  /** Tag name of the nearest block element around the text (`P`, `LI`, `H2`, …). */
  tag: string;
  isHeading: boolean;
  /** Inside `<figure>`/`<figcaption>`: a caption or credit, not the story's prose. */
  isCaption: boolean;
  /** Inside a newsletter sign-up box (`markSignUpBoxes`): a prompt, not the story's prose. */
  isSignUp?: boolean;
}

/** Elements that start a new paragraph; everything else is inline and joins the current one. */
/** Elements that make a line of their own. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
]);
/** A table row is one line of text: its cells alone ("5", "Kyle Busch") would look like debris. */
const CELL_TAGS = new Set(['TD', 'TH']);
/** Never text a reader sees. */
// Form controls and their labels are page furniture, never story. (Not FORM: ASP.NET sites wrap whole pages in one.)
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'LEGEND',
]);
const HEADING = /^H[1-6]$/;

/** Options for collectBlocks. */
export interface CollectOptions {
  /** Stop after this many characters of text; `isTruncated` then says so. */
  maxChars: number;
  maxBlocks: number;
  /** The page's site (`siteOf` its address): links elsewhere are counted apart. */
  site?: string;
}

/** Split an element's text into paragraph-like blocks, in document order. Reads text only. */
export function collectBlocks(root: Element, options: CollectOptions): { blocks: Block[]; isTruncated: boolean } {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkCount = 0;
  let iconLinks = 0;
  let offSiteLinkChars = 0;
  let isCaption = false;
  /** The alternative texts of the block's images: a block that only repeats one labels its picture. */
  let alts: string[] = [];
  let isSignUp = false;
  let total = 0;
  let isTruncated = false;

  const flush = (tag: string) => {
    if (parts.length === 0) return;
    const text = normalizeText(parts.join(''));
    parts = [];
    // A player's or a picture's title over it ("'We Got Her!' Video Shows…" over the video's still,
    // whose alt says the same) is the media's label, as a caption is, never the story's text.
    if (!isCaption && alts.length > 0 && alts.includes(text.toLowerCase())) isCaption = true;
    if (text) {
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        linkCount,
        ...(iconLinks > 0 ? { iconLinks } : {}),
        ...(offSiteLinkChars > 0 ? { offSiteLinkChars: Math.min(offSiteLinkChars, text.length) } : {}),
        tag,
        isHeading: HEADING.test(tag),
        isCaption,
        ...(isSignUp ? { isSignUp } : {}),
      });
      total += text.length;
    }
    linkChars = 0;
    linkCount = 0;
    iconLinks = 0;
    offSiteLinkChars = 0;
    isCaption = false;
    alts = [];
    isSignUp = false;
  };

  // Iterative walk: generated or hostile pages can nest deeper than the call stack.
  type Frame = {
    node: Node;
    tag: string;
    inLink: boolean;
    inFigure: boolean;
    inSignUp?: boolean;
    /** Inside a link to another site. */
    offSite?: boolean;
    exit?: boolean;
  };
  const stack: Frame[] = [{ node: root, tag: root.tagName.toUpperCase(), inLink: false, inFigure: false }];
  while (stack.length) {
    const frame = stack.pop()!;
    if (total >= options.maxChars || blocks.length >= options.maxBlocks) {
      isTruncated = true;
      break;
    }
    const { node, tag, inLink, inFigure, inSignUp = false, offSite = false } = frame;
    if (frame.exit) {
      flush(tag);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      if (inFigure && value.trim()) isCaption = true;
      if (inSignUp && value.trim()) isSignUp = true;
      if (inLink) {
        const chars = value.replace(/\s+/g, ' ').length;
        linkChars += chars;
        if (offSite) offSiteLinkChars += chars;
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(name) || SKIP_TAGS.has(el.tagName)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    if (name === 'IMG') {
      const alt = normalizeText(el.getAttribute('alt') ?? '').toLowerCase();
      if (alt) alts.push(alt);
      continue;
    }
    // A cell's content does not run into its neighbour's; a block inside a cell still splits the row.
    if (CELL_TAGS.has(name)) parts.push(' ');
    const isBlock = BLOCK_TAGS.has(name) || node === root;
    const childTag = isBlock ? name : tag;
    // A heading that links to itself (`<h2 id="x"><a href="#x">`, a permalink for sharing the section)
    // points nowhere else: its text is the heading's, not a link's.
    const isLink = name === 'A' && !(HEADING.test(tag) && el.getAttribute('href')?.startsWith('#'));
    const childInLink = inLink || isLink;
    if (isLink && !inLink) {
      if (el.textContent?.trim()) linkCount++;
      else if (el.hasAttribute('href')) iconLinks++;
    }
    const childInFigure =
      inFigure || name === 'FIGURE' || name === 'FIGCAPTION' || (node !== root && isMediaCaption(el, isBlock));
    const childInSignUp = inSignUp || el.hasAttribute(SIGN_UP_MARK);
    const childOffSite = isLink && !inLink ? isOffSite(el, options.site) : offSite;
    if (isBlock) {
      flush(tag);
      if (node !== root) iconLinks = iconSiblings(el);
      // On leaving a block, close whatever text it held under its own tag.
      stack.push({ node, tag: childTag, inLink, inFigure, exit: true });
    }
    for (let c = el.lastChild; c; c = c.previousSibling) {
      stack.push({
        node: c,
        tag: childTag,
        inLink: childInLink,
        inFigure: childInFigure,
        inSignUp: childInSignUp,
        offSite: childOffSite,
      });
    }
  }
  if (!isTruncated) flush(root.tagName.toUpperCase());
  return { blocks, isTruncated };
}

/** A link with no text (a logo, whose `<svg>` the copy of the page drops): a share or follow button. */
function isIconLink(el: Element): boolean {
  return el.tagName.toUpperCase() === 'A' && el.hasAttribute('href') && !el.textContent?.trim();
}

/** A share bar's logos beside a block (its label, in a box of its own): links that are only icons. */
function iconSiblings(el: Element): number {
  const parent = el.parentElement;
  if (!parent || parent.childElementCount > 12) return 0;
  let icons = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    if (c === el) continue;
    if (!isIconLink(c)) return 0;
    icons++;
  }
  return icons;
}

// An embedded player (`<iframe>`, `<embed>`, `<object>`) or a sound is a picture here: the line under it is its title.
const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT']);
/** A caption is a line or two: longer text beside a picture is the story's. */
const CAPTION_WORDS = 40;

/** A picture, or a small wrapper (`<a>`, `<div>`) around one with no text: looked at a few levels deep. */
function isMedia(el: Element | null, depth = 0): boolean {
  if (!el) return false;
  if (MEDIA.has(el.tagName.toUpperCase())) return true;
  if (depth >= 3 || el.childElementCount > 3) return false;
  let holdsMedia = false;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && c.nodeValue?.trim()) return false;
    if (c.nodeType === 1 && isMedia(c as Element, depth + 1)) holdsMedia = true;
  }
  return holdsMedia;
}

/**
 * A caption written without `<figure>`: a short element right under a picture, the two alone in their
 * parent (`<div><img><div>The gates on Tuesday.Jane Doe/Reuters</div></div>`), in any language.
 */
function isMediaCaption(el: Element, isBlock: boolean): boolean {
  const parent = el.parentElement;
  if (!parent || parent.childElementCount !== 2) return false;
  // An inline caption is a block of its own only when its parent is one: inside a paragraph
  // (`<p><span><img><span>Credit</span></span> The story…`) it would take the story's text with it.
  if (!isBlock && !BLOCK_TAGS.has(parent.tagName.toUpperCase())) return false;
  // Under its picture: a line above one is its heading or the story's opening (a lead beside a hero image).
  if (!isMedia(el.previousElementSibling)) return false;
  if (hasOwnText(parent)) return false;
  const text = textUpTo(el, CAPTION_WORDS * 8);
  return text !== null && text.trim().split(/\s+/).length <= CAPTION_WORDS;
}

/** Whether a link leads off `site` (a relative link, `#…` or `mailto:` stays on it). */
function isOffSite(link: Element, site: string | undefined): boolean {
  const href = link.getAttribute('href');
  if (!site || !href || !/^(?:https?:)?\/\//i.test(href.trim())) return false;
  const target = siteOf(href.trim(), 'https://' + site);
  return target !== '' && target !== site;
}

/**
 * The captions `isMediaCaption` knows by where they stand, read from a copy of the page before
 * Readability: it drops players it doesn't know (an `<iframe>` from a site not on its list of video
 * hosts, a wrapper it finds empty) and rewraps the line under them, and with that goes the sign that the
 * line was their title ("Watch: crowds gather as the old market burns"), which then came out as a line of
 * the story. Their texts, normalised, for the clean-up to know them by (`FurnitureContext.captions`).
 */
export function findMediaCaptions(doc: Document): Set<string> {
  const captions = new Set<string>();
  for (const tag of MEDIA) {
    const isPlayer = PLAYERS.has(tag);
    for (const media of Array.from(doc.getElementsByTagName(tag))) {
      // The picture, then each small wrapper around it: the caption stands beside the outermost.
      let el: Element | null = media;
      for (let depth = 0; el && depth <= 3; depth++, el = el.parentElement) {
        const next = el.nextElementSibling;
        if (!next) continue;
        if (isMediaCaption(next, BLOCK_TAGS.has(next.tagName.toUpperCase()))) {
          const text = normalizeText(next.textContent ?? '');
          if (text) captions.add(text);
          // A caption of several blocks (a player's title over its description) comes out of
          // Readability as as many lines.
          if (hasOwnText(next) || !hasBlockChild(next)) break;
          for (let c = next.firstElementChild; c; c = c.nextElementSibling) {
            const line = normalizeText(c.textContent ?? '');
            if (line) captions.add(line);
          }
          break;
        }
        const lines = isPlayer ? playerLines(el) : null;
        if (lines) {
          for (const line of lines) captions.add(line);
          break;
        }
      }
    }
  }
  return captions;
}

/** Whether an element holds a block (its lines are Readability's paragraphs, not one). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return true;
  return false;
}

/** What plays (a picture's title and description are a teaser card's, which the card rules judge). */
const PLAYERS = new Set(['VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT']);
/** A player's title, description and date: a few lines, one of them at most written as sentences. */
const PLAYER_LINES = 3;
const PLAYER_WORDS = 80;
/** A line that ends as a sentence does, its closing quotes or brackets after the stop. */
export const SENTENCE_END = /[.!?。！？]["'”’»)]*$/u;

/**
 * The lines under a player that opens a box of its own, as video embeds print them: its title, a
 * description and a date, as siblings of the player (or its wrapper) or in one box beside it. A box
 * whose lines hold two sentences or more, or run long, is a section of the story that starts with a
 * video, and is left alone. The lines' texts, normalised, or null.
 */
function playerLines(player: Element): string[] | null {
  const box = player.parentElement;
  if (!box || hasOwnText(box)) return null;
  for (let c = player.previousElementSibling; c; c = c.previousElementSibling) if (c.textContent?.trim()) return null;
  let lines: Element[] = [];
  // One more than a player's lines is enough to say no (a story's container opened by a video).
  for (let c = player.nextElementSibling; c && lines.length <= PLAYER_LINES; c = c.nextElementSibling) lines.push(c);
  const only = lines[0];
  if (lines.length === 1 && only && only.childElementCount >= 2 && !hasOwnText(only)) lines = Array.from(only.children);
  if (lines.length < 2 || lines.length > PLAYER_LINES) return null;
  const texts: string[] = [];
  let words = 0;
  let sentences = 0;
  for (const line of lines) {
    const raw = textUpTo(line, PLAYER_WORDS * 12);
    if (raw === null) return null;
    const text = normalizeText(raw);
    if (!text) continue;
    words += text.split(' ').length;
    if (SENTENCE_END.test(text)) sentences++;
    if (words > PLAYER_WORDS || sentences > 1) return null;
    texts.push(text);
  }
  return texts.length >= 2 ? texts : null;
}
