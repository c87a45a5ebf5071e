import { describe, expect, test } from 'vitest';
import { isBackPointing } from '../../../src/summarize/back-pointing';
import { summarize } from '../../../src/summarize/index';

describe('isBackPointing', () => {
  test.each([
    ['en', 'He said the bridge would open in May.', true],
    ['en', 'but the council voted against it.', true],
    ['en', '"They will not stop," the mayor said.', true],
    ['en', 'The two men were arrested on Friday.', true],
    ['en', 'However, the plan was dropped.', true],
    ['en', 'The council voted against the plan.', false],
    ['en', 'Heathrow reopened on Monday.', false],
    ['de', 'Sie fordern mehr Geld für Busse.', true],
    ['de', 'Außerdem soll die Brücke teurer werden.', true],
    ['de', 'Die Brücke soll 2030 fertig sein.', false],
    ['fr', "Cependant, le projet a coûté 200 millions d'euros.", true],
    ['fr', "C'est la troisième ligne de la ville.", true],
    ['fr', 'Par ailleurs, la gare sera rénovée.', true],
    ['fr', 'Le maire a déclaré que le tramway réduira la circulation.', false],
    ['es', 'Sin embargo, las empresas criticaron la decisión.', true],
    ['es', 'Ella dijo que el plan es urgente.', true],
    ['es', 'El congreso votará el plan en marzo.', false],
    ['it', 'Tuttavia il sindaco ha rinviato il voto.', true],
    ['it', 'Il sindaco ha rinviato il voto.', false],
    ['pt', 'No entanto, o governo recuou.', true],
    ['pt', 'O governo recuou.', false],
    ['ru', 'Однако строительство заняло три года.', true],
    ['ru', 'Кроме того, откроются две станции.', true],
    ['ru', 'Жители района давно ждали открытия станции.', false],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(isBackPointing(sentence, lang)).toBe(expected);
    // Lower-cased text (like some corpora) gives the same answer.
    expect(isBackPointing(sentence.toLowerCase(), lang)).toBe(expected);
  });

  test.each(['xx', 'constructor', '__proto__', ''])("a language without a list (%j) is read with English's", (lang) => {
    expect(isBackPointing('However, the plan was dropped.', lang)).toBe(true);
    expect(isBackPointing('The council voted against the plan.', lang)).toBe(false);
  });
});

// A story whose most central sentences open with a pronoun or a connective.
const STORIES: Record<string, string[]> = {
  en: [
    'Officials in Springfield opened a new bridge over the river on Monday.',
    'The mayor of Springfield praised the bridge and the river crossing for the city.',
    'Traffic on the old river crossing had grown for years.',
    'It will carry the city traffic over the river bridge for the next hundred years, the mayor said of the new bridge.',
    'But the bridge over the river cost the city twice what the mayor of the city had promised for the bridge.',
    'Local shops expect more visitors.',
  ],
  de: [
    'Die Stadt Hamburg hat am Montag eine neue Brücke über die Elbe eröffnet.',
    'Der Bürgermeister lobte die Brücke über die Elbe als Gewinn für die Stadt.',
    'Der Verkehr über die alte Elbbrücke war seit Jahren gewachsen.',
    'Sie soll den Verkehr der Stadt über die Elbe hundert Jahre lang tragen, sagte der Bürgermeister über die Brücke.',
    'Aber die Brücke über die Elbe kostete die Stadt doppelt so viel, wie der Bürgermeister der Stadt versprochen hatte.',
    'Die Geschäfte erwarten mehr Besucher.',
  ],
  fr: [
    'La ville de Lyon a ouvert lundi un nouveau pont sur le Rhône.',
    'Le maire de Lyon a salué le pont sur le Rhône comme une chance pour la ville.',
    'La circulation sur le vieux pont du Rhône augmentait depuis des années.',
    'Il portera la circulation de la ville sur le Rhône pendant cent ans, a dit le maire du nouveau pont de la ville.',
    'Mais le pont sur le Rhône a coûté à la ville deux fois ce que le maire de la ville avait promis pour le pont.',
    'Les commerçants attendent plus de visiteurs.',
  ],
};

describe('summaries never leave a back-pointing sentence without the sentence before it', () => {
  test.each(Object.entries(STORIES))('%s', (lang, sentences) => {
    for (const k of [1, 2, 3]) {
      const summary = summarize({ paragraphs: sentences, lang }, { sentences: k }).sentences;
      expect(summary.length).toBeGreaterThan(0);
      const indices = new Set(summary.map((s) => s.index));
      // The first summary sentence is never one of them; the others have their antecedent.
      expect(isBackPointing(summary[0]?.text ?? '', lang) && (summary[0]?.index ?? 0) > 0).toBe(false);
      for (const s of summary)
        if (s.index > 0 && isBackPointing(s.text, lang)) expect(indices.has(s.index - 1)).toBe(true);
      expect(summary.map((s) => s.text)).toEqual(summary.map((s) => sentences[s.index]));
    }
  });
});
