import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findSummaryWidgets } from '../../../src/extract';
import { normalizeText } from '../../../src/extract/normalize-text';

// A site's summary control in languages beyond the template corpus's twelve, with a story sentence
// that uses the same word: the control is the widget, the sentence is not.
const CASES: [lang: string, control: string, sentence: string][] = [
  ['sv', 'Visa sammanfattning', 'Kommunen publicerade en sammanfattning av rapporten på tisdagen.'],
  ['tr', 'Özeti göster', 'Belediye raporun kısa bir özetini salı günü yayımladı.'],
  ['ko', '요약 보기', '시는 화요일에 보고서의 요약을 홈페이지에 공개했다.'],
  ['id', 'Lihat ringkasan', 'Pemerintah kota menerbitkan ringkasan laporan itu pada hari Selasa.'],
  ['hi', 'सारांश देखें', 'नगर निगम ने मंगलवार को रिपोर्ट का सारांश जारी किया।'],
  ['cs', 'Zobrazit shrnutí', 'Radnice v úterý zveřejnila shrnutí celé zprávy.'],
  ['uk', 'Показати короткий зміст', 'Міська рада у вівторок оприлюднила короткий зміст звіту.'],
  ['el', 'Δείτε την περίληψη', 'Ο δήμος δημοσίευσε την Τρίτη μια περίληψη της έκθεσης.'],
  ['vi', 'Xem tóm tắt', 'Thành phố đã công bố bản tóm tắt báo cáo vào thứ Ba.'],
  ['he', 'הצג תקציר', 'העירייה פרסמה ביום שלישי תקציר של הדוח.'],
];

describe('summary widgets in more languages', () => {
  it.each(CASES)('%s: the control is found, the story sentence using its word is not', (lang, control, sentence) => {
    const { document } = new JSDOM(
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><article><h1>h</h1>
<div class="box"><button type="button">${control}</button></div><p>${sentence}</p><p>${sentence}</p></article></body></html>`,
      { url: 'https://news.example/a/1' },
    ).window;
    expect(findSummaryWidgets(document).map((w) => normalizeText(w.textContent ?? ''))).toEqual([control]);
  });
});
