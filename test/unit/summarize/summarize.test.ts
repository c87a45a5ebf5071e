import { describe, expect, test } from 'vitest';
import { LENGTH_SENTENCES, splitSentences, summarize } from '../../../src/summarize/index';

// Short made-up news stories, one paragraph per line.
const ARTICLES: Record<string, { script: RegExp; paragraphs: string[] }> = {
  de: {
    script: /[a-zäöüß]/i,
    paragraphs: [
      'Die Stadt Hamburg baut eine neue Brücke über die Elbe. Die Brücke soll im Jahr 2030 fertig sein.',
      'Der Bürgermeister sagte, die Brücke werde den Verkehr im Hafen entlasten. Die Kosten liegen bei 800 Millionen Euro.',
      'Kritiker halten die Kosten der Brücke für zu hoch. Sie fordern mehr Geld für Busse und Bahnen.',
      'Der Bau der Brücke beginnt im nächsten Frühjahr.',
    ],
  },
  fr: {
    script: /[a-zéèàç]/i,
    paragraphs: [
      'La ville de Lyon a ouvert une nouvelle ligne de tramway. La ligne relie la gare au nouvel hôpital.',
      "Le maire a déclaré que le tramway réduira la circulation. Le projet a coûté 200 millions d'euros.",
      'Les habitants du quartier attendaient cette ligne depuis dix ans. Certains craignent le bruit du tramway.',
      'La ligne transportera 40 000 voyageurs par jour.',
    ],
  },
  es: {
    script: /[a-zñáéíóú]/i,
    paragraphs: [
      'El gobierno de Chile anunció un plan para proteger los glaciares. El plan prohíbe la minería cerca de los glaciares.',
      'La ministra dijo que los glaciares son la reserva de agua del país. Las empresas mineras criticaron la decisión.',
      'Los científicos apoyan el plan para los glaciares. Según ellos, el hielo se derrite cada año más rápido.',
      'El congreso votará el plan en marzo.',
    ],
  },
  ru: {
    script: /[а-яё]/i,
    paragraphs: [
      'В Москве открылась новая станция метро. Станция соединяет две линии метро.',
      'Мэр города заявил, что новая станция сократит время в пути. Строительство станции заняло три года.',
      'Жители района давно ждали открытия станции. Раньше им приходилось ехать на автобусе.',
      'В следующем году откроются ещё две станции.',
    ],
  },
  ar: {
    script: /[\u0600-\u06ff]/,
    paragraphs: [
      'افتتحت مدينة دبي متحفا جديدا للعلوم. يضم المتحف أكثر من ألف قطعة نادرة.',
      'وقال مدير المتحف إن المتحف سيستقبل الطلاب مجانا. وتبلغ مساحة المتحف عشرة آلاف متر مربع.',
      'ويأمل المسؤولون أن يجذب المتحف السياح من كل العالم. وسيفتح المتحف أبوابه كل يوم.',
      'وقد استغرق بناء المتحف خمس سنوات.',
    ],
  },
  zh: {
    script: /[\u4e00-\u9fff]/,
    paragraphs: [
      '上海市政府宣布建设一座新的图书馆。新图书馆将在两年后开放。',
      '市长表示，新图书馆将收藏一百万本书。图书馆的建设费用约为十亿元。',
      '许多市民对新图书馆表示欢迎。也有人担心图书馆离市中心太远。',
      '图书馆还将提供免费的网络服务。',
    ],
  },
  ja: {
    script: /[\u3040-\u30ff\u4e00-\u9fff]/,
    paragraphs: [
      '東京都は新しい公園を作ると発表した。公園は来年の春に開園する予定だ。',
      '知事は、公園が市民の憩いの場になると述べた。公園の広さは東京ドーム三個分だ。',
      '近くの住民は公園の完成を楽しみにしている。一方で、工事の騒音を心配する声もある。',
      '公園には図書館も作られる。',
    ],
  },
};

describe('summarize', () => {
  test.each(Object.entries(ARTICLES))('%s: real sentences, in order, in the article language', (lang, article) => {
    for (const input of [{ paragraphs: article.paragraphs, lang }, { paragraphs: article.paragraphs }]) {
      const summary = summarize(input, { sentences: 3 });
      const all = article.paragraphs.flatMap((p) => splitSentences(p, lang));
      expect(summary.totalSentences).toBe(all.length);
      expect(summary.sentences).toHaveLength(3);
      const indices = summary.sentences.map((s) => s.index);
      expect(indices).toEqual([...indices].sort((a, b) => a - b));
      for (const s of summary.sentences) {
        expect(s.text).toBe(all[s.index]);
        expect(article.paragraphs[s.paragraph]).toContain(s.text);
        expect(s.text).toMatch(article.script);
      }
    }
  });

  test('never more than half of a short article, rounded up, at least one', () => {
    const sentences = (n: number): string[] =>
      Array.from({ length: n }, (_, i) => `Sentence number ${i} is about topic ${i % 3}.`);
    expect(summarize({ paragraphs: sentences(1) }, { sentences: 3 }).sentences).toHaveLength(1);
    expect(summarize({ paragraphs: sentences(3) }, { sentences: 3 }).sentences).toHaveLength(2);
    expect(summarize({ paragraphs: sentences(9) }, { sentences: LENGTH_SENTENCES.medium }).sentences).toHaveLength(5);
    expect(summarize({ paragraphs: sentences(30) }, { sentences: LENGTH_SENTENCES.long }).sentences).toHaveLength(7);
    expect(summarize({ paragraphs: [] }, { sentences: 3 })).toEqual({ sentences: [], totalSentences: 0 });
  });

  test('never picks two near-duplicate sentences', () => {
    const paragraphs = [
      'The central bank raised interest rates by half a point on Tuesday.',
      'The central bank raised interest rates by half a point on Tuesday.',
      'The central bank raised its interest rates by half a point on Tuesday.',
      'Shares fell in London after the decision.',
      'Economists had expected a smaller rise.',
      'The bank will meet again in March.',
    ];
    const texts = summarize({ paragraphs }, { sentences: 3 }).sentences.map((s) => s.text);
    expect(texts.filter((t) => t.includes('interest rates'))).toHaveLength(1);
  });

  // Position, not wording, must decide between sentences alike: the opening paragraphs are chosen.
  test('prefers the opening of a story to its close, between sentences alike', () => {
    const towns = 'Verona Padua Vicenza Treviso Rovigo Belluno Mantua Cremona Brescia Bergamo'.split(' ');
    const paragraphs = towns.map(
      (town, i) => `In ${town}, rescue teams moved ${(i + 2) * 100} people from homes flooded by the river.`,
    );
    const picked = summarize({ paragraphs }, { sentences: 3 }).sentences.map((s) => s.index);
    expect(picked).toHaveLength(3);
    expect(Math.max(...picked)).toBeLessThan(paragraphs.length / 2);
  });

  // Text pasted or scraped with its photo captions: each caption the splitter cuts out stays out.
  test('never picks a caption run into the text, whatever its words', () => {
    const story = [
      'The river burst its banks on Monday and flooded the old town of Ferrara.',
      'Rescue teams moved four hundred people from their homes during the night.',
      'The mayor said the water would stay for days and the schools would close.',
      'Engineers began to check the bridges on Tuesday morning.',
    ];
    // Each caption repeats the story's own words, as real captions do, so that only its shape tells it apart.
    const captions = ['Flooded streets of the old town of Ferrara Getty Images', 'Rescue teams in Ferrara AFP/Getty'];
    const text = `${story[0]} ${captions[0]} ${story[1]} ${story[2]}.${captions[1]} ${story[3]}`.replace('..', '.');
    const summary = summarize({ paragraphs: [text] }, { sentences: 3 });
    expect(summary.totalSentences).toBe(6);
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) expect(story).toContain(s.text);
    // Text that is nothing but a caption is still summarized: an empty summary would lose it.
    const caption = captions[0] as string;
    const alone = summarize({ paragraphs: [caption] }, { sentences: 1 });
    expect(alone.sentences.map((s) => s.text)).toEqual([caption]);
  });
});
