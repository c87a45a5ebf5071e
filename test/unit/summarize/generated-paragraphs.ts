/** Invented local-news text of any length, for tests that need long reads without anyone's copyright. */

const TOWNS =
  'Arden Brill Corvo Dunmere Elsby Farrow Glenna Harwick Ibbot Jessop Kelda Lorne Marrow Nettle Orrin Pellam Quill Rudd Selby Tarn Umber Vale Wick Yarrow'.split(
    ' ',
  );
const PLACES =
  'council harbour library school hospital museum railway market bridge college theatre stadium airport brewery bakery clinic ferry garden orchard quarry'.split(
    ' ',
  );
const THINGS =
  'buses trees lamps benches houses classrooms beds trams boats roofs pipes windows bicycles fountains shelters kitchens ramps clocks'.split(
    ' ',
  );
const DONE = 'repaired replaced ordered opened closed painted moved built sold counted inspected restored'.split(' ');
const GROUPS =
  'residents engineers teachers nurses farmers traders cyclists students fishermen drivers pensioners builders'.split(
    ' ',
  );
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const KINDS = 'small new busy quiet old large northern southern crowded empty'.split(' ');
const SPANS = 'days weeks months'.split(' ');
const SUMS = 'thousand million'.split(' ');

/** Words in every generated sentence: the templates below are written to this count. */
export const WORDS_PER_SENTENCE = 20;

type Pick = <T>(list: readonly T[]) => T;

// Each template is exactly WORDS_PER_SENTENCE words, every slot one word, so n = words / 20.
const TEMPLATES: ((pick: Pick, num: () => number) => string)[] = [
  (p, n) =>
    `The ${p(PLACES)} of ${p(TOWNS)} ${p(DONE)} ${n()} ${p(THINGS)} on ${p(DAYS)} after ${n()} ${p(SPANS)} of talks with ${p(GROUPS)} from ${p(TOWNS)} and ${p(TOWNS)}.`,
  (p, n) =>
    `${cap(p(GROUPS))} in ${p(TOWNS)} said on ${p(DAYS)} that ${n()} ${p(THINGS)} would be ${p(DONE)} before ${p(MONTHS)} unless the ${p(PLACES)} found more money.`,
  (p, n) =>
    `${p(TOWNS)} expects its ${p(THINGS)} to cost ${n()} ${p(SUMS)} more this year, according to a report the ${p(PLACES)} published in ${p(MONTHS)}.`,
  (p, n) =>
    `A ${p(KINDS)} ${p(PLACES)} near ${p(TOWNS)} has ${p(DONE)} ${n()} ${p(THINGS)}, and ${p(GROUPS)} say the work will take until ${p(MONTHS)} next year.`,
];

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Paragraphs of `words` words (rounded down to whole sentences of WORDS_PER_SENTENCE), five sentences
 * each, different on every line; the same `seed` gives the same article.
 */
export function generatedParagraphs(words: number, seed = 1): string[] {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    // xorshift32: small, fast and the same on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  const num = (): number => 2 + Math.floor(random() * 98);
  const sentences: string[] = [];
  for (let i = 0; i < Math.floor(words / WORDS_PER_SENTENCE); i++) {
    sentences.push(TEMPLATES[i % TEMPLATES.length]!(pick, num));
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return paragraphs;
}
