import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/summarize/index';
import { isCaption, prepareSentenceSplitter } from '../../../src/summarize/split-sentences';

describe('splitSentences', () => {
  test.each([
    [
      'titles',
      'Mr. Smith went to Washington. He met Dr. Jones there.',
      ['Mr. Smith went to Washington.', 'He met Dr. Jones there.'],
    ],
    ['acronym mid-sentence', 'The U.S. Army said so. It agreed.', ['The U.S. Army said so.', 'It agreed.']],
    ['acronym at the end', 'He lives in the U.S. He is happy.', ['He lives in the U.S.', 'He is happy.']],
    ['e.g. and i.e.', 'Fruit, e.g. Apples, is sold. Fine.', ['Fruit, e.g. Apples, is sold.', 'Fine.']],
    ['decimals', 'It rose 3.5 percent. Then it fell.', ['It rose 3.5 percent.', 'Then it fell.']],
    ['initials', 'J. R. R. Tolkien wrote it. Fine.', ['J. R. R. Tolkien wrote it.', 'Fine.']],
    ['closing quote after the period', 'He said "No way." Then he left.', ['He said "No way."', 'Then he left.']],
    ['curly quotes', '“It is done.” She left.', ['“It is done.”', 'She left.']],
    ['question inside a quote', '"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
    ['p.m. before a name', 'It was 5 p.m. Friday when it happened.', ['It was 5 p.m. Friday when it happened.']],
    // ICU never breaks before a lower-case letter: right for "mr. smith", blind to all-lower-case text.
    ['lower-cased title', 'mr. smith said so.', ['mr. smith said so.']],
    ['one sentence, no segmenter', 'a plain line without a full stop', ['a plain line without a full stop']],
    ['German', 'Das ist z.B. gut. Herr Dr. Müller kam.', ['Das ist z.B. gut.', 'Herr Dr. Müller kam.']],
    ['Chinese', '我爱北京。天安门很大！你好吗？', ['我爱北京。', '天安门很大！', '你好吗？']],
    // A caption or a credit glued to the sentence before, with no space after its full stop.
    [
      'glued caption, English',
      "Officials said it isn't easy.Kathrin Ziegler/Getty The plan was approved.",
      ["Officials said it isn't easy.", 'Kathrin Ziegler/Getty', 'The plan was approved.'],
    ],
    [
      'glued caption, German',
      'Die Brücke ist fertig.Foto: Markus Scholz/dpa Der Bau dauerte drei Jahre.',
      ['Die Brücke ist fertig.', 'Foto: Markus Scholz/dpa Der Bau dauerte drei Jahre.'],
    ],
    [
      'glued sentence, Spanish',
      'El plan fue aprobado.La ministra lo celebró.',
      ['El plan fue aprobado.', 'La ministra lo celebró.'],
    ],
    ['glued sentence, Russian', 'Станция открылась.Жители довольны.', ['Станция открылась.', 'Жители довольны.']],
    ['no cut inside U.S.Army', 'The U.S.Army said so.', ['The U.S.Army said so.']],
    ['no cut inside a domain name', 'Visit example.com today.', ['Visit example.com today.']],
    // A closing quote stays with its sentence, however it is spaced.
    ['closing quote, glued', "“We're on it.”The mayor said so.", ["“We're on it.”", 'The mayor said so.']],
    [
      'closing quote after a space',
      "He said: “We're on it. ” The mayor left.",
      ["He said: “We're on it. ”", 'The mayor left.'],
    ],
    ['German quotes', '„Wir sind dran.“ Der Bürgermeister ging.', ['„Wir sind dran.“', 'Der Bürgermeister ging.']],
    ['French guillemets', "« On s'en occupe. » Le maire est parti.", ["« On s'en occupe. »", 'Le maire est parti.']],
    [
      'Italian guillemets',
      '«Ci stiamo lavorando.» Il sindaco è partito.',
      ['«Ci stiamo lavorando.»', 'Il sindaco è partito.'],
    ],
    ['empty', '', []],
    ['whitespace', '  \n\t ', []],
    ['punctuation only', '...', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  // A caption or credit run into the text with no punctuation: a capitalised article, determiner,
  // subject pronoun or clause-opening conjunction, with a lower-case word after it, starts a sentence;
  // names and titles don't.
  test.each([
    [
      'caption and credit, English',
      'en',
      'Police arrived at the scene on Monday night Reuters The suspect was arrested later.',
      ['Police arrived at the scene on Monday night Reuters', 'The suspect was arrested later.'],
    ],
    [
      'a pronoun after a credit, English',
      'en',
      'Crowds gathered outside the court Getty Images They waited for hours in the rain.',
      ['Crowds gathered outside the court Getty Images', 'They waited for hours in the rain.'],
    ],
    [
      'caption and credit, French',
      'fr',
      'Les pompiers sur place AFP La police a ouvert une enquête.',
      ['Les pompiers sur place AFP', 'La police a ouvert une enquête.'],
    ],
    [
      'caption and credit, German (a pronoun)',
      'de',
      'Der Bürgermeister vor dem Rathaus dpa Er sagte, der Bau sei fertig.',
      ['Der Bürgermeister vor dem Rathaus dpa', 'Er sagte, der Bau sei fertig.'],
    ],
    [
      'caption and credit, Spanish',
      'es',
      'Los bomberos en el lugar EFE El fuego quemó tres casas.',
      ['Los bomberos en el lugar EFE', 'El fuego quemó tres casas.'],
    ],
    [
      'a conjunction after a credit, English',
      'en',
      'Officials inspect the damaged bridge AP Photo But the road stayed open all week.',
      ['Officials inspect the damaged bridge AP Photo', 'But the road stayed open all week.'],
    ],
    [
      'a sentence adverb and its comma after a credit, English',
      'en',
      'Fans outside the stadium Getty Images However, the match went ahead as planned.',
      ['Fans outside the stadium Getty Images', 'However, the match went ahead as planned.'],
    ],
    [
      'a conjunction after a credit, Italian',
      'it',
      'I soccorritori sul posto ANSA Ma la strada è rimasta chiusa fino a sera.',
      ['I soccorritori sul posto ANSA', 'Ma la strada è rimasta chiusa fino a sera.'],
    ],
    [
      'a conjunction after a credit, Dutch',
      'nl',
      'Brandweerlieden bij het pand ANP Maar het vuur was al snel onder controle.',
      ['Brandweerlieden bij het pand ANP', 'Maar het vuur was al snel onder controle.'],
    ],
    [
      'a name after a credit, English',
      'en',
      'Crowds gathered outside the court Getty Images Obama said the plan would go ahead.',
      ['Crowds gathered outside the court Getty Images', 'Obama said the plan would go ahead.'],
    ],
    [
      'a credit in its "Name/Agency" form, glued to a full stop',
      'en',
      "The road to retiring early isn't easy.Kathrin Ziegler/Getty Many savers start too late.",
      ["The road to retiring early isn't easy.", 'Kathrin Ziegler/Getty', 'Many savers start too late.'],
    ],
    [
      'a name after a credit, German',
      'de',
      'Der Bürgermeister vor dem Rathaus dpa Olaf Scholz kam erst am Abend dazu.',
      ['Der Bürgermeister vor dem Rathaus dpa', 'Olaf Scholz kam erst am Abend dazu.'],
    ],
    [
      'a name after a credit, Spanish',
      'es',
      'Los bomberos junto al río EFE Carlos Pérez dijo que el agua bajó por la noche.',
      ['Los bomberos junto al río EFE', 'Carlos Pérez dijo que el agua bajó por la noche.'],
    ],
    ['an agency named in a sentence', 'en', 'The official Xinhua News Agency said the arrests were made.', null],
    ['an agency and its channel', 'en', 'He told Reuters Television that the talks were over.', null],
    ['initials that are no credit', 'en', 'Runner-up AP McCoy and the rider Jonathan Rea came third.', null],
    ['an agency that is no credit alone', 'en', 'The EPA Administrator said the rule would stay in place.', null],
    ['German "ohne Wenn und Aber", nouns', 'de', 'Die Stadt will den Plan ohne Wenn und Aber umsetzen.', null],
    ['a title ending in "On"', 'en', 'Their song Hold On is still played on the radio.', null],
    ['a title ending in "If"', 'en', 'The series What If was renewed for a third season.', null],
    ['a name after "The"', 'en', 'He told The Associated Press that the plan would go ahead.', null],
    ['a name that is a verb', 'en', 'Prime Minister Theresa May said the talks would go on next week.', null],
    ['a title ending in "Up"', 'en', "Akon's Locked Up is at number five this week.", null],
    ['a title ending in "It"', 'en', 'The show Faking It and the comedy duo won awards.', null],
    ['"I" mid-sentence', 'en', 'The report said that I think nothing of it at all.', null],
    ['German "Sie" mid-sentence', 'de', 'Wie Sie sehen können, ist das Wetter heute schön.', null],
    ['too little after it', 'en', 'It came from the south They said', null],
  ])('%s', (_name, lang, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected ?? [text]);
  });

  test('a long run of text with a lost full stop every fourteen words is cut at each of them', () => {
    const part = 'Some words here and more words there The plan went on and on without end';
    const text = Array.from({ length: 3000 }, () => part).join(' ');
    const sentences = splitSentences(text, 'en');
    expect(sentences).toHaveLength(3001);
    expect(sentences[1]).toBe('The plan went on and on without end Some words here and more words there');
    expect(sentences.join(' ')).toBe(text);
  });

  // Run-on text of more than 60 words with no full stop: cut at the best boundary near the middle.
  const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
  test.each([
    ['a semicolon', `${words(35, 'alpha')}; ${words(35, 'beta')}`, [`${words(35, 'alpha')};`, words(35, 'beta')]],
    ['a spaced dash', `${words(40, 'gamma')} – ${words(30, 'delta')}`, [`${words(40, 'gamma')} –`, words(30, 'delta')]],
    [
      'a lost full stop before a capital (German)',
      `${words(40, 'wort')} Der ${words(30, 'satz')}`,
      [words(40, 'wort'), `Der ${words(30, 'satz')}`],
    ],
    [
      'a comma, nearest the middle (French)',
      `${words(12, 'mot')}, ${words(30, 'mot')}, ${words(30, 'mot')}`,
      [`${words(12, 'mot')}, ${words(30, 'mot')},`, words(30, 'mot')],
    ],
  ])('a run-on sentence is cut at %s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
    // Every part is the text's own words, in order.
    expect(splitSentences(text).join(' ').replace(/\s+/gu, ' ')).toBe(text.replace(/\s+/gu, ' '));
  });

  test('a long run-on with commas is cut until no part is over 60 words', () => {
    const text = Array.from({ length: 40 }, (_, i) => words(15, `w${i}`)).join(', ');
    const parts = splitSentences(text);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(part.split(' ').length).toBeLessThanOrEqual(60);
    expect(parts.join(' ')).toBe(text);
  });

  test('a long sentence with no place to cut stays whole', () => {
    const text = words(90, 'unbroken');
    expect(splitSentences(text)).toEqual([text]);
  });

  test('60 words or fewer are never cut', () => {
    const text = `${words(30, 'alpha')}; ${words(30, 'beta')}`;
    expect(splitSentences(text)).toEqual([text]);
  });

  test('returns pieces of the input only', () => {
    const text = 'One. Two! Three? Four.';
    for (const sentence of splitSentences(text)) expect(text).toContain(sentence);
  });

  test('a splitter prepared ahead is the one a later split uses: nothing is built then', () => {
    // Tags no other test uses, so neither splitter is built yet.
    prepareSentenceSplitter('fr-CA-x-prepared');
    const platform = Intl.Segmenter;
    let built = 0;
    const counted = class extends platform {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        built++;
      }
    };
    Object.assign(Intl, { Segmenter: counted });
    try {
      expect(splitSentences('Il pleut. On reste.', 'fr-CA-x-prepared')).toEqual(['Il pleut.', 'On reste.']);
      expect(built).toBe(0);
      splitSentences('Il pleut. On reste.', 'fr-CA-x-unprepared');
      expect(built).toBe(1);
    } finally {
      Object.assign(Intl, { Segmenter: platform });
    }
  });

  test.each([
    ['Crowds gathered outside the court Getty Images', true],
    ['Kathrin Ziegler/Getty', true],
    ['Smoke over the city AFP/Getty', true],
    ['Der Bürgermeister vor dem Rathaus dpa', true],
    ['Crowds gathered outside the court, the police said.', false],
    ['He spoke to Reuters.', false],
    ['The grants came from Bloomberg', false],
    ['', false],
  ])('isCaption(%j) is %s', (piece, expected) => {
    expect(isCaption(piece)).toBe(expected);
  });
});
