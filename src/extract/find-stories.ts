import { countWords } from '../article/count-words';
import { normalizeText } from './normalize-text';

/** A story's own headline: the top three heading levels. */
const HEADINGS = 'h1, h2, h3';
/** Where a heading is page chrome, not a story's headline. */
const CHROME = 'nav, header:not(article header), footer:not(article footer), aside, form, [role="navigation"]';
/** Paragraphs that are not a story's own text: furniture inside the container. */
const NOT_OWN = new Set(['NAV', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'FOOTER', 'FORM', 'BLOCKQUOTE']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3']);
/** Containers that declare themselves one article: the element, its ARIA role, schema.org types. */
const ARTICLE_LIKE =
  'article, [role="article"], [itemtype*="Article" i], [itemtype*="BlogPosting" i], [itemtype*="Posting" i]';
/** A link to another page; a `#section` permalink beside a subhead is not one. */
const ELSEWHERE = 'a[href]:not([href^="#"])';
/** A story has at least this many words of its own paragraphs, in at least two of them: a teaser has one. */
const MIN_STORY_WORDS = 80;
const MIN_STORY_PARAGRAPHS = 2;
/** A paragraph shorter than this is a dateline, a caption or a button, not story text. */
const MIN_PARAGRAPH_WORDS = 8;

/** One story of a page that holds several. */
export interface Story {
  element: Element;
  /** Its headline's text. */
  headline: string;
  /** Words in its own paragraphs. */
  words: number;
}

/** Whether an element declares itself one article; attribute reads, which cost far less than `matches`. */
function isDeclaredArticle(el: Element): boolean {
  if (el.tagName === 'ARTICLE' || el.getAttribute('role') === 'article') return true;
  const type = el.getAttribute('itemtype');
  return type !== null && /Article|Posting/i.test(type);
}

/** Furniture, and the articles nested in the container (comments, a "You may like" box of teasers), are not its text. */
function isNotOwn(p: Element, container: Element): boolean {
  for (let el = p.parentElement; el && el !== container; el = el.parentElement) {
    if (NOT_OWN.has(el.tagName) || isDeclaredArticle(el)) return true;
  }
  return false;
}

function ownParagraphs(container: Element): { words: number; count: number; linkWords: number } {
  let words = 0;
  let count = 0;
  let linkWords = 0;
  for (const p of Array.from(container.querySelectorAll('p'))) {
    if (isNotOwn(p, container)) continue;
    const n = countWords(p.textContent ?? '');
    if (n < MIN_PARAGRAPH_WORDS) continue;
    words += n;
    count += 1;
    if (p.closest('a[href]')) linkWords += n;
    else for (const a of Array.from(p.querySelectorAll('a[href]'))) linkWords += countWords(a.textContent ?? '');
  }
  return { words, count, linkWords };
}

/**
 * The story in `container`, or null when it has no headline of its own or too little text. A container
 * that doesn't declare itself an article must look like a feed's entry too: a headline that links to
 * the story, or a date, which the sections of one long story don't have.
 */
function asStory(container: Element, isDeclared: boolean): Story | null {
  const headings = Array.from(container.querySelectorAll(HEADINGS));
  const heading = headings[0];
  if (!heading) return null;
  // A list of teasers ("You may like", "Related") has a linked headline per story it points to.
  const linked = headings.filter((h) => h.querySelector(ELSEWHERE) ?? h.closest(ELSEWHERE));
  if (linked.length > 1) return null;
  if (!isDeclared && linked[0] !== heading && !container.querySelector('time')) return null;
  const { words, count, linkWords } = ownParagraphs(container);
  // A story's paragraphs are its own text; teasers' are mostly links to elsewhere.
  if (linkWords > words / 3) return null;
  if (words < MIN_STORY_WORDS || count < MIN_STORY_PARAGRAPHS) return null;
  return { element: container, headline: normalizeText(heading.textContent ?? ''), words };
}

/** What makes siblings the same kind of container: their tag and first class. */
function kindOf(element: Element): string {
  return `${element.tagName}.${element.classList[0] ?? ''}`;
}

/**
 * The stories of a page that holds several (a feed, an endless-scroll page, a live blog's archive), in
 * document order; empty for a page of one story. Structural: sibling containers of one kind, each with
 * a headline and paragraphs of its own. Siblings that are not declared articles count only outside
 * any article, so the sections of one long story never read as several stories.
 */
export function findStories(root: Document | Element): Story[] {
  const scope = 'body' in root ? root.body : root;
  if (!scope) return [];
  // Every parent that holds two or more children with a headline in them, with those children.
  const families = new Map<Element, Set<Element>>();
  for (const heading of Array.from(scope.querySelectorAll(HEADINGS))) {
    for (let child: Element = heading; child !== scope && child.parentElement; child = child.parentElement) {
      const parent = child.parentElement;
      let children = families.get(parent);
      if (!children) families.set(parent, (children = new Set()));
      // An earlier heading under the same child has recorded every ancestor above: one walk per branch.
      if (children.has(child)) break;
      children.add(child);
      if (parent === scope) break;
    }
  }
  let best: Story[] = [];
  for (const [parent, children] of families) {
    if (children.size < 2 || children.size <= best.length || parent.closest(CHROME)) continue;
    const isInArticle = parent.closest(ARTICLE_LIKE) !== null;
    const byKind = new Map<string, Story[]>();
    for (const child of children) {
      if (HEADING_TAGS.has(child.tagName)) continue;
      const isDeclared = isDeclaredArticle(child);
      if (!isDeclared && isInArticle) continue;
      const story = asStory(child, isDeclared);
      if (!story) continue;
      const kind = isDeclared ? 'article' : kindOf(child);
      byKind.set(kind, [...(byKind.get(kind) ?? []), story]);
    }
    for (const stories of byKind.values()) {
      if (stories.length >= 2 && stories.length > best.length) best = stories;
    }
  }
  // Document order: a Set of children keeps the order their headings came in, which is that order.
  return best;
}
