import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../src/extract/collect-blocks';

function blocksOf(body: string, site?: string) {
  const doc = new JSDOM(`<body>${body}</body>`).window.document;
  return collectBlocks(doc.body, { maxChars: 10_000, maxBlocks: 100, ...(site ? { site } : {}) }).blocks;
}

describe('collectBlocks: links to other sites', () => {
  it.each([
    ['an absolute link to another site', '<a href="https://www.amazon.es/dp/1">Cómpralo en Amazon</a>', 18],
    ['a protocol-relative link to another site', '<a href="//shop.example.org/x">Shop</a>', 4],
    ['a link to this site, another host', '<a href="https://news.example.com/x">Next story</a>', 0],
    ['a link to this site, its own host', '<a href="https://www.example.com/x">Next story</a>', 0],
    ['a relative link', '<a href="/2026/next.html">Next story</a>', 0],
    ['an anchor and a mail link', '<a href="#top">Top</a> <a href="mailto:desk@example.net">Desk</a>', 0],
  ])('%s', (_, html, offSite) => {
    const [line] = blocksOf(`<p>${html}</p>`, 'example.com');
    expect(line!.linkChars).toBeGreaterThan(0);
    expect(line!.offSiteLinkChars ?? 0).toBe(offSite);
  });

  it('counts only the text inside the links that leave, nested markup and all', () => {
    const [line] = blocksOf(
      '<p>Read the report at <a href="https://gov.example.org/r.pdf"><b>the ministry</b></a>, or <a href="/more">more</a>.</p>',
      'example.com',
    );
    expect(line).toMatchObject({ linkCount: 2, linkChars: 16, offSiteLinkChars: 12 });
  });

  it('counts nothing as leaving when the page has no site', () => {
    const [line] = blocksOf('<p><a href="https://www.amazon.es/dp/1">Amazon</a></p>');
    expect(line!.offSiteLinkChars).toBeUndefined();
  });
});
