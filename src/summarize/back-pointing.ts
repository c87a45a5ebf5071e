// Words that, opening a sentence, lean on the sentence before: pronouns, demonstratives and
// connectives; single words first, then two-word openers after ';'. Articles ("the", "die", "la")
// are left out even where they double as pronouns: "Die Regierung" opens many a self-contained sentence.
const OPENERS: Record<string, string> = {
  en:
    'he she they it its his her hers their theirs them him this these those that such both ' +
    'but however also meanwhile yet still so thus hence therefore instead moreover furthermore besides ' +
    'nevertheless nonetheless otherwise then and or nor likewise similarly later afterwards;' +
    'the two;the three;the latter;the former;the same;as well;in addition;as a result;even so;at the same time',
  de:
    'er sie es ihr ihm ihn ihnen sein seine seinen seinem seiner ihre ihren ihrem ihrer dies diese dieser ' +
    'dieses diesen diesem jene jener jenes aber doch jedoch dennoch trotzdem allerdings auch außerdem zudem ' +
    'deshalb deswegen daher darum dabei damit danach dort dann stattdessen ebenfalls sondern und beide',
  fr:
    'il elle ils elles lui leur leurs son sa ses cela ceci ça ce cet cette ces celui celle ceux celles ' +
    'mais cependant pourtant toutefois néanmoins aussi également ensuite puis donc ainsi alors et or ' +
    "c'est c’est d'ailleurs d’ailleurs;en outre;par ailleurs;de plus;les deux",
  es:
    'él ella ellos ellas le les su sus esto este esta estos estas eso ese esa esos esas aquel aquella ' +
    'pero además también asimismo luego entonces así y ambos ambas;sin embargo;por eso;por ello;los dos;las dos',
  it:
    'lui lei loro egli esso essa essi esse questo questa questi queste quello quella quelli quelle ciò ' +
    "ma però tuttavia inoltre anche anch’egli anch'egli quindi così poi dunque e entrambi entrambe suo sua suoi sue",
  pt:
    'ele ela eles elas isso isto este esta estes estas esse essa esses essas aquele aquela seu sua seus suas ' +
    'mas porém contudo entretanto também então assim e ambos ambas;além disso;no entanto;os dois;as duas',
  ru:
    'он она оно они его её ее их ему ей им этот эта это эти тот та те того этого ' +
    'но однако также тоже поэтому тогда затем и а причём впрочем зато;кроме того;при этом;тем не менее',
};

interface Openers {
  single: ReadonlySet<string>;
  double: ReadonlySet<string>;
}
// Built per language when first asked for, not when the worker starts.
const OPENER_SETS = new Map<string, Openers>();

/** A language's openers (English's when it has none): single words before the first ';', two-word ones after it, one per ';'. */
function openersOf(lang: string): Openers {
  const key = Object.hasOwn(OPENERS, lang) ? lang : 'en';
  let sets = OPENER_SETS.get(key);
  if (sets === undefined) {
    const [words = '', ...pairs] = OPENERS[key]!.split(';');
    OPENER_SETS.set(key, (sets = { single: new Set(words.split(' ')), double: new Set(pairs) }));
  }
  return sets;
}

// The first two words, lower-cased, after any opening quote or bracket; an apostrophe joins ("c'est").
const FIRST_WORDS = /^[^\p{L}\p{N}]*(\p{L}+(?:['’]\p{L}+)?)(?:[\s,]+(\p{L}+))?/u;

/** Whether a sentence opens with a word that points back to the one before it (a dangling opener). */
export function isBackPointing(sentence: string, lang: string): boolean {
  const { single, double } = openersOf(lang);
  const match = FIRST_WORDS.exec(sentence);
  if (match === null) return false;
  const first = (match[1] as string).toLowerCase();
  if (single.has(first)) return true;
  return match[2] !== undefined && double.has(`${first} ${match[2].toLowerCase()}`);
}
