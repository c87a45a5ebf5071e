import { describe, expect, test } from 'vitest';
import { searchTerms } from '../../../src/summarize/search-terms';

describe('searchTerms', () => {
  test.each([
    ['English stems the stemmer leaves apart meet loosely', 'taxes tax', 'en', ['taxe', 'tax'], ['tax', 'tax']],
    [
      'a doubled letter and a final e go',
      'running run making make',
      'en',
      ['runn', 'run', 'mak', 'make'],
      ['run', 'run', 'mak', 'mak'],
    ],
    [
      'English words keep their length (stemmed already)',
      'police policy producing',
      'en',
      ['police', 'policy', 'produc'],
      ['polic', 'policy', 'produc'],
    ],
    ['long words keep five letters', 'Brücke Brücken', 'de', ['brücke', 'brücken'], ['brück', 'brück']],
    ['Cyrillic too', 'станция станции', 'ru', ['станция', 'станции'], ['станц', 'станц']],
    ['numbers stay whole', '2000 200 150000', 'en', ['2000', '200', '150000'], ['2000', '200', '150000']],
    ['full-width letters fold', 'ＴＡＸＥＳ', 'en', ['taxe'], ['tax']],
    [
      'unspaced scripts: bigrams across the content words',
      '新的图书馆',
      'zh',
      ['新的', '图书', '馆'],
      ['新的', '的图', '图书', '书馆'],
    ],
    ['one character alone stays itself', '书', 'zh', ['书'], ['书']],
    [
      'Korean: bigrams within each word',
      '도서관을 열었다',
      'ko',
      ['도서관을', '열었다'],
      ['도서', '서관', '관을', '열었', '었다'],
    ],
  ])('%s', (_name, text, lang, exact, loose) => {
    expect(searchTerms(text, lang)).toEqual({ exact, loose });
  });
});
