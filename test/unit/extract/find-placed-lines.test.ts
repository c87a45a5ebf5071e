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
      'a label beside one badge',
      '<div><p>Get our app</p><a href="https://apps.apple.com/x"><img src="/a.png" alt=""></a></div>',
    ],
  ])('leaves alone %s', (_, html) => {
    expect(placedIn(html)).toEqual({});
  });
});

describe('findPlacedLines: boxes of links to the site’s other pages', () => {
  it.each([
    [
      'a label over two headlines',
      '<div><p>More on this</p><a href="/news/1-a">Market fire: what we know so far</a><a href="/news/2-b">Board vote delayed</a></div>',
      ['More on this'],
    ],
    [
      'labels in bare boxes before the neighbouring headlines, in a nav',
      '<nav><div><div>前の記事</div><a href="/news/1">港長、四十年の勤務を終えて退職</a></div><div><div>次の記事</div><a href="https://www.herald.example/news/3">小学校の屋根、春までに修理完了へ</a></div></nav>',
      ['前の記事', '次の記事'],
    ],
    [
      'a label over cards, each a picture and a headline linking to the same story',
      '<div><div>Articoli correlati</div><div><a href="/n/5"><img src="/5.jpg" alt=""></a><a href="/n/5">Il consiglio approva le nuove regole</a></div><div><a href="/n/6"><img src="/6.jpg" alt=""></a><a href="/n/6">La biblioteca allunga gli orari</a></div></div>',
      ['Articoli correlati'],
    ],
  ])('knows %s', (_, html, labels) => {
    // Lines under a picture are its captions besides, for the rule that knows those.
    expect(placedIn(html)).toMatchObject(Object.fromEntries(labels.map((l) => [l, 'link-dense'])));
  });

  it.each([
    [
      'a sentence with two links to the site’s stories',
      '<div><p>The board met on <a href="/news/1">Thursday</a> after <a href="/news/2">the fire</a>.</p></div>',
    ],
    ['a label beside one headline', '<div><p>Read next</p><a href="/news/1-a">Market fire: what we know</a></div>'],
    [
      'a label beside links to other sites',
      '<div><p>Sources</p><a href="https://council.example/r.pdf">The council’s report on the fire</a><a href="https://stats.example/t">The census tables for the district</a></div>',
    ],
    [
      'a box that also holds a line of the story',
      '<div><p>More on this</p><p>The board will meet again in June, when the architects present their plans.</p><a href="/news/1-a">Market fire</a><a href="/news/2-b">Board vote</a></div>',
    ],
    [
      'labels longer than the links beside them',
      '<div><p>From our archive, on the market</p><a href="/news/1">Fire</a><a href="/news/2">Vote</a></div>',
    ],
  ])('leaves alone %s', (_, html) => {
    expect(placedIn(html)).toEqual({});
  });
});

describe('findPlacedLines: the line that prints an icon button’s own name', () => {
  it.each([
    ['sv', 'Lyssna på artikeln', '4:05'],
    ['ko', '기사 듣기', '3:12'],
    ['hi', 'लेख सुनें', ''],
    ['el', 'Ακούστε το άρθρο', '12:40'],
  ])('knows a player’s label beside its button (%s)', (_, name, duration) => {
    const html = `<div class="player"><button type="button" aria-label="${name}"><svg></svg></button><span>${name}</span><span>${duration}</span></div>`;
    expect(placedIn(html)).toEqual({ [`${name}${duration}`]: 'boilerplate' });
  });

  it.each([
    [
      'a line that says more than the name',
      '<div><button aria-label="Play"></button><span>Play the council’s recording of the vote</span></div>',
    ],
    ['a button with words of its own', '<div><button>Lyssna på artikeln</button><span>Lyssna på artikeln</span></div>'],
    ['a line beside a button named otherwise', '<div><button aria-label="Close"></button><span>4:05</span></div>'],
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

describe('findPlacedLines, a player’s lines', () => {
  const TITLE = 'Watch: crowds gather as the old market burns';
  const DESCRIPTION = 'Footage from a neighbour’s phone shows the roof giving way shortly after midnight.';
  const DATE = '(Published Monday, March 2, 2026)';
  it.each([
    [
      'as siblings of a video',
      `<div><video src="/v.mp4"></video><h3>${TITLE}</h3><p>${DESCRIPTION}</p><span>${DATE}</span></div>`,
    ],
    [
      'in one box beside a wrapped frame',
      `<div><div><iframe src="https://player.example/1"></iframe></div><div><h3>${TITLE}</h3><p>${DESCRIPTION} ${DESCRIPTION} ${DESCRIPTION}</p><span>${DATE}</span></div></div>`,
    ],
  ])('knows a title, description and date %s', (_, html) => {
    const placed = placedIn(html);
    expect(placed[TITLE]).toBe('caption');
    expect(placed[DATE]).toBe('caption');
  });

  it('leaves a section of the story that opens with a video', () => {
    const section = `<section><iframe src="https://player.example/1"></iframe><h2>The night of the fire</h2><p>${DESCRIPTION}</p><p>${DESCRIPTION}</p></section>`;
    expect(placedIn(section)).toEqual({});
  });
});
