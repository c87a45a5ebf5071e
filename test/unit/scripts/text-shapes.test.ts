import { describe, expect, test } from 'vitest';
import { runOn, sentenceCased, withCaptions, wrapped } from '../../../scripts/lib/text-shapes';

const ARTICLE = {
  id: 'a1',
  text: 'the mayor opened the new bridge on monday morning .\n"it took three years," she said .\n(cnn) -- crowds came to watch the first cars cross the river .\nthe old bridge will close next week for good .',
  summary: 'the mayor opened the bridge .',
};

describe('text shapes', () => {
  test('sentenceCased capitalises each line, after any opening quote or bracket, and nothing else', () => {
    expect(sentenceCased(ARTICLE).text.split('\n')).toEqual([
      'The mayor opened the new bridge on monday morning .',
      '"It took three years," she said .',
      '(Cnn) -- crowds came to watch the first cars cross the river .',
      'The old bridge will close next week for good .',
    ]);
    expect(sentenceCased(ARTICLE).summary).toBe(ARTICLE.summary);
  });

  test('runOn joins the lines into one paragraph, keeping every word', () => {
    const text = runOn(sentenceCased(ARTICLE)).text;
    expect(text).not.toContain('\n');
    expect(text.split(' ')).toEqual(sentenceCased(ARTICLE).text.split(/\s+/u));
  });

  test('withCaptions is deterministic and adds captions to the run of text', () => {
    const once = withCaptions(sentenceCased(ARTICLE)).text;
    expect(withCaptions(sentenceCased(ARTICLE)).text).toBe(once);
    expect(once.length).toBeGreaterThan(runOn(sentenceCased(ARTICLE)).text.length);
  });

  test('wrapped fills every word into lines no wider than asked, with no blank line', () => {
    const text = wrapped(sentenceCased(ARTICLE), 20).text;
    const lines = text.split('\n');
    expect(lines.every((line) => line.length <= 20 || !line.includes(' '))).toBe(true);
    expect(text).not.toMatch(/\n\s*\n/u);
    expect(text.split(/\s+/u)).toEqual(sentenceCased(ARTICLE).text.split(/\s+/u));
  });
});
