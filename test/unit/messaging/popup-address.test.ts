import { describe, expect, test } from 'vitest';
import { isSameView, popupAddress, readKeptView, type KeptView } from '../../../src/popup-address';
import type { SummaryView } from '../../../src/protocol';

function view(sentences: string[], extra: Partial<SummaryView> = {}): SummaryView {
  return {
    title: 'Harbour “bridge” reopens — 100% rebuilt',
    url: 'https://news.example/a?x=1#top',
    byline: 'Ana Ruiz',
    siteName: 'News',
    publishedTime: '2026-03-05T10:00:00Z',
    publishedDate: 'Mar 5, 2026',
    lang: 'en',
    wordCount: 420,
    readingMinutes: 2,
    summarySeconds: 20,
    savedMinutes: 2,
    sentences: sentences.map((text, i) => ({ index: i * 2, paragraph: i, text })),
    totalSentences: 12,
    isLowConfidence: false,
    isTruncated: false,
    isCached: false,
    ...extra,
  };
}

/** What a popup opened at `address` finds in `location.hash`. */
const hashOf = (address: string) => new URL(address, 'chrome-extension://precis/').hash;

describe('popupAddress', () => {
  test('names the tab, and holds nothing when there is nothing to keep', () => {
    expect(popupAddress(42)).toBe('popup.html?tab=42');
    expect(readKeptView(hashOf(popupAddress(42)))).toBeUndefined();
  });

  test('keeps a summary whole, whatever its text holds', () => {
    const kept: KeptView = {
      view: view([
        'The span, closed since 2024, reopened on Friday #1.',
        'Tolls rise 5% & more: "We\'re on it," the board said.',
        '</script><b>not markup</b> %E0%A4%A 👍 Ελληνικά 要約 مرحبا',
      ]),
      length: 'short',
      theme: 'dark',
    };
    const address = popupAddress(7, kept);
    expect(address.startsWith('popup.html?tab=7#')).toBe(true);
    expect(new URL(address, 'chrome-extension://precis/').searchParams.get('tab')).toBe('7');
    expect(readKeptView(hashOf(address))).toEqual(kept);
  });
});

describe('readKeptView', () => {
  const good = { view: view(['One sentence.']), length: 'medium', theme: 'system' };
  const hash = (value: unknown) => `#${encodeURIComponent(JSON.stringify(value))}`;

  test.each([
    ['no hash', ''],
    ['an empty hash', '#'],
    ['not JSON', '#summary'],
    ['a broken escape', '#%E0%A4%A'],
    ['JSON that is no object', hash(3)],
    ['no view', hash({ ...good, view: undefined })],
    ['a view without sentences', hash({ ...good, view: view([]) })],
    ['a sentence without text', hash({ ...good, view: { ...good.view, sentences: [{ index: 0 }] } })],
    ['a view without a title', hash({ ...good, view: { ...good.view, title: 5 } })],
    ['an unknown length', hash({ ...good, length: 'huge' })],
    ['an unknown theme', hash({ ...good, theme: 'sepia' })],
  ])('keeps nothing from %s', (_, value) => {
    expect(readKeptView(value)).toBeUndefined();
  });

  test('reads a well-formed one', () => {
    expect(readKeptView(hash(good))?.view.sentences[0]?.text).toBe('One sentence.');
  });
});

describe('isSameView', () => {
  test('a view from the cache shows the same as the one first made', () => {
    const a = view(['One.', 'Two.']);
    expect(isSameView(a, { ...a, isCached: true })).toBe(true);
  });

  test('another sentence, title or reading time is a difference', () => {
    const a = view(['One.', 'Two.']);
    expect(isSameView(a, view(['One.', 'Three.']))).toBe(false);
    expect(isSameView(a, { ...a, title: 'Another story' })).toBe(false);
    expect(isSameView(a, { ...a, readingMinutes: 9 })).toBe(false);
  });
});
