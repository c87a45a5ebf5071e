/** An element's text, or null once it passes `limit` characters or nodes (read no further: pages nest deep). */
export function textUpTo(el: Element, limit: number): string | null {
  let text = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (++nodes > limit) return null;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > limit) return null;
      continue;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return text;
}

/** Whether an element holds text of its own, outside its children. */
export function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && c.nodeValue?.trim()) return true;
  return false;
}
