import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article-from-text';
import { countWords } from '../../../src/article/count-words';
import { describeSummary } from '../../../src/article/article-summary';

const HAS_SEGMENTER = typeof Intl.Segmenter === 'function';

describe('countWords: one count for the article, its summary and the minutes saved', () => {
  it.each([
    ['en, spaced', 'The quick brown fox jumps over the lazy dog.', 9, 9],
    ['en, whitespace of every kind', '  one two\tthree\nfour  ', 4, 4],
    ['nothing', '   ', 0, 0],
    // Korean spaces its words: seven here, not one per two syllables (14).
    ['ko, spaced like English', '대통령은 어제 서울에서 새로운 경제 정책을 발표했다', 7, 7],
    // Thai writes a sentence without spaces: neither one word nor one per two letters (34).
    ['th', 'นายกรัฐมนตรีเดินทางไปเชียงใหม่เมื่อวานนี้เพื่อเปิดโรงพยาบาลแห่งใหม่', 10, 18],
    ['zh', '国务院总理昨天在北京宣布了新的经济政策', 7, 12],
    ['ja', '首相は昨日東京で新しい経済政策を発表した', 8, 13],
    ['mixed scripts', 'Tokyo 東京 Seoul 서울', 4, 4],
  ])('%s', (_, text, low, high) => {
    const n = countWords(text);
    expect(n).toBeGreaterThanOrEqual(HAS_SEGMENTER ? low : 1);
    expect(n).toBeLessThanOrEqual(HAS_SEGMENTER ? high : [...text].length);
  });

  it('finds the words of a Thai sentence through the platform word breaker', () => {
    if (!HAS_SEGMENTER) return;
    // สะพาน (bridge) and วิศวกร (engineer) are one word each, whatever their length in letters.
    expect(countWords('สะพาน')).toBe(1);
    expect(countWords('วิศวกร')).toBe(1);
    expect(countWords('สะพานวิศวกร')).toBe(2);
  });

  it.each([
    ['en', 'The council closed the bridge. Engineers had warned for years. Buses take a longer route.'],
    ['th', 'สภาเมืองปิดสะพานเก่า วิศวกรเตือนมาหลายปีแล้ว รถเมล์ต้องใช้เส้นทางที่ยาวขึ้น'],
    ['ko', '시의회는 오래된 다리를 폐쇄했다. 기술자들은 수년간 경고했다. 버스는 더 먼 길로 다닌다.'],
    ['zh', '市议会关闭了旧桥。工程师们多年来一直发出警告。公交车改走更远的路线。'],
    ['ja', '市議会は古い橋を閉鎖した。技術者は何年も警告していた。バスは遠回りして走る。'],
  ])('%s: the article and its whole-text summary count the same, so nothing is "saved"', (_, text) => {
    const loaded = articleFromText(text);
    if (!loaded.ok) throw new Error('no article');
    const { article } = loaded;
    expect(article.wordCount).toBe(countWords(text));
    const all = { sentences: [{ index: 0, paragraph: 0, text }], totalSentences: 1 };
    const view = describeSummary(article, all);
    expect(view.wordCount).toBe(article.wordCount);
    expect(view.savedMinutes).toBe(0);
  });
});
