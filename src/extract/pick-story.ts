import type { Story } from './find-stories';

/** What tells which of a page's stories the reader means. */
export interface StoryClues {
  /** The page's address (with its `#fragment`, when it has one). */
  url: string;
  /** The page's own name for it: `<link rel=canonical>` or `og:url`. */
  canonical: string | null;
  /** How much of an element the reader sees, in pixels; absent (or 0 everywhere) without a layout. */
  inView?: (element: Element) => number;
}

function withoutHash(url: string, base: string): string | null {
  try {
    const parsed = new URL(url, base);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** The story's own address: its headline's link, or a permalink it marks as one. */
export function storyUrl(story: Story, base: string): string | null {
  const link =
    story.element.querySelector<HTMLAnchorElement>('h1 a[href], h2 a[href], h3 a[href], a[rel~="bookmark"][href]') ??
    story.element.querySelector('h1, h2, h3')?.closest<HTMLAnchorElement>('a[href]');
  const href = link?.getAttribute('href');
  return href ? withoutHash(href, base) : null;
}

/**
 * Which story the reader is looking at: the one that fills most of the window; else the one the
 * address names (its `#fragment` inside the story, or the story's own link equal to the page's
 * address or its canonical one, as endless-scroll pages set them); else the first.
 */
export function pickStory(stories: readonly Story[], doc: Document, clues: StoryClues): number {
  if (clues.inView) {
    let best = -1;
    let bestSeen = 0;
    stories.forEach((story, i) => {
      const seen = clues.inView!(story.element);
      if (seen > bestSeen) [best, bestSeen] = [i, seen];
    });
    if (best >= 0) return best;
  }
  const hash = decodeURIComponent(clues.url.split('#')[1] ?? '');
  const target = hash ? doc.getElementById(hash) : null;
  if (target) {
    const i = stories.findIndex((s) => s.element.contains(target));
    if (i >= 0) return i;
  }
  const named = [clues.url, clues.canonical].map((u) => (u ? withoutHash(u, clues.url) : null)).filter(Boolean);
  for (const address of named) {
    const i = stories.findIndex((s) => storyUrl(s, clues.url) === address);
    if (i >= 0) return i;
  }
  return 0;
}
