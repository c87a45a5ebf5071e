import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectBlocks, findMediaCaptions } from '../../../src/extract/collect-blocks';

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

describe('findMediaCaptions', () => {
  const captionsOf = (body: string) => [
    ...findMediaCaptions(new JSDOM(`<body><div>${body}</div></body>`).window.document),
  ];
  const STORY_LINE =
    '<p>The board voted on Thursday to rebuild the old market, empty since the fire two winters ago.</p>';

  it.each([
    [
      'under a video in a wrapper',
      '<div><div><video src="/v.mp4"></video></div><div>Watch: the old market burns</div></div>',
    ],
    [
      'under a player from an unknown host',
      '<div><iframe src="https://player.example/1"></iframe><span>The old market burns</span></div>',
    ],
    ['under a sound', '<div><audio src="/a.mp3"></audio><p>Listen: the harbour master on the fire</p></div>'],
    [
      'under a picture in a link',
      '<div><a href="/p/1"><img src="/1.jpg" alt=""></a><div>The old market.Ann Lee/Herald</div></div>',
    ],
  ])('finds the line %s, by its text', (_, html) => {
    const text = new JSDOM(html).window.document.body.textContent!.trim();
    expect(captionsOf(STORY_LINE + html + STORY_LINE)).toEqual([text]);
  });

  it.each([
    [
      'a paragraph after a player among the story’s paragraphs',
      `<iframe src="https://maps.example/1"></iframe>${STORY_LINE}`,
    ],
    ['a line above a picture', '<div><div>The old market, before the fire</div><img src="/1.jpg" alt=""></div>'],
    [
      'fifty words under a picture',
      `<div><img src="/1.jpg" alt=""><p>${'The market stood for ninety years beside the quay. '.repeat(6)}</p></div>`,
    ],
  ])('finds nothing in %s', (_, html) => {
    expect(captionsOf(STORY_LINE + html + STORY_LINE)).toEqual([]);
  });
});
