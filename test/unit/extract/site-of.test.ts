import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../src/extract/site-of';

describe('siteOf', () => {
  it.each([
    ['https://www.ign.com/articles/2019/11/18/deals', 'ign.com'],
    ['https://edition.cnn.com/2024/world', 'cnn.com'],
    ['http://CNN.com./live', 'cnn.com'],
    ['https://www.bbc.co.uk/news/uk-1', 'bbc.co.uk'],
    ['https://www.news.com.au/world', 'news.com.au'],
    ['https://r.zdbb.net/u/bdum', 'zdbb.net'],
    ['https://example.de', 'example.de'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['https://[::1]/x', '[::1]'],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('reads a protocol-relative or relative address against the base', () => {
    expect(siteOf('//cdn.example.org/a.js', 'https://news.example.com/')).toBe('example.org');
    expect(siteOf('/2026/03/next.html', 'https://www.example.com/')).toBe('example.com');
  });

  it.each(['mailto:desk@example.com', 'javascript:void(0)', 'tel:+15551234', 'not a url', '', '#top'])(
    'is empty for %j, which leads to no other site',
    (address) => {
      expect(siteOf(address)).toBe('');
    },
  );
});
