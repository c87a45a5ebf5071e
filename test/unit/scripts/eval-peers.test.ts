import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../../scripts/eval-peers';

describe('a peer summary as sentences', () => {
  test.each([
    [
      'sentences run together with no space',
      'The plan failed.Officials said so.',
      ['The plan failed.', 'Officials said so.'],
    ],
    [
      'a quote closing one, a capital opening the next',
      '“We lost.”The club agreed!Then it ended.',
      ['“We lost.”', 'The club agreed!', 'Then it ended.'],
    ],
    ['spaced sentences as they come', 'One is here. Two is there.', ['One is here.', 'Two is there.']],
    [
      'a decimal or an abbreviation in lower case is no end',
      'It rose 3.5 per cent, e.g.in May.',
      ['It rose 3.5 per cent, e.g.in May.'],
    ],
  ])('%s', (_, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  test('an empty summary has no sentences', () => {
    expect(sentencesOf('  ')).toEqual([]);
  });
});
