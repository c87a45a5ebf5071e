import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cutMarkup } from '../../../src/extract/cut-markup';
import { isDataTable } from '../../../src/extract/is-data-table';

const body = (html: string) => new JSDOM(`<!doctype html><title>T</title><body>${html}</body>`).window.document;
const rows = (n: number, cells = '<td>1</td><td>Berth 4</td><td>370 t</td>') =>
  `<table>${Array.from({ length: n }, () => `<tr>${cells}</tr>`).join('')}</table>`;
const PROSE = '<p>The harbour board approved the budget for the new sea wall after a long debate on Tuesday.</p>';

describe('cutMarkup', () => {
  it.each([
    ['under the cap', '<p>a</p><p>b</p>', 5, '<p>a</p><p>b</p>', false],
    ['over the cap: cut before the first tag past it', '<p>a</p><p>b</p><p>c</p>', 2, '<p>a</p><p>b</p>', true],
    [
      "a script's < signs are no tags",
      '<script>if (a<b && c<d) x()</script><p>a</p>',
      2,
      '<script>if (a<b && c<d) x()</script><p>a</p>',
      false,
    ],
    ['end tags and comments are no elements', '<p>a</p><!-- <x> --></p>', 1, '<p>a</p><!-- <x> --></p>', false],
  ])('%s', (_, html, max, expected, isCut) => {
    expect(cutMarkup(html, max)).toEqual({ html: expected, isCut });
  });
});

describe('isDataTable', () => {
  it.each([
    ['a page of 500 rows and a heading', `<h1>Arrivals</h1>${rows(500)}`, true],
    ['a short table', `<h1>Arrivals</h1>${rows(20)}`, false],
    ['an article with a long table in it', `${PROSE.repeat(40)}${rows(500)}`, false],
    ['a layout table whose cells hold the story', rows(300, `<td>${PROSE}</td>`), true],
    ['no table', PROSE.repeat(5), false],
  ])('%s', (_, html, expected) => {
    expect(isDataTable(body(html))).toBe(expected);
  });
});
