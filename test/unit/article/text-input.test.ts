import { describe, expect, it } from 'vitest';
import { isHtml } from '../../../src/cli/is-html';
import { readingMinutes, readingSeconds } from '../../../src/article/reading-time';
import { textArticleParts, textParagraphs } from '../../../src/article/text-paragraphs';

describe('isHtml', () => {
  it.each([
    ['<!doctype html><html><body><p>Hi</p></body></html>', true],
    ['\uFEFF  \n<html lang="en">', true],
    ['<p>Just a fragment.</p>', true],
    ['<!-- saved by a browser -->\n<div>x</div>', true],
    ['Some preamble line\n<html><body><p>x</p></body></html>', true],
    ['The river rose to 4.31 metres.\n\nNobody was hurt.', false],
    ['If a < b and b > c, nothing follows about a and c.', false],
    ['', false],
  ])('%j → %s', (content, expected) => {
    expect(isHtml(content)).toBe(expected);
  });
});

describe('textParagraphs', () => {
  it.each([
    ['One.\nStill one.\n\nTwo.\n \nThree.', ['One. Still one.', 'Two.', 'Three.']],
    ['One.\nTwo.\nThree.', ['One.', 'Two.', 'Three.']],
    ['One.\r\n\r\nTwo.\r\n', ['One.', 'Two.']],
    ['\n\n  lone   paragraph  \n\n', ['lone paragraph']],
    ['   \n\n ', []],
    // Wrapped at a width, with no blank lines (a PDF's or a terminal's text): a sentence over lines.
    [
      'The council voted to close two\nbranch libraries on Tuesday.\nResidents were angry.',
      ['The council voted to close two branch libraries on Tuesday.', 'Residents were angry.'],
    ],
    [
      'Le conseil a voté la fermeture de deux\n« bibliothèques » mardi.',
      ['Le conseil a voté la fermeture de deux « bibliothèques » mardi.'],
    ],
    ['A word hyphen-\nated at the end of a line.\n\nNext.', ['A word hyphen-ated at the end of a line.', 'Next.']],
    // A line that ends its sentence, or a next line in capitals, keeps the break; lower-cased text has no evidence.
    [
      'The river rose:\nthe barrier held.\nNobody was hurt',
      ['The river rose:', 'the barrier held.', 'Nobody was hurt'],
    ],
    ['one line without a stop\nand another', ['one line without a stop', 'and another']],
  ])('%j', (text, expected) => {
    expect(textParagraphs(text)).toEqual(expected);
  });
});

describe('textArticleParts', () => {
  it.each([
    ['Barrier holds\n\nThe river rose. It stayed out.', 'Barrier holds', ['The river rose. It stayed out.']],
    ['Barrier holds\nThe river rose.\nIt stayed out.', 'Barrier holds', ['The river rose.', 'It stayed out.']],
    ['The river rose.\n\nIt stayed out.', null, ['The river rose.', 'It stayed out.']],
    ['Only a headline', null, ['Only a headline']],
    ['Two lines that form\none paragraph\n\nNext.', null, ['Two lines that form one paragraph', 'Next.']],
    // A first line that runs on into the next is the story's first sentence, not a headline.
    [
      'The council voted to close\ntwo libraries.\nResidents were angry.',
      null,
      ['The council voted to close two libraries.', 'Residents were angry.'],
    ],
  ])('%j', (text, title, paragraphs) => {
    expect(textArticleParts(text)).toEqual({ title, paragraphs });
  });
});

describe('reading time', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [230, 1, 60],
    [231, 2, 61],
    [700, 4, 183],
  ])('%i words → %i min, %i s', (words, minutes, seconds) => {
    expect(readingMinutes(words)).toBe(minutes);
    expect(readingSeconds(words)).toBe(seconds);
  });
});
