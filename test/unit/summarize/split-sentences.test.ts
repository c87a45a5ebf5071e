import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/summarize/index';

describe('splitSentences', () => {
  test.each([
    [
      'titles',
      'Mr. Smith went to Washington. He met Dr. Jones there.',
      ['Mr. Smith went to Washington.', 'He met Dr. Jones there.'],
    ],
    ['acronym mid-sentence', 'The U.S. Army said so. It agreed.', ['The U.S. Army said so.', 'It agreed.']],
    ['acronym at the end', 'He lives in the U.S. He is happy.', ['He lives in the U.S.', 'He is happy.']],
    ['e.g. and i.e.', 'Fruit, e.g. Apples, is sold. Fine.', ['Fruit, e.g. Apples, is sold.', 'Fine.']],
    ['decimals', 'It rose 3.5 percent. Then it fell.', ['It rose 3.5 percent.', 'Then it fell.']],
    ['initials', 'J. R. R. Tolkien wrote it. Fine.', ['J. R. R. Tolkien wrote it.', 'Fine.']],
    ['closing quote after the period', 'He said "No way." Then he left.', ['He said "No way."', 'Then he left.']],
    ['curly quotes', '“It is done.” She left.', ['“It is done.”', 'She left.']],
    ['question inside a quote', '"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
    ['p.m. before a name', 'It was 5 p.m. Friday when it happened.', ['It was 5 p.m. Friday when it happened.']],
    // ICU never breaks before a lower-case letter: right for "mr. smith", blind to all-lower-case text.
    ['lower-cased title', 'mr. smith said so.', ['mr. smith said so.']],
    ['one sentence, no segmenter', 'a plain line without a full stop', ['a plain line without a full stop']],
    ['German', 'Das ist z.B. gut. Herr Dr. Müller kam.', ['Das ist z.B. gut.', 'Herr Dr. Müller kam.']],
    ['Chinese', '我爱北京。天安门很大！你好吗？', ['我爱北京。', '天安门很大！', '你好吗？']],
    ['empty', '', []],
    ['whitespace', '  \n\t ', []],
    ['punctuation only', '...', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  test('returns pieces of the input only', () => {
    const text = 'One. Two! Three? Four.';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });
});
