import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/extract/collect-blocks';
import { judgeBlocks } from '../../../src/extract/drop-furniture';
import { findPlacedLines } from '../../../src/extract/find-placed-lines';

// The label sites print over an ad, in languages beyond the template corpus's twelve, with a story
// sentence that uses the same word: the label is furniture, the sentence is story.
const CASES: [lang: string, label: string, sentence: string][] = [
  ['sv', 'Annons', 'Kommunen förbjöd annonser på sina bussar efter en lång debatt i fullmäktige.'],
  ['tr', 'Reklam', 'Belediye, uzun bir tartışmanın ardından otobüslerde reklam yasağı getirdi.'],
  ['ko', '광고', '시는 오랜 논의 끝에 시내버스의 광고를 금지하기로 결정했다.'],
  ['id', 'Iklan', 'Pemerintah kota melarang iklan di bus setelah perdebatan panjang di dewan.'],
  ['hi', 'विज्ञापन', 'नगर निगम ने लंबी बहस के बाद बसों पर विज्ञापन लगाने पर रोक लगा दी।'],
  ['cs', 'Reklama', 'Radnice po dlouhé debatě zakázala reklamu v městských autobusech.'],
  ['uk', 'Реклама', 'Міська рада після довгої дискусії заборонила рекламу в автобусах.'],
  ['el', 'Διαφήμιση', 'Ο δήμος απαγόρευσε τη διαφήμιση στα λεωφορεία μετά από μακρά συζήτηση.'],
  ['vi', 'Quảng cáo', 'Thành phố đã cấm quảng cáo trên xe buýt sau một cuộc tranh luận dài.'],
  ['he', 'פרסומת', 'העירייה אסרה על פרסומת באוטובוסים לאחר דיון ארוך במועצה.'],
];

const block = (text: string): Block => ({
  text,
  linkChars: 0,
  linkCount: 0,
  tag: 'P',
  isHeading: false,
  isCaption: false,
});

describe('the ad label in more languages', () => {
  it.each(CASES)('%s: the label between paragraphs goes, the sentence using its word stays', (_, label, sentence) => {
    expect(judgeBlocks([block(sentence), block(label), block(sentence)])).toEqual([null, 'boilerplate', null]);
  });

  it.each(CASES)('%s: a note naming the ad beside its empty slot is known where it stands', (_, label, sentence) => {
    const { document } = new JSDOM(
      `<body><div><p>${sentence}</p><div><span>${label}</span><div class="slot"></div></div><p>${sentence}</p></div></body>`,
    ).window;
    expect(Object.fromEntries(findPlacedLines(document, 'herald.example'))).toEqual({ [label]: 'boilerplate' });
  });
});
