import { describe, expect, it } from 'vitest';
import { loadDom } from '../../../src/cli/load-dom';
import { readMetadata, stripSiteSuffix, tidyByline, toIsoDate } from '../../../src/extract/read-metadata';

describe('stripSiteSuffix', () => {
  it.each([
    ['Council approves budget | City News', 'City News', 'Council approves budget'],
    ['Council approves budget - City News', 'City News', 'Council approves budget'],
    ['Council approves budget — CITY NEWS', null, 'Council approves budget'],
    ['Review: the new harbour bridge', null, 'Review: the new harbour bridge'],
    ['Budget - what it means for you and your family', null, 'Budget - what it means for you and your family'],
    ['防潮堤が完成 | みなと新聞', 'みなと新聞', '防潮堤が完成'],
    // Without a site name too: an unspaced headline's words are counted, not its spaces.
    ['新川町、六年の計画を経て新しい防潮堤を開通 | 港湾新報', null, '新川町、六年の計画を経て新しい防潮堤を開通'],
    ['新川镇历经六年规划启用新防洪堤 | 港湾日报', null, '新川镇历经六年规划启用新防洪堤'],
    ['速報 | 港湾新報', null, '速報 | 港湾新報'],
    ['No suffix here', 'City News', 'No suffix here'],
  ])('%j (site %j)', (title, site, expected) => expect(stripSiteSuffix(title, site)).toBe(expected));
});

describe('tidyByline', () => {
  it.each([
    ['date run into the name (its line break lost)', 'by Jeff FoustMonday, November 18, 2019', 'Jeff Foust'],
    ['after a bar, with a time', 'By Jane Doe | Nov. 18, 2019 10:30 am', 'Jane Doe'],
    ['day first', 'Jane Doe, 18 November 2019', 'Jane Doe'],
    ['ISO', 'By Jane Doe 2019-11-18', 'Jane Doe'],
    ['numeric', 'By Ann Lee · 11/18/2019', 'Ann Lee'],
    ['weekday and day first', 'By Sun Li, Sunday, 3 May 2020', 'Sun Li'],
    ['only a date', 'November 18, 2019', null],
    ['name in capitals run into the next line', 'By ERIC TUCKERAssociated Press', 'ERIC TUCKER Associated Press'],
    ['capitals in a name stay', 'By Ana McDONALD and MacKENZIE Scott', 'Ana McDONALD and MacKENZIE Scott'],
    ['no year: not a date', 'By Omar Said 12 May', 'Omar Said 12 May'],
    ['a month inside a name', 'By Omar 12, 2019', 'Omar 12, 2019'],
    ['names that start like months', 'Juni Mayfield and Ronald DeMarco', 'Juni Mayfield and Ronald DeMarco'],
    ['"By" twice', 'By By Sandee LaMotte', 'Sandee LaMotte'],
    ['"by" in a name\'s meta run on', 'By by Jeff Foust', 'Jeff Foust'],
    ['ru "Text:" label after "By"', 'By Текст: Венера Ерофеева', 'Венера Ерофеева'],
    ['fr "Texte :" label', 'Texte : Claire Moreau', 'Claire Moreau'],
    ['de "Von"', 'Von Anna Keller', 'Anna Keller'],
    ['es "Por"', 'Por Lucía Romero', 'Lucía Romero'],
    ['it "di"', 'di Giulia Bianchi', 'Giulia Bianchi'],
    ['nl "Door"', 'Door Sanne de Vries', 'Sanne de Vries'],
    ['pl "Autor:"', 'Autor: Katarzyna Nowak', 'Katarzyna Nowak'],
    ['a name particle stays', 'Ursula von der Leyen', 'Ursula von der Leyen'],
    ['a surname particle first stays', 'Di Stefano Rossi', 'Di Stefano Rossi'],
    ['digits run into the name', 'by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['a label and a date name no one', 'Last Updated: January 7, 2025', null],
    ['no byline', null, null],
  ])('%s', (_name, byline, expected) => {
    expect(tidyByline(byline)).toBe(expected);
  });
});

describe('toIsoDate', () => {
  it.each([
    ['2024-03-05T09:41:00Z', '2024-03-05T09:41:00Z'],
    ['2024-03-05 09:41', '2024-03-05T09:41'],
    ['2024-03-05', '2024-03-05'],
    ['Tue, 05 Mar 2024 09:41:00 GMT', '2024-03-05T09:41:00.000Z'],
    ['not a date', null],
    ['0001-01-01', null],
    ['0001-01-01T00:00:00Z', null],
    ['2999-01-01', null],
    [null, null],
  ])('%j', (value, expected) => expect(toIsoDate(value)).toBe(expected));
});

describe('readMetadata: the author', () => {
  const page = (head: string) =>
    readMetadata(loadDom(`<!DOCTYPE html><html><head>${head}</head><body><p>Text.</p></body></html>`).window.document);
  // Dublin Core names the author more reliably than `author`, which templates fill with the site or a placeholder.
  const shapes: [string, string][] = [
    ['property', '<meta property="dc:creator" content="Ana Ruiz">'],
    ['name, dotted and capitalised', '<meta name="DC.Creator" content="Ana Ruiz">'],
    ['one of several properties', '<meta property="og:foo dc:creator twitter:site_name" content="Ana Ruiz">'],
    ['dcterms', '<meta name="dcterms.creator" content="Ana Ruiz">'],
  ];
  it.each(shapes)('Dublin Core as a %s outranks a name="author" placeholder', (_, tag) => {
    expect(page(`<meta name="author" content="Redaktion">${tag}`).byline).toBe('Ana Ruiz');
    expect(page(`${tag}<meta name="author" content="Redaktion">`).byline).toBe('Ana Ruiz');
  });
  it('a key given as a property outranks the same key given as a name, wherever it stands', () => {
    const head =
      '<meta name="DC.creator" content="From the name"><meta property="dc:creator" content="From the property">';
    expect(page(head).byline).toBe('From the property');
  });
  it('the first of two tags with the same key and attribute wins', () => {
    expect(page('<meta name="DC.Creator" content="Kim, A."><meta name="DC.Creator" content="Lee, B.">').byline).toBe(
      'Kim, A.',
    );
  });
  it('JSON-LD still comes first, and a plain author tag still counts alone', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jo Tan"}}</script>';
    expect(page(`${ld}<meta property="dc:creator" content="Ana Ruiz">`).byline).toBe('Jo Tan');
    expect(page('<meta name="author" content="Jo Tan">').byline).toBe('Jo Tan');
  });
  it('an empty content is no value: the next key answers', () => {
    expect(page('<meta property="dc:creator" content=""><meta name="author" content="Jo Tan">').byline).toBe('Jo Tan');
  });
});

describe('readMetadata: the date', () => {
  const page = (head: string) =>
    readMetadata(loadDom(`<!DOCTYPE html><html><head>${head}</head><body><p>Text.</p></body></html>`).window.document);
  it.each([
    ['an itemprop in camel case', '<meta itemprop="datePublished" content="2026-03-01T08:00:00Z">'],
    ['Dublin Core, dotted', '<meta name="DC.date" content="2026-03-01T08:00:00Z">'],
    ['Open Graph article time', '<meta property="article:published_time" content="2026-03-01T08:00:00Z">'],
  ])('read from %s', (_, tag) => expect(page(tag).publishedTime).toBe('2026-03-01T08:00:00Z'));
});
