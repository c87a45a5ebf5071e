import { describe, expect, it } from 'vitest';
import { LEGAL, PROMO_PATTERN, READING_TIME } from '../../../src/extract/boilerplate-vocabulary';
import { unicodeWords } from '../../../src/extract/unicode-words';

describe('unicodeWords', () => {
  it.each([
    ['подпишитесь', 'Подпишитесь на рассылку', true],
    ['подпишитесь', 'Неподпишитесь', false],
    ['publié', 'Publié le 3 mars', true],
    ['publié', 'publiéà', false],
    ['de', 'de 2020', true],
    ['de', 'deñas', false],
    ['time', 'time, again', true],
  ])('/\\b%s\\b/ in %j: %s', (word, text, expected) => {
    const plain = new RegExp(String.raw`\b${word}\b`, 'iu');
    expect(unicodeWords(plain).test(text)).toBe(expected);
  });

  it('keeps the flags and the rest of the pattern', () => {
    const re = unicodeWords(/^(?:время чтения)\b\s*:/giu);
    expect(re.flags).toBe('giu');
    expect('Время чтения: 5 минут'.match(re)).toEqual(['Время чтения:']);
  });
});

// The vocabulary's patterns end their words where a reader would, in every script it names.
describe('the furniture patterns match their non-ASCII words', () => {
  it.each([
    [READING_TIME, 'Время чтения: 5 минут'],
    [PROMO_PATTERN, 'Подпишитесь на нашу рассылку'],
    [LEGAL, 'Все права защищены'],
  ])('%s matches %j', (re, text) => expect(re.test(text)).toBe(true));
});
