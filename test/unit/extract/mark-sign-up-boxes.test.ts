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
  const marked = (doc: Document) => Array.from(doc.querySelectorAll(`[${SIGN_UP_MARK}]`), (el) => el.className);

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
  const marked = (doc: Document) => Array.from(doc.querySelectorAll(`[${SIGN_UP_MARK}]`), (el) => el.className);

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
