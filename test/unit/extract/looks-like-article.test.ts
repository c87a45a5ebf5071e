/** The article check asks the same of every script: as much said, not as many characters. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { looksLikeArticle } from '../../../src/extract/looks-like-article';

/** News paragraphs of 90 to 110 characters, typical of Chinese and Japanese sites and short of Readability's 140. */
const SHORT_PARAGRAPHS: Record<string, string[]> = {
  ja: [
    '市の中心部を走る路面電車が、来年の春から深夜まで運行されることになった。市の交通局が水曜日の会見で明らかにしたもので、最終便は午前零時過ぎになる。',
    '交通局によると、夜間の利用者は過去五年で二倍近くに増えており、飲食店や病院で働く人たちから延長を求める声が相次いでいた。運転士も新たに二十人採用する。',
    '一方で、線路沿いの住民からは騒音を心配する意見も出ている。交通局は車両の改良と速度の制限で対応するとしており、来月には住民向けの説明会を開く予定だ。',
    '延長にかかる費用は年間およそ三億円と見込まれ、市は運賃を据え置いたまま、国の補助金と広告収入でまかなう方針だ。市長は市民の足を守りたいと話した。',
  ],
  zh: [
    '本市中心城区的有轨电车将从明年春天起延长运营至深夜，市交通局在周三的新闻发布会上宣布了这一消息，末班车将在午夜之后发出，方便夜间出行的市民。',
    '交通局表示，过去五年夜间乘客数量增长了将近一倍，许多在餐馆和医院工作的市民一直希望延长运营时间。为此，交通局还将新招聘二十名司机，并增加车辆维护人员。',
    '不过，沿线居民担心夜间噪音会影响休息。交通局表示将通过改进车辆和限制夜间车速来解决这一问题，并计划下个月为沿线居民举办说明会，听取大家的意见。',
    '据估算，延长运营每年将增加约三千万元的费用，市政府计划在票价不变的情况下，通过国家补贴和广告收入来承担。市长表示，要保障市民出行的便利，让城市夜晚更安全。',
  ],
};

function page(lang: string, body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`)
    .window.document;
}

describe('looksLikeArticle', () => {
  for (const [lang, paragraphs] of Object.entries(SHORT_PARAGRAPHS)) {
    test(`a story in ${lang} told in paragraphs shorter than 140 characters is an article`, () => {
      expect(paragraphs.every((p) => p.length < 140)).toBe(true);
      const body = `<article><h1>見出し</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
      expect(looksLikeArticle(page(lang, body))).toBe(true);
    });

    test(`a list of ${lang} headlines is not an article`, () => {
      const items = paragraphs.map((p) => `<p><a href="/n">${p.slice(0, 30)}</a></p>`).join('');
      expect(looksLikeArticle(page(lang, items.repeat(3)))).toBe(false);
    });
  }

  test('English paragraphs of the same length in characters are still too short', () => {
    const p = 'The tram will run until after midnight from next spring, the city said on Wednesday.';
    expect(looksLikeArticle(page('en', `<article>${`<p>${p}</p>`.repeat(4)}</article>`))).toBe(false);
  });

  test('a page mostly in English keeps the English lengths even with a Chinese line in it', () => {
    const p = 'The tram will run until after midnight from next spring, the city said on Wednesday.';
    const body = `<article><p>${SHORT_PARAGRAPHS.zh![0]!.slice(0, 20)}</p>${`<p>${p}</p>`.repeat(4)}</article>`;
    expect(looksLikeArticle(page('en', body))).toBe(false);
  });

  test('a long English story is an article, as Readability says', () => {
    const p =
      'The tram will run until after midnight from next spring, the city said on Wednesday, after five years in which the number of people riding it late at night almost doubled.';
    expect(looksLikeArticle(page('en', `<article>${`<p>${p}</p>`.repeat(4)}</article>`))).toBe(true);
  });
});
