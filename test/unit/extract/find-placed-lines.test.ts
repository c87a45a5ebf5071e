import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPlacedLines } from '../../../src/extract/find-placed-lines';

const STORY = '<p>The board voted on Thursday to rebuild the old market, empty since the fire two winters ago.</p>';
const placedIn = (html: string) =>
  Object.fromEntries(
    findPlacedLines(new JSDOM(`<body><div>${STORY}${html}${STORY}</div></body>`).window.document, 'herald.example'),
  );

describe('findPlacedLines', () => {
  it.each([
    [
      'a note above an empty ad slot',
      '<p>Story continues below advertisement</p><div class="slot"></div>',
      'Story continues below advertisement',
    ],
    [
      'a note in a box with its slot',
      '<div><div id="ad-1"></div><span>Продолжение статьи после рекламы</span></div>',
      'Продолжение статьи после рекламы',
    ],
    [
      'a note under a slot, in inline markup',
      '<div></div><div><small><em>記事の続きは広告の下にあります</em></small></div>',
      '記事の続きは広告の下にあります',
    ],
  ])('knows %s', (_, html, line) => {
    expect(placedIn(html)).toEqual({ [line]: 'boilerplate' });
  });

  it('knows the label of a bar of store badges', () => {
    const html =
      '<div><p>アプリをダウンロード</p><a href="https://apps.apple.com/x"><img src="/a.png" alt="App Store"></a><a href="https://play.google.com/x"><img src="/g.png" alt="Google Play"></a></div>';
    expect(placedIn(html)).toEqual({ アプリをダウンロード: 'boilerplate' });
  });

  it('knows the label of a bar of other services’ names, and the names', () => {
    const html =
      '<div><p>毎日のニュースポッドキャストを聴く</p><div><a href="https://podcasts.apple.com/x">Apple Podcasts</a> <a href="https://open.spotify.com/x">Spotify</a></div></div>';
    expect(placedIn(html)).toEqual({
      毎日のニュースポッドキャストを聴く: 'boilerplate',
      'Apple Podcasts Spotify': 'boilerplate',
    });
  });

  it.each([
    [
      'a sentence about advertising beside an empty element',
      '<p>The council banned advertising on its buses.</p><div></div>',
    ],
    ['a line naming an ad with no slot beside it', '<p>Advertising revenue</p>'],
    ['a line naming an ad beside a picture', '<p>Advertisement</p><div><img src="/ad.png" alt=""></div>'],
    [
      'a sentence with links to two services in it',
      '<p>It is on <a href="https://netflix.example/x">Netflix</a> and <a href="https://prime.example/x">Prime Video</a> from Friday</p>',
    ],
    [
      'a label beside links to two other stories of this site',
      '<div><p>More on this</p><a href="/news/1-a">Market fire</a><a href="/news/2-b">Board vote</a></div>',
    ],
    [
      'a label beside one badge',
      '<div><p>Get our app</p><a href="https://apps.apple.com/x"><img src="/a.png" alt=""></a></div>',
    ],
  ])('leaves alone %s', (_, html) => {
    expect(placedIn(html)).toEqual({});
  });
});

describe('findPlacedLines: slots are boxes', () => {
  it('takes an icon’s empty element for no slot', () => {
    const doc = new JSDOM(`<body><div>${STORY}<p><i class="icon"></i> Advertising revenue</p>${STORY}</div></body>`)
      .window.document;
    expect(findPlacedLines(doc, 'herald.example').size).toBe(0);
  });
});
