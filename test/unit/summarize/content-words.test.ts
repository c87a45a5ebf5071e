import { describe, expect, test } from 'vitest';
import { contentWords } from '../../../src/summarize/content-words';
import { stemEnglish } from '../../../src/summarize/stem-english';

// ASCII sentences go through a char-code scanner, the rest through the Unicode regex: both must find
// the same words.
describe('contentWords', () => {
  test.each([
    ['stop words and single letters go', 'The cat and a dog', 'en', ['cat', 'dog']],
    ['single digits stay', 'It rose 3 times in 2015', 'en', ['rose', '3', 'time', '2015']],
    ['apostrophes stay inside words', "Obama's plan isn't new", 'en', ['obama', 'plan', "isn't", 'new']],
    ['curly apostrophe', 'Obama’s plan', 'en', ['obama', 'plan']],
    ['punctuation splits', 'well-known U.S. firms, (again)!', 'en', ['well', 'known', 'firm', 'again']],
    ['non-ASCII takes the regex path', 'Café owners talked', 'en', ['café', 'owner', 'talk']],
    ['unstemmed outside English', 'Die Häuser sind groß', 'de', ['häuser', 'groß']],
  ])('%s', (_name, sentence, lang, expected) => {
    expect(contentWords(sentence, lang)).toEqual(expected);
  });

  test.each([
    ['ASCII', 'The cats and a dog ran', ['the', 'cat', 'and', 'a', 'dog', 'ran']],
    ['non-ASCII', 'The cafés and a dog ran', ['the', 'café', 'and', 'a', 'dog', 'ran']],
  ])('`all` gets every word, stop words and single letters too (%s)', (_name, sentence, expected) => {
    const all: string[] = [];
    const content = contentWords(sentence, 'en', all);
    expect(all).toEqual(expected);
    expect(content).toEqual(expected.filter((word) => !['the', 'and', 'a'].includes(word)));
  });

  test('`all` keeps what it held and gets each word once when the scanner gives up', () => {
    const all = ['earlier'];
    contentWords('Officials said é', 'en', all);
    expect(all).toEqual(['earlier', 'official', 'said', 'é']);
  });

  test('the scanner and the regex agree on the same words', () => {
    const ascii = contentWords('Officials said talks were running late', 'en');
    const unicode = contentWords('Officials said talks were running late é', 'en');
    expect(unicode.slice(0, ascii.length)).toEqual(ascii);
  });
});

describe('stemEnglish', () => {
  test.each([
    ['cats', 'cat'],
    ['parties', 'party'],
    ['kisses', 'kiss'],
    ['running', 'runn'],
    ['talked', 'talk'],
    ['agreed', 'agreed'],
    ['bus', 'bus'],
    ['crisis', 'crisis'],
    ["obama's", 'obama'],
    ['it’s', 'it'],
    ['dies', 'die'],
    ['ring', 'ring'],
  ])('%s → %s', (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });
});
