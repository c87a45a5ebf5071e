/** The copy of a page that Readability reads (it mutates what it reads), within the caps every path shares. */
import { MAX_DEPTH, MAX_ELEMENTS } from './page-caps';

/** The copy, and whether it holds less than the page (elements past the cap were left out). */
export interface PageCopy {
  copy: Document;
  isCut: boolean;
}

/**
 * A copy of `doc` for Readability. Most pages: the platform's own deep clone. A page of more than
 * `MAX_ELEMENTS` elements, or one nested deeper than a recursive clone survives (jsdom clones and
 * detaches recursively, so 5,000 nested `<div>`s overflow its stack), is copied node by node instead:
 * no deeper than `MAX_DEPTH`, the way Chromium's parser builds such markup (deeper nodes go beside
 * the deepest allowed one), and no more than `MAX_ELEMENTS` elements. Never changes `doc`.
 */
export function copyPage(doc: Document): PageCopy {
  if (doc.getElementsByTagName('*').length <= MAX_ELEMENTS) {
    try {
      return { copy: doc.cloneNode(true) as Document, isCut: false };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return copyNodeByNode(doc);
}

/** Script bodies hold no story (JSON-LD metadata aside, which Readability reads), so the walk skips them. */
function isSkipped(node: Node): boolean {
  if (node.nodeName === 'STYLE') return true;
  if (node.nodeName !== 'SCRIPT') return false;
  return (node as Element).getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json';
}

/**
 * An element that only wraps one other element. Deep in a page such wrappers are left out (their child
 * is copied in their place), so 5,000 nested `<div>`s copy as a few hundred, and the story inside them
 * keeps its paragraphs.
 */
function isWrapper(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  let elements = 0;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test((child as Text).data)) return false;
    if (child.nodeType === 1 && ++elements > 1) return false;
  }
  return true;
}

/** Past this depth of the page, wrappers are left out: room for the content nested inside them. */
const WRAPPER_DEPTH = MAX_DEPTH / 2;

/**
 * The node-by-node copy, `copyPage`'s way with huge or deep pages: an explicit walk, so no depth
 * reaches the call stack, and at most `maxElements` elements.
 */
export function copyNodeByNode(doc: Document, maxElements = MAX_ELEMENTS): PageCopy {
  const copy = doc.implementation.createHTMLDocument('');
  const root = doc.documentElement;
  if (!root) return { copy, isCut: false };
  const rootCopy = copy.importNode(root, false);
  copy.replaceChild(rootCopy, copy.documentElement);
  let elements = 1;
  let isCut = false;
  // For the page's node at depth d on the way down: `into[d]`, where its children's copies go, and
  // `level[d]`, that element's depth in the copy. A copy that would sit deeper than MAX_DEPTH goes
  // beside the deepest one instead, as Chromium's parser does with over-deep markup.
  const into: Node[] = [rootCopy];
  const level: number[] = [0];
  let node: Node | null = root.firstChild;
  let depth = 1;
  while (node) {
    let descend = false;
    const parent = into[depth - 1]!;
    const parentLevel = level[depth - 1]!;
    if (isSkipped(node)) {
      // Neither it nor anything inside it is copied.
    } else if (depth >= WRAPPER_DEPTH && isWrapper(node)) {
      into[depth] = parent; // its child is copied in its place
      level[depth] = parentLevel;
      descend = true;
    } else {
      const isElement = node.nodeType === 1;
      if (isElement && ++elements > maxElements) {
        isCut = true;
        break;
      }
      const isTooDeep = parentLevel >= MAX_DEPTH && parent.parentNode !== null;
      const clone = (isTooDeep ? parent.parentNode! : parent).appendChild(copy.importNode(node, false));
      if (isElement && node.firstChild) {
        into[depth] = clone;
        level[depth] = isTooDeep ? parentLevel : parentLevel + 1;
        descend = true;
      }
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode === root ? null : node.parentNode;
      depth--;
    }
    node = node?.nextSibling ?? null;
  }
  // The copy's own address is about:blank: a <base> keeps its relative links resolving as the page's do.
  if (doc.URL && doc.URL !== 'about:blank' && copy.head && !copy.querySelector('base[href]')) {
    const base = copy.createElement('base');
    base.href = doc.baseURI || doc.URL;
    copy.head.prepend(base);
  }
  return { copy, isCut };
}
