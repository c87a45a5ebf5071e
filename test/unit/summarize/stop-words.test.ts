import { describe, expect, test } from 'vitest';
import { isStopWord, STOP_WORD_LANGUAGES, stopWordsOf } from '../../../src/summarize/stop-words';

describe('stop words', () => {
  test('every listed language has its set, and the same set each time', () => {
    for (const lang of STOP_WORD_LANGUAGES) {
      const set = stopWordsOf(lang);
      expect(set?.size, lang).toBeGreaterThan(10);
      expect(stopWordsOf(lang)).toBe(set);
    }
  });

  test('a language of its own', () => {
    expect(isStopWord('und', 'de')).toBe(true);
    expect(isStopWord('und', 'en')).toBe(false);
    expect(isStopWord('the', 'en')).toBe(true);
  });

  test.each(['xx', 'constructor', '__proto__', 'toString'])('no set for %j; its words are read as English', (lang) => {
    expect(stopWordsOf(lang)).toBeUndefined();
    expect(isStopWord('the', lang)).toBe(true);
    expect(isStopWord('bridge', lang)).toBe(false);
  });
});
