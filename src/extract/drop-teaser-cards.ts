import { normalizeText } from './normalize-text';

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
