import { describe, expect, test } from 'vitest';
import {
  END_CHARS,
  END_WORDS,
  START_CHARS,
  START_WORDS,
  textFragmentUrl,
} from '../../../../src/ui/popup/text-fragment';

const URL = 'https://news.example/story';

/** The text directive's values, percent-decoded: `[start]` or `[start, end]`. */
function directive(link: string): string[] {
  const at = link.indexOf(':~:text=');
  if (at < 0) throw new Error(`no text directive in ${link}`);
  return link
    .slice(at + ':~:text='.length)
    .split(',')
    .map(decodeURIComponent);
}

/** The word-like segments of `text`, as the browser's ICU word breaker finds them. */
function words(text: string, lang?: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return Array.from(segmenter.segment(text))
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}

/** The offsets where a word boundary falls in `text`. */
function boundaries(text: string, lang?: string): Set<number> {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return new Set([...Array.from(segmenter.segment(text)).map((s) => s.index), text.length]);
}

describe('textFragmentUrl: a short sentence goes whole, percent-encoded', () => {
  test.each([
    ['straight quotes', 'He said "no" twice.', 'He%20said%20%22no%22%20twice.'],
    ['curly quotes', '“It’s not over,” she said.', '%E2%80%9CIt%E2%80%99s%20not%20over%2C%E2%80%9D%20she%20said.'],
    ['a hyphen', 'A well-known face.', 'A%20well%2Dknown%20face.'],
    ['en and em dashes', '2019–2021 — a survey.', '2019%E2%80%932021%20%E2%80%94%20a%20survey.'],
    ['a leading hyphen', '-5 degrees at dawn.', '%2D5%20degrees%20at%20dawn.'],
    ['commas', 'Red, white, and blue.', 'Red%2C%20white%2C%20and%20blue.'],
    ['ampersands', 'Smith & Sons & Co. signed.', 'Smith%20%26%20Sons%20%26%20Co.%20signed.'],
    ['#, % and ?', 'Is #1 up 100%?', 'Is%20%231%20up%20100%25%3F'],
    ['what a fragment may hold', "(It's) a*b_c~d!", "(It's)%20a*b_c~d!"],
    [
      'Russian',
      'Мост откроется в мае.',
      '%D0%9C%D0%BE%D1%81%D1%82%20%D0%BE%D1%82%D0%BA%D1%80%D0%BE%D0%B5%D1%82%D1%81%D1%8F%20%D0%B2%20%D0%BC%D0%B0%D0%B5.',
    ],
    [
      'Arabic',
      'سيفتح الجسر في مايو.',
      '%D8%B3%D9%8A%D9%81%D8%AA%D8%AD%20%D8%A7%D9%84%D8%AC%D8%B3%D8%B1%20%D9%81%D9%8A%20%D9%85%D8%A7%D9%8A%D9%88.',
    ],
    [
      'Japanese',
      '新しい橋は五月に開通する。',
      '%E6%96%B0%E3%81%97%E3%81%84%E6%A9%8B%E3%81%AF%E4%BA%94%E6%9C%88%E3%81%AB%E9%96%8B%E9%80%9A%E3%81%99%E3%82%8B%E3%80%82',
    ],
    [
      'Chinese',
      '新桥将在五月通车。',
      '%E6%96%B0%E6%A1%A5%E5%B0%86%E5%9C%A8%E4%BA%94%E6%9C%88%E9%80%9A%E8%BD%A6%E3%80%82',
    ],
  ])('%s', (_, sentence, value) => {
    const link = textFragmentUrl(URL, sentence);
    expect(link).toBe(`${URL}#:~:text=${value}`);
    expect(directive(link)).toEqual([sentence]);
  });

  test('leaves no character a text directive reserves or a fragment cannot hold', () => {
    const link = textFragmentUrl(URL, 'A-b, c & d #e %f "g" <h> `i` {j} |k| ^l^ \\m [n]');
    const value = link.slice(link.indexOf(':~:text=') + ':~:text='.length);
    expect(value).toMatch(/^[A-Za-z0-9%._~!$'()*+;=:@/?]+$/);
    expect(value).not.toMatch(/[-,&]/);
  });

  test('collapses whitespace and trims both ends', () => {
    expect(textFragmentUrl(URL, '  Farmers  were\n\trelieved. \n')).toBe(`${URL}#:~:text=Farmers%20were%20relieved.`);
  });
});

describe('textFragmentUrl: the URL around the directive', () => {
  test.each([
    ['no fragment', URL, `${URL}#:~:text=Rain%20fell.`],
    ['a query', `${URL}?id=7&ref=home`, `${URL}?id=7&ref=home#:~:text=Rain%20fell.`],
    ['the page’s own fragment', `${URL}#section-2`, `${URL}#section-2:~:text=Rain%20fell.`],
    ['an empty fragment', `${URL}#`, `${URL}#:~:text=Rain%20fell.`],
    ['a query and a fragment', `${URL}?a=1#top`, `${URL}?a=1#top:~:text=Rain%20fell.`],
    ['a directive already', `${URL}#:~:text=Old%20news`, `${URL}#:~:text=Rain%20fell.`],
    ['a fragment and a directive', `${URL}#top:~:text=Old&text=Older`, `${URL}#top:~:text=Rain%20fell.`],
    ['an upper-case scheme', 'HTTPS://news.example/a', 'HTTPS://news.example/a#:~:text=Rain%20fell.'],
    ['plain http', 'http://127.0.0.1:8080/a', 'http://127.0.0.1:8080/a#:~:text=Rain%20fell.'],
  ])('%s', (_, url, expected) => {
    expect(textFragmentUrl(url, 'Rain fell.')).toBe(expected);
  });

  test.each([
    'file:///home/me/story.html',
    'chrome-extension://abcdef/popup.html',
    'about:blank',
    'data:text/html,<p>Rain fell.</p>',
    'news.example/story',
    '',
  ])('leaves %o as it is', (url) => {
    expect(textFragmentUrl(url, 'Rain fell.')).toBe(url);
  });

  test.each(['', '   ', '\n\t'])('leaves the URL as it is for the empty sentence %o', (sentence) => {
    expect(textFragmentUrl(`${URL}#top`, sentence)).toBe(`${URL}#top`);
  });

  test('leaves the URL as it is for text no URL can encode (a lone surrogate)', () => {
    expect(textFragmentUrl(URL, 'Broken \uD800 text.')).toBe(URL);
  });
});

describe('textFragmentUrl: a long sentence is named by its first and last words', () => {
  const long =
    'The council said on Tuesday that the new bridge — long delayed by “cost overruns”, floods and a lawsuit — would open in May.';

  test('English: six words and at least 30 characters, then four and at least 20', () => {
    expect(textFragmentUrl(URL, long)).toBe(
      `${URL}#:~:text=The%20council%20said%20on%20Tuesday%20that,lawsuit%20%E2%80%94%20would%20open%20in%20May.`,
    );
  });

  test.each([
    ['en', long],
    [
      'ru',
      'Правительство объявило во вторник, что новый мост — долгожданный, дорогой и спорный — откроется в мае, как и планировалось.',
    ],
    [
      'ar',
      'أعلنت الحكومة يوم الثلاثاء أن الجسر الجديد، الذي تأخر طويلاً بسبب الفيضانات والدعاوى القضائية، سيفتح أخيراً في شهر مايو.',
    ],
    [
      'ja',
      '姉妹都市の市長は、長年遅れていた新しい橋が洪水や訴訟を乗り越えて、ようやく五月に正式に開通すると、火曜日の記者会見で発表しました。',
    ],
    [
      'zh',
      '政府周二宣布，这座因洪水和诉讼而长期延误的新桥终于将在五月通车，市民们对此感到非常高兴，商店也准备了庆祝活动。',
    ],
    ['th', 'รัฐบาลประกาศเมื่อวันอังคารว่าสะพานใหม่ที่ล่าช้ามานานจะเปิดใช้งานในเดือนพฤษภาคมนี้อย่างแน่นอน'],
  ])('%s: cut on word boundaries, long enough at each end, with text between', (lang, sentence) => {
    const parts = directive(textFragmentUrl(URL, sentence, lang));
    expect(parts).toHaveLength(2);
    const [start, end] = parts as [string, string];
    expect(sentence.startsWith(start)).toBe(true);
    expect(sentence.endsWith(end)).toBe(true);
    expect(start.length + end.length).toBeLessThan(sentence.length);
    const cuts = boundaries(sentence, lang);
    expect(cuts.has(start.length), `"${start}" ends on a word boundary`).toBe(true);
    expect(cuts.has(sentence.length - end.length), `"${end}" starts on a word boundary`).toBe(true);
    expect(words(start, lang).length).toBeGreaterThanOrEqual(START_WORDS);
    expect(words(end, lang).length).toBeGreaterThanOrEqual(END_WORDS);
    expect(start.length).toBeGreaterThanOrEqual(START_CHARS);
    expect(end.length).toBeGreaterThanOrEqual(END_CHARS);
  });

  test.each([
    ['twelve words', 'en', 'One two three four five six seven eight nine ten eleven twelve.'],
    ['fourteen words in fewer characters than its two ends want', 'en', 'A b c d e f g h i j k l m n.'],
    [
      'a Japanese sentence of 52 characters',
      'ja',
      '政府は火曜日、長年遅れていた新しい橋が、洪水や訴訟を乗り越えて、ようやく五月に開通すると発表しました。',
    ],
  ])('%s: goes whole', (_, lang, sentence) => {
    expect(directive(textFragmentUrl(URL, sentence, lang))).toEqual([sentence]);
  });

  test('thirteen words: cut (the start takes a seventh word to reach 30 characters)', () => {
    const sentence = 'One two three four five six seven eight nine ten eleven twelve thirteen.';
    expect(directive(textFragmentUrl(URL, sentence))).toEqual([
      'One two three four five six seven',
      'ten eleven twelve thirteen.',
    ]);
  });

  test.each([null, undefined, '', 'english', 'en_US', 'x-nonsense-tag-!!'])(
    'any lang (%o) segments as well as none',
    (lang) => {
      expect(textFragmentUrl(URL, long, lang)).toBe(textFragmentUrl(URL, long));
    },
  );
});
