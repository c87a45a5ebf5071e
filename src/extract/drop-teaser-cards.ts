import { normalizeText } from './normalize-text';
import { siteOf } from './site-of';

/** Elements that declare themselves one article. */
const ARTICLE_LIKE = 'article, [role="article"]';
/** A card's own link: around its picture or its headline, or inside the headline. */
const CARD_LINK =
  'a[href] img, a[href] picture, a[href] h2, a[href] h3, a[href] h4, h2 a[href], h3 a[href], h4 a[href]';
/** Headings a box of cards may carry. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** An excerpt cut short: "…", "...", "[…]", "[...]" closing its last paragraph. */
const CUT_SHORT = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/u;

/** The address without its fragment and query, to tell "this page" from "another page". */
function pageKey(href: string): string {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return href;
  }
}

/** Whether a card points to another page: its picture or headline links there. */
function linksElsewhere(card: Element, page: string): boolean {
  for (const inner of Array.from(card.querySelectorAll(CARD_LINK))) {
    const link = inner.closest('a[href]') ?? inner;
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#') || !/^https?:/i.test(href)) continue;
    if (pageKey(href) !== page) return true;
  }
  return false;
}

/** Whether some article holds both: the story and its updates, a post and its comments. */
function sharesAnArticle(card: Element, story: Element): boolean {
  for (let el = card.parentElement?.closest(ARTICLE_LIKE); el; el = el.parentElement?.closest(ARTICLE_LIKE)) {
    if (el.contains(story)) return true;
  }
  return false;
}

function hasTextBesideHeadings(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && !node.parentElement?.closest(HEADINGS)) return true;
  }
  return false;
}

/** Whether a card shows an excerpt of another story: its last paragraph is cut short. */
function isCutShort(card: Element): boolean {
  const paragraphs = card.getElementsByTagName('p');
  const last = paragraphs[paragraphs.length - 1];
  return !!last && CUT_SHORT.test(last.textContent ?? '');
}

/**
 * Remove the cards of other stories ("You may like", "More from the blog") that Readability kept after the
 * story: a run of two or more sibling articles, outside the story's own article and after it, each shorter
 * than it, and each pointing elsewhere (its picture or headline links to another page) or showing an
 * excerpt cut short. Structural, so in any language; articles nested in the story (a live blog's updates,
 * comments) and a lone article are left alone, as is everything when no article holds the story.
 * Returns how many cards went.
 */
export function dropTeaserCards(content: Element, pageUrl: string): number {
  const articles = Array.from(content.querySelectorAll(ARTICLE_LIKE));
  const leaves = articles.filter((a) => !a.querySelector(ARTICLE_LIKE));
  if (leaves.length < 3) return 0;
  // The story's article is the longest; when more text stands outside every article than in it, the
  // story is that text, not an article, and the articles are left to the other rules.
  const chars = (el: Element) => normalizeText(el.textContent ?? '').length;
  const story = leaves.reduce((best, a) => (chars(a) > chars(best) ? a : best));
  const outermost = articles.filter((a) => !a.parentElement?.closest(ARTICLE_LIKE));
  const outside = chars(content) - outermost.reduce((sum, a) => sum + chars(a), 0);
  if (outside > chars(story)) return 0;
  const storyChars = chars(story);
  const page = pageKey(pageUrl);
  const isCard = (a: Element) =>
    a !== story &&
    !sharesAnArticle(a, story) &&
    // After the story in the document.
    (story.compareDocumentPosition(a) & 4) !== 0 &&
    chars(a) < storyChars &&
    (linksElsewhere(a, page) || isCutShort(a));
  // Group the cards by their parent: a list of cards is siblings of one kind.
  const byParent = new Map<Element, Element[]>();
  for (const a of leaves) {
    if (!a.parentElement || !isCard(a)) continue;
    byParent.set(a.parentElement, [...(byParent.get(a.parentElement) ?? []), a]);
  }
  let dropped = 0;
  for (const [box, cards] of byParent) {
    if (cards.length < 2) continue;
    for (const card of cards) card.remove();
    dropped += cards.length;
    // The box's own heading ("You may like") heads nothing once its cards are gone.
    if (box !== content && !box.contains(story) && !hasTextBesideHeadings(box)) box.remove();
  }
  return dropped;
}

/** A headline that links to its story: a heading inside a link, or a link inside a heading. */
const LINKED_HEADLINE =
  'a[href] h2, a[href] h3, a[href] h4, a[href] h5, h2 a[href], h3 a[href], h4 a[href], h5 a[href]';
/** A linked headline's link holds at least this share of its words. */
const HEADLINE_LINK_SHARE = 0.8;
/** A card holds at most this much text besides its headline, unless its excerpt is cut short. */
const CARD_EXCERPT_CHARS = 300;

/** The link a linked headline leads through. */
function headlineLink(el: Element): Element | null {
  return el.closest('a[href]') ?? el.querySelector('a[href]');
}

/** How many different links of headlines an element holds. */
export function headlineLinks(el: Element): number {
  return new Set(Array.from(el.querySelectorAll(LINKED_HEADLINE), headlineLink)).size;
}

/**
 * The card around a linked headline: the outermost element, below `content`, that holds this headline
 * and no other, and at most one paragraph; null when nothing wraps the headline on its own.
 */
function cardAround(headline: Element, content: Element): Element | null {
  const link = headlineLink(headline)!;
  const top = link.contains(headline) ? link : headline;
  let card: Element | null = null;
  for (let parent = top.parentElement; parent && parent !== content; parent = parent.parentElement) {
    if (headlineLinks(parent) > 1 || parent.getElementsByTagName('p').length > 1) break;
    card = parent;
  }
  return card;
}

/**
 * Whether a card's text besides its headline is an excerpt: short, or cut short. A headline alone is a
 * line of links, which the clean-up judges with the label above it.
 */
function isExcerptCard(card: Element): boolean {
  const all = normalizeText(card.textContent ?? '').length;
  const headings = Array.from(card.querySelectorAll(HEADINGS)).reduce(
    (sum, h) => sum + normalizeText(h.textContent ?? '').length,
    0,
  );
  const excerpt = all - headings;
  return excerpt > 0 && (excerpt <= CARD_EXCERPT_CHARS || isCutShort(card));
}

/**
 * Remove runs of headline cards that Readability kept wherever they stand (a strip of other stories
 * above the story, a box of them below it), in boxes with no `<article>` to mark them: two or more
 * siblings, each wrapping one headline that links to another page of the site and at most a paragraph of excerpt,
 * short or cut short. Then the boxes left holding nothing but their headings ("In brief"). Structural,
 * so in any language; left alone when fewer than two paragraphs stand outside the cards, or the cards
 * hold more than three times the rest's text (an index of stories, whose cards are the page). Returns
 * how many cards went.
 */
export function dropHeadlineCards(content: Element, pageUrl: string): number {
  const chars = (el: Element) => normalizeText(el.textContent ?? '').length;
  const page = pageKey(pageUrl);
  const site = siteOf(pageUrl);
  const byParent = new Map<Element, Set<Element>>();
  for (const headline of Array.from(content.querySelectorAll(LINKED_HEADLINE))) {
    const link = headlineLink(headline)!;
    const href = link.getAttribute('href') ?? '';
    // The headline is the link's words: a heading with a small link in it ("History [edit]") is no card's.
    const heading = headline.matches(HEADINGS) ? headline : headline.closest(HEADINGS)!;
    if (chars(link) < chars(heading) * HEADLINE_LINK_SHARE) continue;
    // Another story of this site's: a headline linking away names a product or a source.
    if (!/^https?:/i.test(href) || pageKey(href) === page || siteOf(href) !== site) continue;
    const card = cardAround(headline, content);
    if (!card?.parentElement || !isExcerptCard(card)) continue;
    byParent.set(card.parentElement, (byParent.get(card.parentElement) ?? new Set()).add(card));
  }
  const runs = [...byParent].filter(([, cards]) => cards.size >= 2);
  const cardChars = runs.reduce((sum, [, cards]) => sum + [...cards].reduce((n, c) => n + chars(c), 0), 0);
  // An index of stories is its cards: besides them stands at most a heading or two and a line of intro.
  const cards = new Set(runs.flatMap(([, run]) => [...run]));
  const ownParagraphs = Array.from(content.getElementsByTagName('p')).filter(
    (p) => ![...cards].some((card) => card.contains(p)),
  );
  const restChars = chars(content) - cardChars;
  if (cardChars === 0 || ownParagraphs.length < 2 || restChars * 3 < cardChars) return 0;
  let dropped = 0;
  for (const [box, cards] of runs) {
    for (const card of cards) card.remove();
    dropped += cards.size;
    for (let el: Element | null = box; el && el !== content && !hasTextBesideHeadings(el);) {
      const up: Element | null = el.parentElement;
      el.remove();
      el = up;
    }
  }
  return dropped;
}
