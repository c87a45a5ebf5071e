import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../../src/settings';
import { textDirection } from '../../../../src/ui/text-direction';

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });
  test('stored values are kept', () => {
    expect(
      parseSettings({ length: 'long', showInPage: false, theme: 'dark', alwaysOn: ['https://a.example'] }),
    ).toEqual({
      length: 'long',
      showInPage: false,
      theme: 'dark',
      alwaysOn: ['https://a.example'],
    });
  });
  test('malformed values fall back one by one', () => {
    expect(
      parseSettings({ length: 'huge', showInPage: 'yes', theme: 7, alwaysOn: ['https://a.example', 3, null] }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      alwaysOn: ['https://a.example'],
    });
  });
});

describe('textDirection', () => {
  test.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa_IR', 'rtl'],
    ['en', 'auto'],
    ['ja', 'auto'],
    [null, 'auto'],
  ] as const)('%s → %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
  });
});
