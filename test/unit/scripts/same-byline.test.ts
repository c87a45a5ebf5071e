import { describe, expect, it } from 'vitest';
import { isTitleCut, sameByline } from '../../../scripts/eval-readability-pages';

describe('sameByline (the Readability test-page scorer)', () => {
  it.each([
    ['the same name, case and punctuation aside', 'JANE DOE', 'Jane Doe'],
    ['a leading "By"', 'By Jane Doe', 'Jane Doe'],
    [
      'a leading "Written by", over two lines',
      'Written by Jane Doe\n   Edited by Sam Roe',
      'Jane Doe Edited by Sam Roe',
    ],
    ['French "Par"', 'Par Sébastien Marin', 'Sébastien Marin'],
    ['German "Von"', 'Von Lena Vogel', 'Lena Vogel'],
    ['a date after a space', 'By Nathan Willis March 25, 2015', 'Nathan Willis'],
    ['a date run into the name', 'by Jane Doe22 Dec 2016651', 'Jane Doe'],
  ])('right: %s', (_, expected, got) => expect(sameByline(expected, got)).toBe(true));

  it.each([
    ['another person', 'Jane Doe', 'Sam Roe'],
    ['part of the name', 'Jane Doe', 'Jane'],
    ['a name running on into more name', 'Jane Doerr', 'Jane Doe'],
    ['nothing for a byline', 'Jane Doe', null],
    ['a label only', 'Last Updated: January 7, 2025', 'Last Updated'],
    ['a label kept where none is expected', 'Jane Doe', 'By Jane Doe Smith'],
  ])('wrong: %s', (_, expected, got) => expect(sameByline(expected, got)).toBe(false));
});

describe('isTitleCut', () => {
  it('a real part dropped is a cut; a site suffix dropped is not', () => {
    expect(isTitleCut("How we designed Dropbox's ATF", 'How we designed')).toBe(true);
    expect(isTitleCut('Budget passes | City News', 'Budget passes')).toBe(false);
    expect(isTitleCut('Budget passes', 'Budget passes')).toBe(false);
  });
});
