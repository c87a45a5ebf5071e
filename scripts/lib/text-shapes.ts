// Run-on shapes of an eval article, as scraped pages and pasted selections hand text over: the
// paragraph breaks gone, and photo captions (short lines without a full stop) run into the text.
import type { EvalArticle } from '../eval-summarize';

const CREDITS = ['Getty Images', 'Reuters', 'AFP/Getty', 'PA Media', 'EPA', 'AP Photo'];
const CAPTION_EVERY = 2;

/** The article as one run of text: its paragraphs joined by a space. */
export function runOn(article: EvalArticle): EvalArticle {
  return { ...article, text: paragraphsOf(article.text).join(' ') };
}

/**
 * The article as one run of text with a caption after every second paragraph: a few words of one of its
 * own sentences and a photo credit, no full stop. Every other caption is glued to the full stop before
 * it with no space ("…easy.Some words Getty Images The next…"). Deterministic for an article's id.
 */
export function withCaptions(article: EvalArticle): EvalArticle {
  const paragraphs = paragraphsOf(article.text);
  const sentences = article.text.split(/(?<=[.!?]["”’]?)\s+|\n+/u).filter((s) => s.split(' ').length >= 6);
  let state = hash(article.id);
  const random = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  let text = '';
  paragraphs.forEach((paragraph, p) => {
    text += text === '' ? paragraph : ` ${paragraph}`;
    if (p % CAPTION_EVERY !== 0 || p === paragraphs.length - 1 || sentences.length === 0) return;
    const words = (sentences[random(sentences.length)] as string).split(/\s+/u);
    const fragment = words
      .slice(0, 4 + random(6))
      .join(' ')
      .replace(/[^\p{L}\p{N}]+$/u, '');
    const caption = `${fragment} ${CREDITS[random(CREDITS.length)]}`;
    text += random(2) === 0 ? caption : ` ${caption}`;
  });
  return { ...article, text };
}

/**
 * The article as text wrapped at `width` columns with no blank lines, as text copied out of a PDF or a
 * terminal comes: each paragraph's words filled into lines, the paragraphs one after another.
 */
export function wrapped(article: EvalArticle, width = 72): EvalArticle {
  const lines: string[] = [];
  for (const paragraph of paragraphsOf(article.text)) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    if (line !== '') lines.push(line);
  }
  return { ...article, text: lines.join('\n') };
}

function paragraphsOf(text: string): string[] {
  const breaks = /\n\s*\n/u.test(text) ? /\n\s*\n/u : /\n/u;
  return text
    .split(breaks)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '');
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A lower-cased corpus (cnndm) with each line's first letter capitalised: the sentence starts a cased
 * text would have, so that the run-on shapes above can be built from it (names stay lower-case).
 */
export function sentenceCased(article: EvalArticle): EvalArticle {
  const text = article.text
    .split('\n')
    .map((line) =>
      line.replace(/^(\s*["'“‘(]*)(\p{Ll})/u, (_, open: string, letter: string) => open + letter.toUpperCase()),
    )
    .join('\n');
  return { ...article, text };
}
