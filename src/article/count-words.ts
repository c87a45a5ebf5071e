/** A word of a spaced script: a run of letters and digits (the count the extraction's thresholds were tuned on). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Writing systems without spaces between words: Chinese, Japanese and Thai. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;

/**
 * The platform's word breaker where it has one (Node 20, every browser Precis supports), else null. Made
 * on first need: building one loads the platform's word dictionaries (~10 ms), which a page in a spaced
 * script never needs, and the content script would otherwise pay for it on every click.
 */
let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  segmenter ??=
    typeof Intl === 'object' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  return segmenter;
}

/** Words in one run of unspaced script: the word breaker's words, or about one per two characters without it. */
function unspacedWords(run: string): number {
  const words = wordSegmenter();
  if (words === null) return Math.ceil([...run].length / 2);
  let n = 0;
  for (const s of words.segment(run)) if (s.isWordLike) n++;
  return n;
}

/**
 * Words in a text, the one count behind word counts and reading times everywhere. Spaced scripts
 * (Latin, Cyrillic, Korean, Arabic…) count runs of letters and digits, which is fast on a huge page; runs of
 * Chinese, Japanese or Thai go through `Intl.Segmenter`, because those write words without spaces.
 */
export function countWords(text: string): number {
  let unspaced = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    unspaced += unspacedWords(run);
    return ' ';
  });
  return (spaced.match(WORD)?.length ?? 0) + unspaced;
}
