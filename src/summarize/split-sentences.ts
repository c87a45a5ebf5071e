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
// The ASCII part of WORD_CHAR and of ONE_SENTENCE's class, as lookup tables, built on first use: the
// two regexes' Unicode classes cost a worker that wakes for a click ~1.5 ms to compile.
let asciiTables: { wordChar: Uint8Array; inSentence: Uint8Array } | undefined;
function asciiTablesOnce(): { wordChar: Uint8Array; inSentence: Uint8Array } {
  return (asciiTables ??= {
    wordChar: asciiTable((c) => WORD_CHAR.test(c)),
    inSentence: asciiTable((c) => ONE_SENTENCE.test(c)),
  });
}

function asciiTable(isIn: (char: string) => boolean): Uint8Array {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = isIn(String.fromCharCode(code)) ? 1 : 0;
  return table;
}

// A full stop glued to the next sentence's capital, as a caption or a credit runs into the text on
// scraped pages ("isn't easy.Kathrin Ziegler/Getty"): ICU sees no break without the space. Two
// lower-case letters before it keep "U.S.Army", "e.g.Apples" and "St.Petersburg" whole.
const GLUED_STOP = /\p{Ll}\p{Ll}[.!?]+["”’»)]*(?=\p{Lu}\p{Ll})/gu;
// One test per paragraph, so that the rest never run GLUED_STOP.
const MAY_BE_GLUED = /[.!?]["”’»)]*\p{Lu}/u;
// The characters CLOSING_QUOTES can start with, by char code.
const QUOTE_CODES = new Set([...'"”’»“'].map((c) => c.charCodeAt(0)));
// A closing quote that ICU left at the start of the next sentence ("it. ” The", French "occupe. » Le").
// An opening quote is followed by its word, a closing one by a space; « opens even when spaced.
const CLOSING_QUOTES = /^(?:["”’»“]|\u00a0|\s)*?["”’»“](?=\s|$)/u;
/** Sentences longer than this many words with no full stop are cut at their best boundary. */
export const MAX_SENTENCE_WORDS = 60;
// Neither part of a cut sentence may be shorter than this.
const MIN_PART_WORDS = 10;
// Where a run-on sentence may be cut, best first: after a semicolon, around a spaced dash, after a
// colon, before a capitalised word that follows a lower-case one with no punctuation (where a caption
// or a lost full stop was), after a comma.
const CUT_PLACES: readonly RegExp[] = [
  /;\s+/gu,
  /\s+[–—-]\s+/gu,
  /:\s+/gu,
  /(?<=[\p{Ll}\p{N}])\s+(?=\p{Lu}\p{Ll})/gu,
  /,\s+/gu,
];

// A lost full stop before a sentence's first word, as where a photo caption runs into the text with no
// punctuation ("…at the scene Reuters The suspect was…"): a capitalised article, determiner, subject
// pronoun, or a conjunction or adverb that opens a clause ("But", "However,"), with no punctuation before
// it and a lower-case word after it (a comma between them allowed). Only words that open noun phrases and
// clauses: "told The Associated Press" (a capital follows) stays whole, and so do the titles of works
// that end in a word that can also open a sentence ("Locked Up is at number five", "What If was
// renewed"): no prepositions, "It", "You", "If", "So", "When", "While" or "There", no "Her" (a film),
// and no German "Wenn" or "Aber" (nouns in "ohne Wenn und Aber").
const LOST_STOP = /(?<=[\p{L}\p{N}])\s+(?=(\p{Lu}\p{Ll}+),?\s+[("'“‘]*\p{Ll})/gu;
const OPENER_WORDS: Record<string, string> = {
  en: 'the an this these those his their its he she they we but and although though however meanwhile',
  de: 'der die das ein eine einen dieser diese dieses er wir doch obwohl dennoch',
  fr: 'le la les un une ce cet cette ces il elle ils elles nous mais pourtant cependant',
  es: 'el la los las un una unos unas este esta estos estas ellos ellas nosotros pero aunque',
  it: 'il lo la gli le un una uno questo questa questi queste lui lei loro ma però',
  pt: 'os as um uma este esta estes estas ele ela eles elas nós mas porém',
  nl: 'de het een deze dit hij zij wij maar hoewel',
};
const openerSets = new Map<string, ReadonlySet<string>>();
function isOpener(word: string, lang: string): boolean {
  const primary = lang.slice(0, 2).toLowerCase();
  const key = Object.hasOwn(OPENER_WORDS, primary) ? primary : 'en';
  let set = openerSets.get(key);
  if (set === undefined) openerSets.set(key, (set = new Set((OPENER_WORDS[key] as string).split(' '))));
  return set.has(word);
}
// A photo credit that ends a caption run into the next sentence with no punctuation ("…outside the
// court Getty Images Obama said…"), cut after when a capitalised word follows: agencies' and picture
// libraries' names, those that are also common words or initials ("AP", "PA", "EPA", "Bloomberg") only
// in a credit's "Name/Agency" form. The capitalised word after it may not continue a name
// ("Reuters Institute", "Xinhua News Agency").
const SLASH_CREDITS = 'Getty(?: Images)?|AP|PA|EPA|AFP|Reuters|Bloomberg|Shutterstock|Alamy|Corbis|Rex';
const NAMED_CREDITS =
  'Getty Images|AP Photo|PA (?:Media|Wire|Images)|Reuters|AFP|Shutterstock|Alamy|Xinhua|ANSA|EFE|ANP|dpa';
const CREDIT_SOURCE = `(?:(?<=\\p{L})\\/(?:${SLASH_CREDITS})|(?<![\\p{L}\\p{N}/])(?:${NAMED_CREDITS}))`;
const CREDIT = new RegExp(`${CREDIT_SOURCE}(?=\\s+(\\p{Lu}\\p{Ll}+))`, 'gu');
const CREDIT_AT_END = new RegExp(`${CREDIT_SOURCE}$`, 'u');
const NAME_GOES_ON = new Set(
  'News Agency Photo Photos Images Pictures Television Wire Media Group Institute Health Breakingviews Correspondent Reporter Editor Chief Museum Foundation Sport Sports'.split(
    ' ',
  ),
);
// Whether the sentence may hold a credit: one test, so that most sentences never run CREDIT.
const MAY_HOLD_CREDIT = new RegExp(`${SLASH_CREDITS}|${NAMED_CREDITS}`, 'u');

// What comes before a lost full stop is at least a credit's two words ("Kathrin Ziegler/Getty"); what
// comes after it, a short sentence's four.
const MIN_BEFORE_LOST_STOP = 2;
const MIN_AFTER_LOST_STOP = 4;

const segmenters = new Map<string, Intl.Segmenter>();

/** The sentences of one paragraph, in order, trimmed; never merges across paragraphs. */
export function splitSentences(text: string, lang?: string): string[] {
  if (typeof text !== 'string') return [];
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const language = typeof lang === 'string' ? lang : 'en';
  // Lower-case text (like the cnndm corpus) gives no case evidence; only use it when there is some.
  const isCased = HAS_UPPER.test(trimmed);
  // Most paragraphs of some sources are one sentence: with no punctuation that could end a sentence
  // before its last characters, skip the segmenter.
  if (isOneSentence(trimmed)) {
    if (!HAS_CONTENT.test(trimmed)) return [];
    return isCased ? cutAtLostStops(trimmed, language).flatMap(cutRunOn) : cutRunOn(trimmed);
  }
  // Pieces as [start, end) offsets into the text, so that joined pieces stay the text's own words.
  const starts: number[] = [];
  const ends: number[] = [];
  const addPiece = (from: number, to: number): void => {
    while (from < to && isSpace(trimmed.charCodeAt(from))) from++;
    while (to > from && isSpace(trimmed.charCodeAt(to - 1))) to--;
    if (to > from) {
      starts.push(from);
      ends.push(to);
    }
  };
  const mayBeGlued = isCased && MAY_BE_GLUED.test(trimmed);
  for (const { segment, index } of sentenceSegmenter(language).segment(trimmed)) {
    if (!mayBeGlued) {
      addPiece(index, index + segment.length);
      continue;
    }
    let from = index;
    for (const glued of segment.matchAll(GLUED_STOP)) {
      const cut = index + (glued.index as number) + glued[0].length;
      addPiece(from, cut);
      from = cut;
    }
    addPiece(from, index + segment.length);
  }
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  for (let p = 0; p < starts.length; p++) {
    let from = starts[p] as number;
    const to = ends[p] as number;
    const last = outStarts.length - 1;
    if (last >= 0) {
      const quote = QUOTE_CODES.has(trimmed.charCodeAt(from)) ? CLOSING_QUOTES.exec(trimmed.slice(from, to)) : null;
      if (quote !== null) {
        // The quote closes the sentence before; the rest, if any, is a sentence of its own.
        outEnds[last] = from + quote[0].length;
        from += quote[0].length;
        while (from < to && isSpace(trimmed.charCodeAt(from))) from++;
        if (from >= to) continue;
      }
      const prev = trimmed.slice(outStarts[last], outEnds[last]);
      const piece = trimmed.slice(from, to);
      if (!HAS_CONTENT.test(piece) || shouldJoin(prev, piece, isCased, language)) {
        outEnds[last] = to;
        continue;
      }
    }
    outStarts.push(from);
    outEnds.push(to);
  }
  const out: string[] = [];
  for (let p = 0; p < outStarts.length; p++) {
    const sentence = trimmed.slice(outStarts[p], outEnds[p]);
    // A paragraph that opens with punctuation only leaves a content-free first piece.
    if (!HAS_CONTENT.test(sentence)) continue;
    for (const part of isCased ? cutAtLostStops(sentence, language) : [sentence]) out.push(...cutRunOn(part));
  }
  return out;
}

// The sentence cut where a full stop was lost: before a capitalised function word (see LOST_STOP) and
// after a photo credit (see CREDIT).
// Each place's words are counted once from the cut before it; only the last part is checked for being too short.
function cutAtLostStops(sentence: string, lang: string): string[] {
  // Each place as [where the part before ends, where the next begins].
  const places: [number, number][] = [];
  if (MAY_HOLD_CREDIT.test(sentence)) {
    for (const match of sentence.matchAll(CREDIT)) {
      if (NAME_GOES_ON.has(match[1] as string)) continue;
      const end = (match.index as number) + match[0].length;
      places.push([end, skipSpace(sentence, end)]);
    }
  }
  for (const match of sentence.matchAll(LOST_STOP)) {
    if (isOpener((match[1] as string).toLowerCase(), lang))
      places.push([match.index as number, (match.index as number) + match[0].length]);
  }
  if (places.length === 0) return [sentence];
  places.sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let from = 0;
  for (const [end, next] of places) {
    if (end < from || spacedWords(sentence.slice(from, end)) < MIN_BEFORE_LOST_STOP) continue;
    cuts.push(end, next);
    from = next;
  }
  // A last part too short to be a sentence goes back to the part before it (at most once: the two
  // together are long enough).
  if (cuts.length > 0 && spacedWords(sentence.slice(cuts[cuts.length - 2])) < MIN_AFTER_LOST_STOP) cuts.length -= 2;
  if (cuts.length === 0) return [sentence];
  const parts: string[] = [];
  let start = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    parts.push(sentence.slice(start, cuts[c]));
    start = cuts[c + 1] as number;
  }
  parts.push(sentence.slice(start));
  return parts;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0x2009;
}

// A sentence of more than MAX_SENTENCE_WORDS words, cut at its best boundary nearest the middle (and
// again while a part is too long); a shorter one as it is.
function cutRunOn(sentence: string): string[] {
  // Each word but the last takes a character and a space: a short text cannot be too long.
  if (sentence.length <= 2 * MAX_SENTENCE_WORDS) return [sentence];
  const words = spacedWords(sentence);
  if (words <= MAX_SENTENCE_WORDS) return [sentence];
  // Words that start before each offset: one pass, so that a long run-on stays linear.
  const wordsBefore = new Int32Array(sentence.length + 1);
  for (let i = 0, inWord = false; i < sentence.length; i++) {
    const space = isSpace(sentence.charCodeAt(i));
    wordsBefore[i + 1] = (wordsBefore[i] as number) + (!space && !inWord ? 1 : 0);
    inWord = !space;
  }
  for (const place of CUT_PLACES) {
    let best = -1;
    let bestEnd = -1;
    let bestDistance = Infinity;
    for (const match of sentence.matchAll(place)) {
      const at = match.index as number;
      const before = wordsBefore[at] as number;
      if (before < MIN_PART_WORDS || words - before < MIN_PART_WORDS) continue;
      const distance = Math.abs(before - words / 2);
      if (distance < bestDistance) {
        best = at;
        bestEnd = at + match[0].length;
        bestDistance = distance;
      }
    }
    if (best >= 0) {
      // The separator's punctuation stays with the first part ("…the plan;" | "the rest…").
      const head = sentence.slice(0, bestEnd).trimEnd();
      return [...cutRunOn(head), ...cutRunOn(sentence.slice(bestEnd).trimStart())];
    }
  }
  return [sentence];
}

/**
 * Whether a piece of text ends in a photo credit with no full stop after it ("Crowds outside the court
 * Getty Images"): a caption, as the splitter cuts it from the sentence it ran into, and no sentence.
 */
export function isCaption(piece: string): boolean {
  // Every credit ends in an ASCII letter: a piece ending in anything else (most end in a full stop)
  // never runs the regex.
  const last = piece.charCodeAt(piece.length - 1) | 0x20;
  if (last < 97 || last > 122) return false;
  // The longest credit and the letter before its slash fit in the last 24 characters.
  return CREDIT_AT_END.test(piece.length > 24 ? piece.slice(-24) : piece);
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

function spacedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

// ONE_SENTENCE on the text without its final punctuation, by char codes while the text is ASCII.
function isOneSentence(text: string): boolean {
  const { wordChar, inSentence } = asciiTablesOnce();
  let end = text.length;
  for (; end > 0; end--) {
    const code = text.charCodeAt(end - 1);
    if (code >= 0x80) return ONE_SENTENCE.test(withoutFinalPunctuation(text));
    if (wordChar[code] === 1) break;
  }
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return ONE_SENTENCE.test(withoutFinalPunctuation(text));
    if (inSentence[code] !== 1) return false;
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

/**
 * Builds the platform's sentence breaker for `lang` ahead of need. The first one a process builds loads
 * the platform's break rules (~15 ms whatever the language; later ones cost next to nothing), so a
 * context that is waiting anyway (the worker, while the page reads its article) can take that off the
 * summary's path.
 */
export function prepareSentenceSplitter(lang = 'en'): void {
  sentenceSegmenter(lang);
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
