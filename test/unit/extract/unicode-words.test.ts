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

// Reading times and calls to follow in the forms sites write them, and the story lines that share their words.
describe('reading times and calls to follow across languages', () => {
  it.each([
    '5 min read',
    '5 Min. Lesezeit',
    'Lesezeit: 4 Minuten',
    'Lecture : 4 min',
    'Leitura: 3 min',
    'Leestijd 4 minuten',
    'Czas czytania: 5 minut',
    '5分で読めます',
    '阅读时间：3分钟',
    'وقت القراءة 4 دقائق',
    '5 دقائق للقراءة',
    '3 минуты чтения',
  ])('a reading time: %j', (text) => expect(READING_TIME.test(text)).toBe(true));

  it.each([
    'Lecture publique et jeux de société : la médiathèque a rouvert samedi.',
    'Leitura obrigatória para quem vota',
    '5 minutes later the bridge opened',
    'Minuten später war alles vorbei',
  ])('not a reading time: %j', (text) => expect(READING_TIME.test(text)).toBe(false));

  it.each([
    'Folgen Sie uns auf Instagram',
    'Suivez-nous sur Facebook',
    'Síguenos en X',
    'Seguici su Instagram',
    'Volg ons op Instagram',
    'Obserwuj nas na Facebooku',
    'Подписывайтесь на наш канал',
    'تابعونا على فيسبوك',
    '公式Xでフォローしてください',
    '关注我们的微信公众号',
  ])('a call to follow: %j', (text) => expect(PROMO_PATTERN.test(text)).toBe(true));

  it.each(['Wer uns folgen will, braucht Geduld.', 'Elle a suivi les travaux depuis le début.'])(
    'not a call to follow: %j',
    (text) => expect(PROMO_PATTERN.test(text)).toBe(false),
  );
});
