/**
 * Links that open an article at one sentence: a URL text fragment (`#:~:text=…`), as the Scroll To Text
 * Fragment spec writes it (https://wicg.github.io/scroll-to-text-fragment/).
 */

/** A sentence of up to this many words goes into the link whole (`text=sentence`). */
export const EXACT_MAX_WORDS = 12;
/**
 * A longer one is named by its first words and its last (`text=start,end`). The browser takes the
 * first place on the page that the start matches, so the start is the longer: "The council said on"
 * opens many sentences of a story. The end is searched only after it, and can be short.
 */
export const START_WORDS = 6;
export const END_WORDS = 4;
/** At least this many characters at each end, so an end in an unspaced script (a word is a character or two) still says enough. */
export const START_CHARS = 30;
export const END_CHARS = 20;

/**
 * Percent-encodes one value of a text directive. encodeURIComponent already escapes `,`, `&`, `#`, `%`,
 * spaces and everything a fragment can't hold; the spec also reserves `-` (it marks a prefix or suffix),
 * which encodeURIComponent leaves alone.
 */
function encodeDirectiveValue(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D');
}

/** A word segmenter for `lang`, or for the runtime's locale when `lang` is missing or not a valid tag. */
function wordSegmenter(lang: string | null | undefined): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang ? lang.replace(/_/g, '-') : undefined, { granularity: 'word' });
  } catch {
    // A page's lang attribute can say anything ("english", "en_US@x"): segment as the runtime would.
    return new Intl.Segmenter(undefined, { granularity: 'word' });
  }
}

/**
 * The directive's value for `text`: the text whole, or, when it is long, `start,end` cut where a word
 * ends and where one begins, as Intl.Segmenter finds them. The browser checks that a match starts and
 * ends on word boundaries with ICU's word breaker, the same one Intl.Segmenter uses, so the cuts hold in
 * Chinese, Japanese and Thai too.
 */
function directiveValue(text: string, lang: string | null | undefined): string {
  const words = Array.from(wordSegmenter(lang).segment(text)).filter((s) => s.isWordLike);
  if (words.length > EXACT_MAX_WORDS) {
    const startWord = words.find((w, i) => i + 1 >= START_WORDS && w.index + w.segment.length >= START_CHARS);
    const endWord = words.findLast((w, i) => words.length - i >= END_WORDS && text.length - w.index >= END_CHARS);
    const startEnd = startWord ? startWord.index + startWord.segment.length : text.length;
    const endStart = endWord ? endWord.index : 0;
    // The two ends must leave something between them, or the range says no less than the sentence.
    if (startEnd < endStart) {
      const start = text.slice(0, startEnd).trimEnd();
      const end = text.slice(endStart);
      return `${encodeDirectiveValue(start)},${encodeDirectiveValue(end)}`;
    }
  }
  return encodeDirectiveValue(text);
}

/**
 * `url` with a text fragment that opens it scrolled to `sentence` and highlights it: `#:~:text=…`, after
 * the page's own fragment when it has one (`#part:~:text=…`), in place of any directive it had. Gives
 * `url` unchanged when it is not http(s) or the sentence is empty.
 */
export function textFragmentUrl(url: string, sentence: string, lang?: string | null): string {
  if (!/^https?:\/\//i.test(url)) return url;
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (!text) return url;
  let value: string;
  try {
    value = directiveValue(text, lang);
  } catch {
    // encodeURIComponent throws on a lone surrogate; such text matches nothing on the page anyway.
    return url;
  }
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const directive = fragment.indexOf(':~:');
  const own = directive < 0 ? fragment : fragment.slice(0, directive);
  return `${base}#${own}:~:text=${value}`;
}
