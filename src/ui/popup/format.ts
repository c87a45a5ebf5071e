import type { SummaryView } from '../../protocol';
import { textFragmentUrl } from './text-fragment';

/** Escapes what Markdown would read as markup in a title or link text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Percent-encodes what would end a Markdown link's destination early: parentheses and spaces. */
function markdownLinkTarget(url: string): string {
  return url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * The summary as Markdown: the title linked to the article, then the sentences as a list, each linked
 * to the article opened at it (a text fragment). Sentences of a page no fragment can point into (not
 * http or https) are listed unlinked.
 */
export function toMarkdown(
  view: Pick<SummaryView, 'title' | 'url' | 'sentences'> & Partial<Pick<SummaryView, 'lang'>>,
): string {
  const title = escapeMarkdown(view.title || view.url);
  const items = view.sentences.map((s) => {
    const text = escapeMarkdown(s.text.replace(/\s+/g, ' ').trim());
    const link = textFragmentUrl(view.url, s.text, view.lang);
    return link === view.url ? `- ${text}` : `- [${text}](${markdownLinkTarget(link)})`;
  });
  return `## [${title}](${markdownLinkTarget(view.url)})\n\n${items.join('\n')}\n`;
}

/** A published date as the reader's locale writes it, or null when the page's date doesn't parse. */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** Languages written right to left (their primary subtags). */
const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for a right-to-left language tag, `auto` (let the text decide) otherwise. */
export function textDirection(lang: string | null): 'rtl' | 'auto' {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary && RTL.has(primary) ? 'rtl' : 'auto';
}
