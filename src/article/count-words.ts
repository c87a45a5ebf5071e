const WORD = /[\p{L}\p{N}]+/gu;
/** Writing systems without spaces between words, where a word averages about two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Words in a text, counting Chinese, Japanese and Thai (no spaces between words) as one per two characters. */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  if (unspaced === 0) return text.match(WORD)?.length ?? 0;
  return (text.replace(UNSPACED, ' ').match(WORD)?.length ?? 0) + Math.ceil(unspaced / 2);
}
