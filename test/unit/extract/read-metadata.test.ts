import { describe, expect, it } from 'vitest';
import { stripSiteSuffix, toIsoDate } from '../../../src/extract/read-metadata';

describe('stripSiteSuffix', () => {
  it.each([
    ['Council approves budget | City News', 'City News', 'Council approves budget'],
    ['Council approves budget - City News', 'City News', 'Council approves budget'],
    ['Council approves budget — CITY NEWS', null, 'Council approves budget'],
    ['Review: the new harbour bridge', null, 'Review: the new harbour bridge'],
    ['Budget - what it means for you and your family', null, 'Budget - what it means for you and your family'],
    ['防潮堤が完成 | みなと新聞', 'みなと新聞', '防潮堤が完成'],
    ['No suffix here', 'City News', 'No suffix here'],
  ])('%j (site %j)', (title, site, expected) => expect(stripSiteSuffix(title, site)).toBe(expected));
});

describe('toIsoDate', () => {
  it.each([
    ['2024-03-05T09:41:00Z', '2024-03-05T09:41:00Z'],
    ['2024-03-05 09:41', '2024-03-05T09:41'],
    ['2024-03-05', '2024-03-05'],
    ['Tue, 05 Mar 2024 09:41:00 GMT', '2024-03-05T09:41:00.000Z'],
    ['not a date', null],
    [null, null],
  ])('%j', (value, expected) => expect(toIsoDate(value)).toBe(expected));
});
