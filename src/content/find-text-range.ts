/** Elements whose text the reader never sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'PRECIS-SUMMARY']);

interface Flat {
  text: string;
  /** For each character of `text`, its text node and offset there. */
  nodes: Text[];
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

function flatten(root: Node): Flat {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) => {
      for (let el = node.parentElement; el; el = el.parentElement) if (HIDDEN.has(el.tagName)) return 2; // REJECT
      return 1; // ACCEPT
    },
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIdx: number[] = [];
  const offsets: number[] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    const n = nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const isSpace = /\s/.test(data[i]!);
      if (isSpace && lastWasSpace) continue;
      chars.push(isSpace ? ' ' : data[i]!);
      nodeIdx.push(n);
      offsets.push(i);
      lastWasSpace = isSpace;
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Uint32Array.from(nodeIdx), offsetOf: Uint32Array.from(offsets) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The range of `text` in what `root` shows, matched with runs of white space taken as one, so a
 * sentence from the extracted article is found again in the live page, even after it re-rendered.
 * Falls back to the sentence's opening words when the whole doesn't match (a link or footnote inside).
 */
export function findTextRange(root: Node, text: string): Range | null {
  const needle = collapse(text);
  if (needle === '') return null;
  const flat = flatten(root);
  let start = flat.text.indexOf(needle);
  let length = needle.length;
  if (start < 0 && needle.length > 40) {
    const head = needle.slice(0, 40);
    start = flat.text.indexOf(head);
    length = head.length;
  }
  if (start < 0) return null;
  const end = start + length - 1;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStart(flat.nodes[flat.nodeOf[start]!]!, flat.offsetOf[start]!);
  range.setEnd(flat.nodes[flat.nodeOf[end]!]!, flat.offsetOf[end]! + 1);
  return range;
}
