// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { markSignUpBoxes, SIGN_UP_MARK } from '../../../src/extract/drop-sign-up-boxes';

const STORY =
  '<p>The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.</p>' +
  '<p>Opposition members said the plan left too little for road repairs, but the vote passed comfortably.</p>';

function page(field: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body><article>${STORY}<div class="box"><p>Get the morning briefing</p><form>${field}<button>Go</button></form></div>${STORY}</article></body>`,
    'text/html',
  );
}

describe('markSignUpBoxes', () => {
  test.each([
    ['type="email"', '<input type="email">'],
    ['an upper-case TYPE="EMAIL"', '<input TYPE="EMAIL">'],
    ['a name holding "email", any case', '<input type="text" name="User_Email">'],
    ['autocomplete="Email"', '<input autocomplete="Email">'],
  ])('marks the small box around an e-mail field: %s', (_, field) => {
    const doc = page(field);
    expect(markSignUpBoxes(doc)).toBe(1);
    expect(doc.querySelector(`[${SIGN_UP_MARK}]`)?.className).toBe('box');
  });

  test('leaves a page alone whose fields are not for e-mail', () => {
    const doc = page('<input type="search" name="q"><input autocomplete="emailish">');
    expect(markSignUpBoxes(doc)).toBe(0);
    expect(doc.querySelector(`[${SIGN_UP_MARK}]`)).toBeNull();
  });
});

describe('markSignUpBoxes: calls to subscribe without a field', () => {
  const site = 'herald.example';
  function around(box: string): Document {
    return new DOMParser().parseFromString(
      `<!doctype html><body><article>${STORY}${box}${STORY}</article></body>`,
      'text/html',
    );
  }
  /** The outermost marked boxes' classes (a box's children carry its mark too). */
  const marked = (doc: Document) =>
    Array.from(doc.querySelectorAll(`[${SIGN_UP_MARK}]`))
      .filter((el) => !el.parentElement?.closest(`[${SIGN_UP_MARK}]`))
      .map((el) => el.className);

  test.each([
    [
      'a heading, a line and a link to a top-level page',
      '<div class="box"><h3>Weiterlesen</h3><p>Jetzt für 1 Euro im Monat alle Artikel lesen.</p><a href="/abo">Abonnieren</a></div>',
    ],
    [
      'a short label in a plain div, the link wrapped',
      '<div class="box"><div>会員限定記事</div><div>続きは会員登録でお読みいただけます。</div><div><a href="/signup/">登録する</a></div></div>',
    ],
    [
      "an absolute link to the site's own subdomain",
      '<div class="box"><b>Только для подписчиков</b><span>Полная версия доступна по подписке.</span><a href="https://account.herald.example/">Войти</a></div>',
    ],
  ])('marks %s', (_, box) => {
    const doc = around(box);
    expect(markSignUpBoxes(doc, site)).toBe(1);
    expect(marked(doc)).toEqual(['box']);
  });

  test.each([
    [
      'a paragraph that ends in a link',
      '<p class="box">Residents can send their comments to the council, whose details are on <a href="/contact">the contact page</a></p>',
    ],
    [
      'a box of two paragraphs',
      '<div class="box"><h3>What it cost</h3><p>The bridge cost 240 million, half of it from national funds.</p><p>The rest came from the town budget and a twelve-year loan.</p><a href="/data">Data</a></div>',
    ],
    [
      'a link to a story, deeper in the site',
      '<div class="box"><h3>Read next</h3><p>The river banks come next, and the vote is in March.</p><a href="/news/2026/7-river-banks">Read it</a></div>',
    ],
    [
      'a link to another site',
      '<div class="box"><h3>The report</h3><p>The council published its full report on Monday.</p><a href="https://council.example/">Read it</a></div>',
    ],
    [
      'a box that goes on after its link',
      '<div class="box"><h3>Keep reading</h3><p>Get every story for one pound a month.</p><a href="/subscribe">Subscribe</a><p>Already a member? Log in.</p></div>',
    ],
    [
      'a link written as a sentence',
      '<div class="box"><h3>Keep reading</h3><p>Get every story for one pound a month.</p><a href="/subscribe">Subscribe now.</a></div>',
    ],
  ])('leaves alone %s', (_, box) => {
    const doc = around(box);
    expect(markSignUpBoxes(doc, site)).toBe(0);
    expect(marked(doc)).toEqual([]);
  });
});

describe('markSignUpBoxes: polls', () => {
  function around(box: string): Document {
    return new DOMParser().parseFromString(
      `<!doctype html><body><article>${STORY}${box}${STORY}</article></body>`,
      'text/html',
    );
  }
  /** The outermost marked boxes' classes (a box's children carry its mark too). */
  const marked = (doc: Document) =>
    Array.from(doc.querySelectorAll(`[${SIGN_UP_MARK}]`))
      .filter((el) => !el.parentElement?.closest(`[${SIGN_UP_MARK}]`))
      .map((el) => el.className);

  test('marks the box around a poll’s choices, its question with it', () => {
    const doc = around(
      '<div class="poll"><p>Soll die Stadt eine zweite Sperre bauen?</p><label><input type="radio" name="a">Ja</label><label><input type="RADIO" name="a">Nein</label><button>Abstimmen</button></div>',
    );
    expect(markSignUpBoxes(doc)).toBe(1);
    expect(marked(doc)).toEqual(['poll']);
  });

  test.each([
    ['a lone checkbox', '<div class="box"><p>Show the map</p><input type="checkbox"></div>'],
    [
      'a to-do list the story shows, its boxes disabled',
      '<ul class="box"><li><input type="checkbox" disabled checked> Book the ferry</li><li><input type="checkbox" disabled> Pack the tent</li></ul>',
    ],
  ])('leaves alone %s', (_, box) => {
    const doc = around(box);
    expect(markSignUpBoxes(doc)).toBe(0);
    expect(marked(doc)).toEqual([]);
  });
});

describe('markSignUpBoxes: questions put to the reader', () => {
  const around = (box: string, after = STORY) =>
    new DOMParser().parseFromString(
      `<!doctype html><body><article>${STORY}${box}${after}</article></body>`,
      'text/html',
    );
  const outermost = (doc: Document) =>
    Array.from(doc.querySelectorAll(`[${SIGN_UP_MARK}]`))
      .filter((el) => !el.parentElement?.closest(`[${SIGN_UP_MARK}]`))
      .map((el) => el.className);

  test.each([
    [
      'buttons under a paragraph',
      '<div class="q"><p>Was this article helpful?</p><button>Yes</button><button>No</button></div>',
    ],
    [
      'loose text and buttons',
      '<div class="q">War dieser Artikel hilfreich? <button>Ja</button> <button>Nein</button></div>',
    ],
    [
      'links that go nowhere',
      '<div class="q"><span>Cet article vous a-t-il été utile ?</span> <a href="#oui">Oui</a> <a href="javascript:void(0)">Non</a></div>',
    ],
    [
      'a full-width question mark',
      '<div class="q"><p>この記事は役に立ちましたか？</p><div><button>はい</button><button>いいえ</button></div></div>',
    ],
    [
      'a poll drawn as buttons',
      '<div class="q"><h4>Should the town build a second barrier?</h4><button>Yes, now</button><button>Not yet</button><button>Never</button></div>',
    ],
  ])('marks %s', (_, box) => {
    const doc = around(box);
    expect(markSignUpBoxes(doc)).toBe(1);
    expect(outermost(doc)).toEqual(['q']);
  });

  test('marks loose text too, so the mark outlives the box being rewritten as a paragraph', () => {
    const doc = around('<div class="q">Was this article helpful? <button>Yes</button><button>No</button></div>');
    markSignUpBoxes(doc);
    const question = Array.from(doc.querySelectorAll(`.q [${SIGN_UP_MARK}]`)).find((el) => el.tagName === 'SPAN');
    expect(question?.textContent).toBe('Was this article helpful? ');
  });

  test.each([
    ['a question with one button', '<div class="q"><p>Was this article helpful?</p><button>Tell us</button></div>'],
    [
      'a question in the story, its sentences around it',
      '<div class="q"><p>The mayor asked the crowd one thing. Who pays for it? Nobody answered.</p><button>Share</button><button>Print</button></div>',
    ],
    [
      'answers that lead to other pages',
      '<div class="q"><p>Was this article helpful?</p><a href="/survey/yes">Yes</a> <a href="/survey/no">No</a></div>',
    ],
    [
      'a line that asks nothing',
      '<div class="q"><p>Share this article</p><button>Facebook</button><button>Email</button></div>',
    ],
    [
      'answers written as sentences',
      '<div class="q"><p>What happens next?</p><button>The council votes on the plan in March and the work starts in May</button><button>Nothing</button></div>',
    ],
  ])('leaves alone %s', (_, box) => {
    const doc = around(box);
    expect(markSignUpBoxes(doc)).toBe(0);
  });
});

describe('markSignUpBoxes: appeals for support', () => {
  const site = 'herald.example';
  const APPEAL =
    '<h3>Support independent journalism</h3><p>Our reporting is free to read because readers like you pay for it.</p><p>If you value what we do, please consider a gift today.</p>';
  const page = (box: string, after: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><body><article>${STORY}${box}${after}</article></body>`,
      'text/html',
    );

  test('marks an appeal of two paragraphs that closes the story', () => {
    const doc = page(`<div class="box">${APPEAL}<a href="/support">Donate</a></div>`, '');
    expect(markSignUpBoxes(doc, site)).toBe(1);
  });

  test.each([
    [
      'a button class on the link',
      `<div class="box">${APPEAL}<a class="c-btn--primary" href="/donate">Donate</a></div>`,
    ],
    [
      'a button role',
      `<div class="box">${APPEAL}<a role="button" href="https://support.herald.example/">Give</a></div>`,
    ],
    ['a button wrapper', `<div class="box">${APPEAL}<div class="cta"><a href="/support">Donate</a></div></div>`],
  ])('marks one mid-story with its link drawn as a button: %s', (_, box) => {
    expect(markSignUpBoxes(page(box, STORY), site)).toBe(1);
  });

  test.each([
    ['a fact box mid-story, its link plain', `<div class="box">${APPEAL}<a href="/data">Data</a></div>`, STORY],
    [
      'four paragraphs',
      `<div class="box">${APPEAL}<p>Every gift, however small, pays for the next story.</p><p>Thank you for reading us this year, and for telling your friends.</p><a href="/support">Donate</a></div>`,
      '',
    ],
  ])('leaves alone %s', (_, box, after) => {
    expect(markSignUpBoxes(page(box, after), site)).toBe(0);
  });

  test('leaves alone a short story that ends in a link to its section, with nothing beside it', () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body><main><article><h1>Ferry times change</h1>${STORY}<a href="/news">More news</a></article></main></body>`,
      'text/html',
    );
    expect(markSignUpBoxes(doc, site)).toBe(0);
  });
});

describe('markSignUpBoxes: calls to action written as one line', () => {
  const site = 'herald.example';
  const page = (line: string) =>
    new DOMParser().parseFromString(
      `<!doctype html><body><article>${STORY}${line}${STORY}</article></body>`,
      'text/html',
    );

  test.each([
    [
      'a colon before the link',
      '<p>The day’s top stories every morning: <a href="/newsletter">sign up to our newsletter</a></p>',
    ],
    ['a dash, in Cyrillic', '<p>Главные новости каждое утро — <a href="/rassylka">в нашей рассылке</a></p>'],
    ['a sentence, then the link', '<p><em>Read us on the go. <a href="/app">Get the app</a></em></p>'],
    [
      'a full-width stop',
      '<p>毎朝の主要ニュースをメールでお届けします。<a href="/newsletter">ニュースレターはこちら</a></p>',
    ],
    [
      'the site’s own subdomain',
      '<p><strong>Never miss a story:</strong> <a href="https://newsletters.herald.example/">join 40,000 readers</a>.</p>',
    ],
  ])('marks %s', (_, line) => {
    const doc = page(line);
    expect(markSignUpBoxes(doc, site)).toBe(1);
    expect(doc.querySelector('article > p[' + SIGN_UP_MARK + '] a')).not.toBeNull();
  });

  test.each([
    [
      'a sentence that runs into its link',
      '<p>Residents can send their comments through <a href="/contact">the form on our site</a>.</p>',
    ],
    [
      'a link to a story, deeper in the site',
      '<p>Read next: <a href="/news/2026/7-river-banks">the river banks</a></p>',
    ],
    [
      'a link to another site',
      '<p>The full report: <a href="https://council.example/report.pdf">council report</a></p>',
    ],
    [
      'text after the link',
      '<p>Our newsletter: <a href="/newsletter">sign up</a> and get a free tote bag every month.</p>',
    ],
    ['a long paragraph', `<p>${'The council met again. '.repeat(8)}More: <a href="/council">council</a></p>`],
  ])('leaves alone %s', (_, line) => {
    expect(markSignUpBoxes(page(line), site)).toBe(0);
  });
});
