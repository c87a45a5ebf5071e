import { describe, expect, it, vi } from 'vitest';
import type { InPageSummary } from '../../../src/protocol';
import { summarizeSelection } from '../../../src/background/summarize-selection';
import { generatedParagraphs } from '../summarize/generated-paragraphs';

function fakeTab() {
  return { inject: vi.fn(async () => {}), show: vi.fn(async (_: InPageSummary) => ({ shown: true })) };
}

describe('summarizeSelection', () => {
  it.each([
    // words selected, length, sentences shown (the selection has words / 20)
    [300, 'short', 3],
    [300, 'long', 7],
    [3000, 'medium', 8],
    [3000, 'long', 15],
  ] as const)('%i words at %s: %i sentences, by the length rule', async (words, length, count) => {
    const tab = fakeTab();
    const text = generatedParagraphs(words).join('\n\n');
    expect(await summarizeSelection(text, length, 'system', tab)).toBe(true);
    const box = tab.show.mock.calls[0]![0];
    expect(box.sentences).toHaveLength(count);
    expect(box.placement).toBe('selection');
    for (const sentence of box.sentences) expect(text).toContain(sentence);
  });

  it('an empty selection shows nothing', async () => {
    const tab = fakeTab();
    expect(await summarizeSelection('   ', 'medium', 'system', tab)).toBe(false);
    expect(tab.inject).not.toHaveBeenCalled();
  });
});
