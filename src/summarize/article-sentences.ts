import { guessLanguage } from './guess-language';
import { splitSentences } from './split-sentences';
import type { SummaryInput } from './types';

const LANGUAGE_SAMPLE_CHARS = 3000;

/** An article cut into sentences, each with the paragraph it came from. */
export interface ArticleSentences {
  texts: string[];
  paragraphOf: number[];
  lang: string;
  title: string;
}

/** Splits each paragraph of any (even malformed) input into sentences, in document order. */
export function articleSentences(input: SummaryInput): ArticleSentences {
  const paragraphs: unknown[] = Array.isArray(input?.paragraphs) ? input.paragraphs : [];
  const title = typeof input?.title === 'string' ? input.title : '';
  const lang = guessLanguage(languageSample(paragraphs, title), input?.lang);
  const texts: string[] = [];
  const paragraphOf: number[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (typeof paragraph !== 'string') return;
    for (const sentence of splitSentences(paragraph, lang)) {
      texts.push(sentence);
      paragraphOf.push(p);
    }
  });
  return { texts, paragraphOf, lang, title };
}

// Enough text to guess the language from, without joining a whole long article.
function languageSample(paragraphs: readonly unknown[], title: string): string {
  let sample = title;
  for (const paragraph of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    if (typeof paragraph === 'string') sample += `\n${paragraph.slice(0, LANGUAGE_SAMPLE_CHARS)}`;
  }
  return sample;
}
