import { isProbablyReaderable } from '@mozilla/readability';

/** Chinese and Japanese characters: a word is one to three of them, where English spends five letters and a space. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** How many characters of the page's paragraphs to look at when asking which script they are written in. */
const SAMPLE_CHARS = 2000;
/**
 * Readability's check, its lengths scaled for dense scripts: a 140-character paragraph of English says
 * about as much as 50 characters of Chinese or Japanese, and the score, a sum of square roots of those
 * lengths, scales by the root of the same ratio (20 / √2.8 ≈ 12).
 */
const DENSE_OPTIONS = { minContentLength: 50, minScore: 12 };

/** True when most of the sampled paragraph text is Chinese or Japanese. */
function isDenseScript(doc: Document): boolean {
  let sample = '';
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    sample += p.textContent ?? '';
    if (sample.length >= SAMPLE_CHARS) break;
  }
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  return letters > 0 && (sample.match(DENSE_SCRIPT)?.length ?? 0) * 2 > letters;
}

/**
 * Whether a page reads as one long text: Readability's `isProbablyReaderable`, and for a page written in
 * Chinese or Japanese the same check with lengths fit for the script, whose news paragraphs are often
 * shorter than the 140 characters the check asks of one.
 */
export function looksLikeArticle(doc: Document): boolean {
  return isProbablyReaderable(doc) || (isDenseScript(doc) && isProbablyReaderable(doc, DENSE_OPTIONS));
}
