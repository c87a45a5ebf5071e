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
