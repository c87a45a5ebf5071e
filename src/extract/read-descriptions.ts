import { normalizeText } from './normalize-text';

/** The tags a page describes its story in, for search results and link previews. */
const DESCRIPTION_KEYS = new Set(['description', 'og:description', 'twitter:description', 'dc.description']);

/**
 * The page's own one-line summaries of its story (meta description, Open Graph, Twitter), each once.
 * A heading above the story that says the same is the standfirst, not the story's first sentence.
 */
export function readDescriptions(doc: Document): string[] {
  const found = new Set<string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    if (!DESCRIPTION_KEYS.has(key)) continue;
    const value = normalizeText(el.getAttribute('content') ?? '');
    if (value) found.add(value);
  }
  return [...found];
}
