import { isStopWord } from './stop-words';

// Words that end in a period but almost never end a sentence: titles, "e.g.", months, German and
// Romance abbreviations. Intl.Segmenter (ICU without its locale "suppressions") breaks after all of
// them when a capital follows: "Mr. | Smith".
const NEVER_FINAL = new Set(
  (
    'mr mrs ms messrs dr prof gen sen rep gov lt col capt cmdr sgt cpl adm supt insp det rev hon fr sr sra srta dra ' +
    'mme mlle mm st ste mt ft no nr nos vs cf e.g i.e approx dept est fig vol pp ca bzw z.b d.h u.a ' +
    'jan feb apr jun jul aug sep sept oct nov dec dott sig ing avv herr ' +
    'г гг т.е т.к им ул проф акад'
  ).split(' '),
);
// "U.S.", "p.m.", "a.m.": usually mid-sentence, but "lives in the U.S. He is" ends one.
const ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
// The token before a final period, after any opening bracket or quote.
const LAST_TOKEN = /(?:^|[\s(["'“‘«])([\p{L}\p{N}.]+)\.$/u;
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
const ENDS_WITH_STRONG = /[?!][)"'”’»]*$/u;
const STARTS_LOWER = /^[(["'“‘«]*\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
// Letters, digits, spaces and punctuation that never ends a sentence.
const ONE_SENTENCE = /^[\p{L}\p{M}\p{N} \u00a0\t,;:'"“”‘’«»()[\]{}\-–—%$€£¥/&@#*+=]*$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// The ASCII part of WORD_CHAR and of ONE_SENTENCE's class, as lookup tables.
const ASCII_WORD_CHAR = asciiTable((c) => WORD_CHAR.test(c));
const ASCII_IN_SENTENCE = asciiTable((c) => ONE_SENTENCE.test(c));

function asciiTable(isIn: (char: string) => boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = isIn(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The sentences of one paragraph, in order, trimmed; never merges across paragraphs. */
export function splitSentences(text: string, lang?: string): string[] {
  if (typeof text !== 'string') return [];
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const language = typeof lang === 'string' ? lang : 'en';
  // Most paragraphs of some sources are one sentence: with no punctuation that could end a sentence
  // before its last characters, skip the segmenter.
  if (isOneSentence(trimmed)) return HAS_CONTENT.test(trimmed) ? [trimmed] : [];
  const pieces: string[] = [];
  for (const { segment } of sentenceSegmenter(language).segment(trimmed)) {
    const piece = segment.trim();
    if (piece !== '') pieces.push(piece);
  }
  // Lower-case text (like the cnndm corpus) gives no case evidence; only use it when there is some.
  const isCased = HAS_UPPER.test(trimmed);
  const out: string[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (!HAS_CONTENT.test(piece) || shouldJoin(prev, piece, isCased, language))) {
      out[out.length - 1] = `${prev} ${piece}`;
    } else {
      out.push(piece);
    }
  }
  // A paragraph that opens with punctuation only leaves a content-free first piece.
  return out.filter((s) => HAS_CONTENT.test(s));
}

// ONE_SENTENCE on the text without its final punctuation, by char codes while the text is ASCII.
function isOneSentence(text: string): boolean {
  let end = text.length;
  for (; end > 0; end--) {
    const code = text.charCodeAt(end - 1);
    if (code >= 0x80) return ONE_SENTENCE.test(withoutFinalPunctuation(text));
    if (ASCII_WORD_CHAR[code] === 1) break;
  }
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return ONE_SENTENCE.test(withoutFinalPunctuation(text));
    if (ASCII_IN_SENTENCE[code] !== 1) return false;
  }
  return true;
}

// The text before its closing punctuation run ("... end.\"" → "... end").
function withoutFinalPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && !WORD_CHAR.test(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

function shouldJoin(prev: string, next: string, isCased: boolean, lang: string): boolean {
  if (!HAS_CONTENT.test(prev)) return true;
  // '"Why?" he asked.' — ICU always breaks after ? and !.
  if (isCased && ENDS_WITH_STRONG.test(prev) && STARTS_LOWER.test(next)) return true;
  const token = LAST_TOKEN.exec(prev)?.[1];
  if (token === undefined) return false;
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower) || INITIAL.test(token)) return true;
  if (ACRONYM.test(token)) {
    const first = FIRST_WORD.exec(next)?.[0];
    return first !== undefined && !isStopWord(first.toLowerCase(), lang);
  }
  return false;
}

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // An invalid language tag throws a RangeError; sentence rules barely depend on it.
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    // Bounded: the tag comes from web pages.
    if (segmenters.size < 64) segmenters.set(lang, segmenter);
  }
  return segmenter;
}
