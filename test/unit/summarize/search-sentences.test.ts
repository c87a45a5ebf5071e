import { describe, expect, test } from 'vitest';
import { articleSentences } from '../../../src/summarize/article-sentences';
import { indexSentences, searchSentences, type SummaryInput } from '../../../src/summarize/index';

// Short made-up news stories, one paragraph per string.
const ARTICLES: Record<string, SummaryInput> = {
  budget: {
    lang: 'en',
    paragraphs: [
      'The finance minister presented the budget to parliament on Tuesday. The minister spoke for two hours.',
      'She said fuel taxes would rise next year to pay for new railways. Opposition leaders called the plan unfair.',
      'The minister also promised more money for schools. Teachers welcomed the news.',
      'The election is due in the spring. Polls show a close race between the two parties.',
    ],
  },
  // The park sentences match "park" alike; only the second's paragraph also speaks of the council.
  park: {
    lang: 'en',
    paragraphs: [
      'Residents gathered in the square on Sunday. Some wanted a new park.',
      'The council met on Monday. It approved the new park.',
    ],
  },
  // One sentence says the rare "tax" three times; another says "tax" once, and the common "minister".
  coverage: {
    lang: 'en',
    paragraphs: [
      'Tax, tax and more tax.',
      'The minister defended the tax plan.',
      'The minister arrived late. Reporters asked the minister about the delay.',
      'The minister smiled. The minister left before midnight.',
      'The debate lasted until midnight. Few people watched it on television.',
    ],
  },
  // The answer says "said", a stop word; another sentence says "say".
  mayor: {
    lang: 'en',
    paragraphs: ['Critics say otherwise.', 'The mayor said the bridge would open in May.'],
  },
  de: {
    paragraphs: [
      'Die Stadt Hamburg baut eine neue Brücke über die Elbe. Die Brücke soll im Jahr 2030 fertig sein.',
      'Der Bürgermeister sagte, die Brücke werde den Verkehr im Hafen entlasten. Die Kosten liegen bei 800 Millionen Euro.',
      'Kritiker halten die Kosten der Brücke für zu hoch. Sie fordern mehr Geld für Busse und Bahnen.',
    ],
  },
  fr: {
    paragraphs: [
      'La ville de Lyon a ouvert une nouvelle ligne de tramway. La ligne relie la gare au nouvel hôpital.',
      "Le maire a déclaré que le tramway réduira la circulation. Le projet a coûté 200 millions d'euros.",
      'Les habitants du quartier attendaient cette ligne depuis dix ans. Certains craignent le bruit du tramway.',
      'La ligne transportera 40 000 voyageurs par jour.',
    ],
  },
  ru: {
    paragraphs: [
      'В Москве открылась новая станция метро. Станция соединяет две линии метро.',
      'Мэр города заявил, что новая станция сократит время в пути. Строительство станции заняло три года.',
      'Жители района давно ждали открытия станции. Раньше им приходилось ехать на автобусе.',
    ],
  },
  zh: {
    paragraphs: [
      '上海市政府宣布建设一座新的图书馆。新图书馆将在两年后开放。',
      '市长表示，新图书馆将收藏一百万本书。图书馆的建设费用约为十亿元。',
      '许多市民对新图书馆表示欢迎。也有人担心图书馆离市中心太远。',
    ],
  },
  ja: {
    paragraphs: [
      '東京都は新しい公園を作ると発表した。公園は来年の春に開園する予定だ。',
      '知事は、公園が市民の憩いの場になると述べた。公園の広さは東京ドーム三個分だ。',
      '近くの住民は公園の完成を楽しみにしている。一方で、工事の騒音を心配する声もある。',
    ],
  },
};

const INDICES = new Map(Object.entries(ARTICLES).map(([name, input]) => [name, indexSentences(input)]));
const search = (article: string, query: string, limit?: number) => searchSentences(INDICES.get(article)!, query, limit);

describe('searchSentences', () => {
  test.each([
    ['plural query finds the singular (stemmed)', 'budget', 'elections', 'The election is due in the spring.'],
    ['singular query finds the plural', 'budget', 'tax', 'She said fuel taxes would rise'],
    ['a question ranks the answer first', 'budget', 'What did the minister say about taxes?', 'She said fuel taxes'],
    ['two rarer words beat a common one', 'budget', 'minister schools', 'The minister also promised more money'],
    ['paragraph context breaks a tie', 'park', 'council park', 'The council met on Monday.'],
    ['multi-term coverage beats one repeated term', 'coverage', 'minister tax', 'The minister defended the tax plan.'],
    ['the question\'s "say" finds no other saying', 'mayor', 'What did the mayor say?', 'The mayor said'],
    ['de: a question', 'de', 'Wann ist die Brücke fertig?', 'Die Brücke soll im Jahr 2030 fertig sein.'],
    ['de: an inflected word meets its prefix', 'de', 'Brücken Verkehr', 'Der Bürgermeister sagte'],
    ['fr: a question', 'fr', 'Combien de voyageurs par jour ?', 'La ligne transportera 40 000 voyageurs'],
    ['fr: plurals meet the singular', 'fr', 'les bruits des tramways', 'Certains craignent le bruit du tramway.'],
    ['ru: inflected words meet', 'ru', 'Сколько лет строили станцию?', 'Строительство станции заняло три года.'],
    ['ru: a case ending differs', 'ru', 'автобусом', 'Раньше им приходилось ехать на автобусе.'],
    ['zh: a question', 'zh', '图书馆的建设费用是多少？', '图书馆的建设费用约为十亿元。'],
    ['zh: a nearby place', 'zh', '离市中心远吗', '也有人担心图书馆离市中心太远。'],
    ['zh: a word the article cuts in two (市政府, 上海市|政府)', 'zh', '市政府', '上海市政府宣布建设'],
    ['ja: a question', 'ja', '公園の広さは？', '公園の広さは東京ドーム三個分だ。'],
    ['ja: a word inside a longer word (bigrams)', 'ja', 'ドーム', '公園の広さは東京ドーム三個分だ。'],
    ['ja: two words', 'ja', '工事の騒音', '一方で、工事の騒音を心配する声もある。'],
  ])('%s', (_name, article, query, best) => {
    const hits = search(article, query);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.text.startsWith(best)).toBe(true);
  });

  test('without the context word, the tie goes to document order', () => {
    expect(search('park', 'park').map((hit) => hit.text)).toEqual([
      'Some wanted a new park.',
      'It approved the new park.',
    ]);
    const [council, approved, wanted] = search('park', 'council park');
    expect([council?.index, approved?.index, wanted?.index]).toEqual([2, 3, 1]);
  });

  test('the repeated term alone still matches, below the sentence that holds both', () => {
    const texts = search('coverage', 'minister tax').map((hit) => hit.text);
    expect(texts.indexOf('Tax, tax and more tax.')).toBeGreaterThan(0);
  });

  test.each([
    ['budget', 'zebra crossing'],
    ['budget', 'the of and what about'],
    ['budget', '?!… — ,.'],
    ['budget', ''],
    ['de', 'und der die das'],
    ['fr', 'le la les des'],
    ['zh', '的了是'],
    ['zh', '飞机'],
    ['fr', '2000'],
    ['ja', 'のにはを'],
  ])('%s: %j finds nothing', (article, query) => {
    expect(search(article, query)).toEqual([]);
  });

  test('hits are best first, scores positive, at most the limit', () => {
    const hits = search('budget', 'minister', 10);
    expect(hits.map((hit) => hit.index)).toEqual([1, 4, 0]);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    expect(hits.every((hit) => hit.score > 0)).toBe(true);
    expect(search('budget', 'minister', 2)).toEqual(hits.slice(0, 2));
    expect(search('budget', 'minister', 0)).toEqual([]);
    expect(search('budget', 'minister', Number.NaN)).toEqual(hits);
  });

  test('the same query gives the same hits, from a fresh index too', () => {
    const query = 'What did the minister say about taxes?';
    expect(searchSentences(indexSentences(ARTICLES.budget!), query)).toEqual(search('budget', query));
  });

  test('a query in full-width letters meets the article', () => {
    expect(search('budget', 'ＴＡＸＥＳ')[0]?.text).toMatch(/^She said fuel taxes/);
  });

  test.each(Object.keys(ARTICLES))('%s: sentences and indices are exactly articleSentences’', (name) => {
    const input = ARTICLES[name]!;
    const { texts, paragraphOf, lang } = articleSentences(input);
    const index = INDICES.get(name)!;
    expect(index.texts).toEqual(texts);
    expect(index.paragraphOf).toEqual(paragraphOf);
    expect(index.lang).toBe(lang);
  });

  test('a hit names its sentence and paragraph as articleSentences does, even past a malformed paragraph', () => {
    const input = {
      paragraphs: ['Officials met early.', 42, 'Rain fell on the city. The river rose by a metre.'],
    } as unknown as SummaryInput;
    const { texts, paragraphOf } = articleSentences(input);
    const [hit] = searchSentences(indexSentences(input), 'river');
    expect(hit).toEqual({ index: 2, paragraph: 2, text: 'The river rose by a metre.', score: hit?.score });
    expect(texts[hit!.index]).toBe(hit?.text);
    expect(paragraphOf[hit!.index]).toBe(hit?.paragraph);
  });

  test('an empty or malformed article finds nothing', () => {
    expect(searchSentences(indexSentences({ paragraphs: [] }), 'anything')).toEqual([]);
    expect(searchSentences(indexSentences({} as SummaryInput), 'anything')).toEqual([]);
  });
});
