import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/extract/collect-blocks';
import { judgeBlocks, storyBlocks } from '../../../src/extract/drop-furniture';

const STORY = [
  'The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.',
  'Opposition members said the plan left too little for road repairs, but the vote passed comfortably.',
  'The budget takes effect in April, and the first quarterly report is due at the end of June.',
];

function block(text: string, extra: Partial<Block> = {}): Block {
  return { text, linkChars: 0, linkCount: 0, tag: 'P', isHeading: false, isCaption: false, ...extra };
}
const linked = (text: string, tag = 'P') => block(text, { linkChars: text.length, linkCount: 1, tag });
/** A line that is one link to another site. */
const linkedAway = (text: string) =>
  block(text, { linkChars: text.length, linkCount: 1, offSiteLinkChars: text.length });

/** The reason given to `line` when it sits at `where` among three story paragraphs. */
function reasonFor(line: Block, where: 'top' | 'middle' | 'bottom', context = {}) {
  const story = STORY.map((t) => block(t));
  const blocks =
    where === 'top' ? [line, ...story] : where === 'bottom' ? [...story, line] : [story[0]!, line, ...story.slice(1)];
  const index = where === 'top' ? 0 : where === 'bottom' ? blocks.length - 1 : 1;
  const reasons = judgeBlocks(blocks, context);
  expect(
    reasons.filter((r, i) => i !== index && r !== null),
    'story paragraphs are kept',
  ).toEqual([]);
  return reasons[index];
}

describe('judgeBlocks drops site furniture', () => {
  it.each([
    ['a template literal', block('false'), 'middle', 'literal'],
    ['a bare number', block('12'), 'middle', 'literal'],
    ['a bare URL', block('https://news.example/2024/story'), 'top', 'literal'],
    ['a gallery counter', block('Image 1 of 12'), 'middle', 'literal'],
    ['a summary prompt', block('No time to read?'), 'top', 'boilerplate'],
    ['a summary link', linked('Get a summary'), 'bottom', 'boilerplate'],
    ['a pager', linked('Next Article'), 'bottom', 'boilerplate'],
    ['a row of share buttons', block('Share Tweet Email'), 'top', 'boilerplate'],
    ['a German ad label', block('Anzeige'), 'middle', 'boilerplate'],
    ['a reading-time line', block('Lesezeit: 4 Minuten'), 'top', 'boilerplate'],
    ['a photo credit', block('Workers at the site (Image: Getty)'), 'middle', 'caption'],
    ['a figure caption', block('The quay at dawn.', { isCaption: true }), 'middle', 'caption'],
    ['the next story’s headline', linked('Harbour festival draws record crowds this year'), 'bottom', 'link-dense'],
    ['a date line above the story', block('Updated 9:41 am, March 5, 2024'), 'top', 'edge'],
    [
      'a newsletter call below the story',
      block('Sign up for our newsletter to get the top stories every morning.'),
      'bottom',
      'promo',
    ],
    ['a copyright line below the story', block('© 2024 Example Media Ltd'), 'bottom', 'legal'],
  ] as const)('%s', (_, line, where, reason) => {
    expect(reasonFor(line, where)).toBe(reason);
  });

  // Calls to subscribe inside the story: opening with the call, or naming it and ending in its link.
  const promoLink = (text: string, link: string) => block(text, { linkChars: link.length, linkCount: 1 });
  it.each([
    ['en', block('Sign up for our morning briefing here.')],
    ['fr', block('Abonnez-vous à notre lettre du matin.')],
    ['de', block('Folgen Sie uns auf Instagram und Facebook.')],
    ['ru', block('Подпишитесь на наш канал в Telegram.')],
    ['en', promoLink('The morning briefing — Get the top stories in your inbox every morning. Sign up', 'Sign up')],
    ['nl', promoLink('De ochtendnieuwsbrief — Het belangrijkste nieuws in je mailbox. Aanmelden', 'Aanmelden')],
    ['zh', promoLink('早间通讯：每天早上把重要新闻发送到您的邮箱 立即订阅', '立即订阅')],
  ])('drops a call to subscribe mid-story (%s): %j', (_, line) => {
    expect(reasonFor(line, 'middle')).toBe('promo');
  });

  it.each([
    'Newsletters have become a big business for local papers, the report found.',
    'Subscribers will pay a little more from April, the company said.',
    'The council said residents could sign up for the scheme at any library.',
  ])('keeps a story sentence that speaks of subscribing, mid-story: %j', (text) => {
    expect(reasonFor(block(text), 'middle')).toBeNull();
  });

  // A notice of rights closes no story, even written as sentences; a story sentence about copyright does.
  it.each([
    'Copyright 2026 Harbour Herald. All rights reserved.',
    '© 2026 Hafenbote. Alle Rechte vorbehalten.',
    '© 2026. Wszelkie prawa zastrzeżone.',
    '無断転載を禁じます。',
  ])('drops a notice of rights below the story: %j', (text) => {
    expect(reasonFor(block(text), 'bottom')).toBe('legal');
  });

  it('keeps a last sentence about copyright', () => {
    expect(reasonFor(block('The band has sued the studio for copyright infringement.'), 'bottom')).toBeNull();
  });

  // Relative times and "updated" lines in more languages, above the story.
  it.each([
    'Updated 3 hours ago',
    'Aktualisiert vor 3 Stunden',
    'Mis à jour il y a 3 heures',
    '3 uur geleden bijgewerkt',
    'Zaktualizowano 3 godziny temu',
    'آخر تحديث قبل 3 ساعات',
    '3時間前に更新',
    '3小时前更新',
  ])('drops a time line above the story: %j', (text) => {
    expect(reasonFor(block(text), 'top')).toBe('edge');
  });

  // Photo credits in more scripts, anywhere.
  it.each(['Fot. PAP', '写真：共同', '图片来源：新华社', 'الصورة: رويترز'])('drops a photo credit: %j', (text) => {
    expect(reasonFor(block(text), 'middle')).toBe('caption');
  });

  // "Get it on Amazon for $39.99" on a deals page, a download: no other story of the site's.
  it.each([
    ['a shop', 'Get it on Amazon for $39.99'],
    ['a download', 'Download the council’s budget report'],
    ['a headline-like line', 'Harbour festival draws record crowds this year'],
  ])('keeps a line that is one link to another site: %s', (_, text) => {
    expect(reasonFor(linkedAway(text), 'middle')).toBeNull();
    expect(reasonFor(linked(text), 'middle')).toBe('link-dense');
  });

  // A label and a row of services' names, each a link to its site: a follow or share bar, in any language.
  it.each([
    ['ja', 'フォローする Facebook, Instagram & X', 'フォローする , & '.length],
    ['en', 'Follow us: Facebook · Instagram · TikTok', 'Follow us: ·  · '.length],
    ['ru', 'Мы в соцсетях: VK Telegram', 'Мы в соцсетях:  '.length],
  ])('drops a row of services linked away: %s', (_, text, unlinked) => {
    const linkChars = text.length - unlinked;
    const row = block(text, { linkChars, linkCount: 3, offSiteLinkChars: linkChars });
    expect(reasonFor(row, 'bottom')).toBe('boilerplate');
  });

  it.each([
    ['vi', 'Chia sẻ bài viết: Facebook X Email', 'Facebook X'.length, 'Facebook X Email'.length],
    [
      'de',
      'Diesen Artikel teilen: Facebook WhatsApp E-Mail',
      'Facebook WhatsApp'.length,
      'Facebook WhatsApp E-Mail'.length,
    ],
  ])('drops a share bar whose mail link stays on the site: %s', (_, text, away, links) => {
    const row = block(text, { linkChars: links, linkCount: 3, offSiteLinkChars: away });
    expect(reasonFor(row, 'middle')).toBe('boilerplate');
  });

  it('keeps a sentence that names its sources with links, and one long link among short ones', () => {
    const sentence = 'The figures come from Eurostat and the OECD.';
    const cited = block(sentence, { linkChars: 12, linkCount: 2, offSiteLinkChars: 12 });
    expect(reasonFor(cited, 'middle')).toBeNull();
    const report = 'Read the council’s budget report, Annex B';
    const long = block(report, { linkChars: report.length - 2, linkCount: 2, offSiteLinkChars: report.length - 2 });
    expect(reasonFor(long, 'middle')).toBeNull();
  });

  // A pull quote repeats a run of words from a longer paragraph, quotation marks aside.
  it.each([
    ['in quotation marks', '“too little for road repairs, but the vote passed comfortably”'],
    ['in low-high quotes', '„the plan left too little for road repairs, but the vote passed“'],
    ['in guillemets', '« the first quarterly report is due at the end of June »'],
  ])('drops a pull quote: %s', (_, text) => {
    expect(reasonFor(block(text), 'middle')).toBe('repeated');
    expect(reasonFor(block(text), 'bottom')).toBe('repeated');
  });

  it('keeps a short phrase two paragraphs share, a paragraph repeated whole, and a line of words of its own', () => {
    expect(reasonFor(block('the vote passed comfortably'), 'middle')).toBeNull();
    const again = judgeBlocks([...STORY.map((t) => block(t)), block(STORY[1]!)]);
    expect(again).toEqual([null, null, null, null]);
    expect(reasonFor(block('The road repairs will have to wait for another year.'), 'middle')).toBeNull();
    // Bare, a repeated run may be the writer's own short paragraph or a page's split text.
    expect(reasonFor(block('Opposition members said the plan left too little for road repairs'), 'middle')).toBeNull();
    expect(reasonFor(block('the plan left too little for road repairs, but the vote passed'), 'middle')).toBeNull();
  });

  it('still drops a control that links to another site, and a line only partly linked away', () => {
    expect(reasonFor(linkedAway('Share on Facebook'), 'bottom')).not.toBeNull();
    expect(reasonFor(linkedAway('Get a summary'), 'top')).toBe('boilerplate');
    const half = 'Harbour festival draws record crowds this year';
    const partly = block(half, { linkChars: half.length, linkCount: 2, offSiteLinkChars: 10 });
    expect(reasonFor(partly, 'middle')).toBe('link-dense');
  });

  it('drops the headline when the story repeats it', () => {
    expect(reasonFor(block('Council approves budget'), 'top', { title: 'Council approves budget' })).toBe('title');
  });

  describe('a sentence set as a heading above the story', () => {
    const heading = block('The budget passed easily, but the road repairs it leaves out will be the next fight.', {
      tag: 'H2',
      isHeading: true,
    });
    it.each([
      [
        'says what the description says',
        'The budget passed easily, but the road repairs it leaves out will be the next fight.',
      ],
      [
        'opens the description, which runs on',
        'The budget passed easily, but the road repairs it leaves out will be the next fight. Here is why.',
      ],
      ['opens like a description cut short', 'The budget passed easily, but the road repairs it lea…'],
    ])('is the standfirst when it %s', (_, description) => {
      expect(reasonFor(heading, 'top', { descriptions: ['Council news from the town hall.', description] })).toBe(
        'standfirst',
      );
    });

    it('is the story’s own opening when no description says it', () => {
      expect(reasonFor(heading, 'top', { descriptions: ['Council news from the town hall.'] })).toBe(null);
      expect(reasonFor(heading, 'top')).toBe(null);
    });
  });

  it('drops the byline line and the author’s bio', () => {
    expect(reasonFor(block('Ann Lee, City Hall reporter'), 'top', { byline: 'Ann Lee' })).toBe('byline');
    expect(
      reasonFor(block('Ann covers city politics and has reported from the council since 2019.'), 'bottom', {
        byline: 'Ann Lee',
      }),
    ).toBe('byline');
  });

  it('drops a short line that appears above and below the story', () => {
    const blocks = [block('Quick read'), ...STORY.map((t) => block(t)), block('Quick read')];
    expect(judgeBlocks(blocks)).toEqual(['repeated', null, null, null, 'repeated']);
  });

  it('drops a caption line a template prints under every photo, and keeps the story between', () => {
    const credit = () => block('Harbour Post Winter Series [Tides] photographed by Nell Harrow');
    const blocks = STORY.flatMap((t) => [block(t), credit()]);
    expect(judgeBlocks(blocks)).toEqual([null, 'repeated', null, 'repeated', null, 'repeated']);
  });

  it('cuts the list of other stories after a "More stories" heading', () => {
    const blocks = [
      ...STORY.map((t) => block(t)),
      block('More stories', { tag: 'H3', isHeading: true }),
      block('Ferry timetable changes', { tag: 'LI' }),
    ];
    expect(judgeBlocks(blocks)).toEqual([null, null, null, 'related', 'related']);
  });

  describe('the label of a list of other stories, mid-story, in any language', () => {
    const headlines = ['Ferry timetable changes for the winter', 'School roof repairs to finish by spring'];
    const around = (label: Block, links: Block[]) => [
      block(STORY[0]!),
      label,
      ...links,
      ...STORY.slice(1).map((t) => block(t)),
    ];

    it.each<[string, string, Partial<Block>]>([
      ['a label no vocabulary holds', 'Lees ook', {}],
      ['in an unspaced script', '関連記事', {}],
      ['set as a heading', 'Zobacz także', { tag: 'H3', isHeading: true }],
    ])('goes with two or more links after it: %s', (_, text, extra) => {
      const links = headlines.map((h) => linked(h, 'LI'));
      expect(judgeBlocks(around(block(text, extra), links))).toEqual([
        null,
        'link-dense',
        'link-dense',
        'link-dense',
        null,
        null,
      ]);
    });

    it('goes with one link when it ends in a colon', () => {
      expect(judgeBlocks(around(block('Bekijk ook:'), [linked(headlines[0]!)]))).toEqual([
        null,
        'link-dense',
        'link-dense',
        null,
        null,
      ]);
    });

    it('stays over one link without a colon, over the story, or when it is a sentence', () => {
      expect(
        judgeBlocks(around(block('The vote', { tag: 'H2', isHeading: true }), [linked(headlines[0]!)]))[1],
      ).toBeNull();
      expect(judgeBlocks(around(block('The vote', { tag: 'H2', isHeading: true }), []))[1]).toBeNull();
      const sentence = block('Two of them voted against the plan.');
      expect(
        judgeBlocks(
          around(
            sentence,
            headlines.map((h) => linked(h, 'LI')),
          ),
        )[1],
      ).toBeNull();
    });
  });
});

describe('judgeBlocks keeps what may be story', () => {
  it.each([
    [
      'a sentence with a link in it',
      block('The report, published on the council website, runs to forty pages.', { linkChars: 20 }),
      'middle',
    ],
    ['a subheading', block('What happens next', { tag: 'H2', isHeading: true }), 'middle'],
    ['a wire credit in brackets', block('(Reporting by Ann Lee; editing by Bo Park)'), 'bottom'],
    ['a dateline', block('SALTMARSH, ENGLAND'), 'top'],
    ['a bracketed source', linked('[Harbour Post]'), 'middle'],
    ['a table row of numbers', block('1 Harbour United 71', { tag: 'TR' }), 'middle'],
    ['a row of data in a <pre>', block('3, 4, 4, 2, 5', { tag: 'PRE' }), 'middle'],
    ['a short quote in the middle', block('"Never again."'), 'middle'],
    ['a sentence that mentions a summary', block('Readers can get a summary of the plan at the town hall.'), 'middle'],
  ] as const)('%s', (_, line, where) => {
    expect(reasonFor(line, where)).toBe(null);
  });

  it('keeps a sentence said three times over: a refrain, a line of dialogue, a paragraph pasted in again', () => {
    const refrain = block('And the ferry went on across the grey water, slow and steady, as it always had.');
    const reply = block('"Not today."');
    const blocks = STORY.flatMap((t) => [block(t), reply, refrain]);
    expect(judgeBlocks(blocks)).toEqual(blocks.map(() => null));
    const placeholder = block(STORY[0]!);
    const heading = block('Second section', { tag: 'H2', isHeading: true });
    expect(judgeBlocks([placeholder, heading, placeholder, heading, placeholder])).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('keeps the short items of a list above the story once one of them is kept', () => {
    const items = ['pump.set flow 40 litres', 'pump.set delay *', 'pump.set night *'].map((t) =>
      block(t, { tag: 'LI' }),
    );
    const blocks = [...items, ...STORY.map((t) => block(t))];
    expect(judgeBlocks(blocks)).toEqual(blocks.map(() => null));
    expect(
      judgeBlocks([block('Harbour', { tag: 'LI' }), block('Ferries', { tag: 'LI' }), ...STORY.map((t) => block(t))]),
    ).toEqual(['edge', 'edge', null, null, null]);
  });

  it('keeps code the story shows more than once', () => {
    const command = block('$ git pull --rebase', { tag: 'PRE' });
    const blocks = STORY.flatMap((t) => [block(t), command]);
    expect(judgeBlocks(blocks)).toEqual(blocks.map(() => null));
  });
});

describe('a newsletter sign-up box (marked before Readability)', () => {
  const signUp = block('Get the best of the week in your inbox every Friday', { isSignUp: true });
  const teasers = ['Harbour ferry strike ends', 'Market reopens after flood', 'School board names new head'].flatMap(
    (headline, i) => [
      block(headline, { tag: 'H3', isHeading: true }),
      block(`A teaser for the other story number ${i}, written as one full sentence of its own for the reader.`),
    ],
  );

  it('is dropped wherever it stands, and the story around it stays', () => {
    const blocks = [block(STORY[0]!), signUp, ...STORY.slice(1).map((t) => block(t))];
    expect(judgeBlocks(blocks)).toEqual([null, 'sign-up', null, null]);
  });

  it('late in the page, over a run of other stories’ headlines, ends the story there', () => {
    const story = [...STORY, ...STORY.map((t) => t.replace('.', ', officials said.'))].map((t) => block(t));
    const reasons = judgeBlocks([...story, signUp, ...teasers]);
    expect(reasons.slice(0, story.length)).toEqual(story.map(() => null));
    expect(reasons.slice(story.length).every((r) => r !== null)).toBe(true);
  });

  it('late in the page, with the story’s last paragraph below it, ends nothing', () => {
    const last = block('The mayor said the first ferries would sail again on Monday, weather permitting, as planned.');
    const blocks = [...STORY.map((t) => block(t)), signUp, last];
    expect(judgeBlocks(blocks)).toEqual([null, null, null, 'sign-up', null]);
  });
});

describe('storyBlocks reads a byline from a line above the story', () => {
  const bylineOf = (...lines: Block[]) => storyBlocks([...lines, ...STORY.map((t) => block(t))]).byline;

  it.each([
    ['Von Anna Müller', 'Anna Müller'],
    ['Par Jean Dupont, AFP', 'Jean Dupont, AFP'],
    ['Por María López | EFE', 'María López | EFE'],
    ['Текст: Венера Ерофеева', 'Венера Ерофеева'],
    ['By Maya Thornton, March 3, 2026', 'Maya Thornton'],
  ])('%s gives %s, and the line stays out of the story', (line, name) => {
    const blocks = [block(line), ...STORY.map((t) => block(t))];
    const { story, byline } = storyBlocks(blocks);
    expect(byline).toBe(name);
    expect(story.map((b) => b.text)).toEqual(STORY);
  });

  it('reads it under a kicker and a date, and only the first', () => {
    expect(bylineOf(block('Politics'), block('Von Anna Müller'), block('Von Jan Berg'), block('03.03.2026'))).toBe(
      'Anna Müller',
    );
  });

  it.each([
    ['a sentence of the story that opens with "By"', block('By Tuesday the council had approved the budget.')],
    ['a line with no label', block('Anna Müller')],
    ['a line below the story', null],
    ['"di", which opens Italian surnames', block('Di Stefano')],
  ])('reads none from %s', (_, line) => {
    const blocks = line
      ? [line, ...STORY.map((t) => block(t))]
      : [...STORY.map((t) => block(t)), block('Von Anna Müller')];
    expect(storyBlocks(blocks).byline).toBeNull();
  });
});
