import { describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/article/article';
import type { Extraction } from '../../../src/protocol';
import {
  INJECT_ATTEMPTS,
  injectionFailure,
  summarizeTab,
  type Preferences,
  type SummaryCache,
  type TabAccess,
} from '../../../src/background/summarize-tab';
import { LENGTH_SENTENCES } from '../../../src/summarize/index';
import { summarizeArticle } from '../../../src/summarize/summarize-article';
import type { Summary } from '../../../src/summarize/types';
import { generatedParagraphs } from '../summarize/generated-paragraphs';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old bridge over the river for repairs.',
  'Engineers found cracks in two of its supports during an inspection last month.',
  'The repairs are expected to take eight months and cost about four million euros.',
  'Commuters will be sent over the northern bridge, which the council says can carry the traffic.',
  'Shop owners near the bridge said they feared losing customers during the works.',
  'The council promised to review the plan in the spring if traffic proved worse than expected.',
];

/** Sixteen different sentences, so that no length is capped at half of the article. */
const LONG_STORY = ['harbour', 'market', 'school', 'station'].map((place, p) =>
  [
    `The ${place} reopened on Monday after ${p + 2} months of work.`,
    `Its managers said ${p * 40 + 120} people came on the first day.`,
    `Neighbours near the ${place} had complained about the noise since spring.`,
    `A second phase of repairs at the ${place} will start in ${2027 + p}.`,
  ].join(' '),
);

function article(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/bridge',
    title: 'Old bridge to close for repairs',
    byline: 'A. Writer',
    siteName: 'The Example',
    lang: 'en',
    publishedTime: '2026-03-05T10:00:00Z',
    paragraphs: PARAGRAPHS,
    wordCount: PARAGRAPHS.join(' ').split(/\s+/).length,
    isReaderable: true,
    isLowConfidence: false,
    isTruncated: false,
    ...overrides,
  };
}

/** A tab like the browser's: its content script answers once injected (or from the start, when `listening`). */
function fakeTabs(
  extraction: Extraction | (() => Promise<Extraction>),
  url = 'https://news.example/bridge',
  { listening = false } = {},
): TabAccess {
  let isListening = listening;
  const tabs: TabAccess = {
    url: vi.fn(async () => url),
    inject: vi.fn(async () => void (isListening = true)),
    extract: vi.fn(async () => {
      if (!isListening) throw new Error('Could not establish connection. Receiving end does not exist.');
      return typeof extraction === 'function' ? extraction() : extraction;
    }),
    show: vi.fn(async () => ({ shown: true })),
  };
  return tabs;
}

function memoryCache(): SummaryCache & { store: Map<string, Summary> } {
  const store = new Map<string, Summary>();
  return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
}

describe('summarizeTab', () => {
  test('summarizes the article, asks the page to show it, and caches it', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    const cache = memoryCache();
    const result = await summarizeTab({ tabId: 7, length: 'short' }, tabs, cache);
    if (!result.ok) throw new Error(`failed: ${result.failure.code}`);
    const { view } = result;
    expect(view.title).toBe('Old bridge to close for repairs');
    expect(view.sentences.length).toBe(3);
    for (const s of view.sentences) expect(PARAGRAPHS.join(' ')).toContain(s.text);
    expect(view.sentences.map((s) => s.index)).toEqual([...view.sentences.map((s) => s.index)].sort((a, b) => a - b));
    expect(view.isCached).toBe(false);
    expect(tabs.show).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ sentences: view.sentences.map((s) => s.text) }),
    );
    expect(cache.store.size).toBe(1);

    const again = await summarizeTab({ tabId: 7, length: 'short' }, tabs, cache);
    expect(again.ok && again.view.isCached).toBe(true);
  });

  test.each([
    ['one story of several', { story: { index: 3, count: 20 } }, { storyCount: 20 }, { storyIndex: 3 }],
    ['a list read anyway', { isList: true }, { isList: true }, {}],
    ['an ordinary article', {}, {}, {}],
  ] as const)('%s: the popup is told, and the box goes only into that story', async (_, extra, inView, inBox) => {
    const tabs = fakeTabs({ ok: true, article: article(extra) });
    const result = await summarizeTab({ tabId: 2, length: 'short' }, tabs, memoryCache());
    if (!result.ok) throw new Error(result.failure.code);
    expect({ storyCount: result.view.storyCount, isList: result.view.isList }).toEqual({
      storyCount: undefined,
      isList: undefined,
      ...inView,
    });
    const box = vi.mocked(tabs.show).mock.calls[0]![1];
    expect(box.storyIndex).toBe('storyIndex' in inBox ? inBox.storyIndex : undefined);
  });

  test('a changed article is summarized afresh', async () => {
    const cache = memoryCache();
    await summarizeTab({ tabId: 1, length: 'short' }, fakeTabs({ ok: true, article: article() }), cache);
    const changed = article({ paragraphs: [...PARAGRAPHS].reverse() });
    const result = await summarizeTab({ tabId: 1, length: 'short' }, fakeTabs({ ok: true, article: changed }), cache);
    expect(result.ok && result.view.isCached).toBe(false);
  });

  test('a tab whose content script already listens is not injected again', async () => {
    const tabs = fakeTabs({ ok: true, article: article() }, undefined, { listening: true });
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result.ok).toBe(true);
    expect(tabs.inject).not.toHaveBeenCalled();
    expect(tabs.extract).toHaveBeenCalledTimes(1);
  });

  test('the page is asked before the settings arrive, and their theme and in-page choice are followed', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    let resolveSettings: (p: Preferences) => void = () => {};
    const settings = new Promise<Preferences>((resolve) => (resolveSettings = resolve));
    const pending = summarizeTab({ tabId: 1, length: 'short' }, tabs, memoryCache(), settings);
    await vi.waitFor(() => expect(tabs.extract).toHaveBeenCalled());
    resolveSettings({ showInPage: false, theme: 'dark' });
    const result = await pending;
    expect(result.ok && result.view.sentences.length).toBe(LENGTH_SENTENCES.short);
    expect(tabs.show).not.toHaveBeenCalled();
  });

  test.each(['short', 'medium', 'long'] as const)(
    'the length in the request is the one summarized (%s), and the view does not echo it',
    async (length) => {
      const long = article({ paragraphs: LONG_STORY });
      const tabs = fakeTabs({ ok: true, article: long });
      const settings: Preferences = { showInPage: true, theme: 'system' };
      const result = await summarizeTab({ tabId: 1, length }, tabs, memoryCache(), settings);
      expect(result.ok && result.view.sentences).toHaveLength(LENGTH_SENTENCES[length]);
      const expected = summarizeArticle(long, { length }).sentences.map((x) => x.text);
      expect(result.ok && result.view.sentences.map((x) => x.text)).toEqual(expected);
      expect(result.ok && 'length' in result.view).toBe(false);
    },
  );

  test('a long read gets the sentences its length grows to, cached under the length, not a number', async () => {
    const longRead = article({ paragraphs: generatedParagraphs(30_000) });
    const tabs = fakeTabs({ ok: true, article: longRead });
    const cache = memoryCache();
    const medium = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, cache);
    if (!medium.ok) throw new Error(medium.failure.code);
    expect(medium.view.sentences).toHaveLength(12);
    expect(medium.view.totalSentences).toBe(1500);
    const long = await summarizeTab({ tabId: 1, length: 'long' }, tabs, cache);
    expect(long.ok && long.view.sentences).toHaveLength(20);
    expect(long.ok && long.view.isCached).toBe(false);
    expect([...cache.store.keys()].map((key) => key.split(':')[1])).toEqual(['medium', 'long']);
    const again = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, cache);
    expect(again.ok && again.view.isCached && again.view.sentences.length).toBe(12);
  });

  test('restricted pages fail before anything is injected', async () => {
    const tabs = fakeTabs({ ok: true, article: article() }, 'chrome://settings/');
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result).toEqual({ ok: false, failure: { code: 'restricted' } });
    expect(tabs.inject).not.toHaveBeenCalled();
  });

  test.each([
    ['chrome-error://chromewebdata/', 'load-failed'],
    ['about:neterror?e=dnsNotFound&u=https%3A//nowhere.example/', 'load-failed'],
    ['about:blank', 'no-tab'],
    ['chrome://newtab/', 'no-tab'],
  ] as const)('a tab on %s fails as %s before anything is injected', async (url, code) => {
    const tabs = fakeTabs({ ok: true, article: article() }, url);
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result).toEqual({ ok: false, failure: { code } });
    expect(tabs.inject).not.toHaveBeenCalled();
  });

  test('a tab whose load failed (Chrome keeps the URL it asked for) reads as load-failed, not as a failure to retry', async () => {
    const tabs = fakeTabs({ ok: true, article: article() }, 'http://127.0.0.1:9/story');
    tabs.inject = vi.fn(async () => {
      throw new Error('Frame with ID 0 is showing error page');
    });
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result).toEqual({ ok: false, failure: { code: 'load-failed' } });
  });

  test('an injection the browser keeps refusing reads as a restricted page, after a few tries', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    tabs.inject = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result).toEqual({ ok: false, failure: { code: 'restricted' } });
    expect(tabs.inject).toHaveBeenCalledTimes(INJECT_ATTEMPTS);
  });

  test('an injection refused right at the click (the grant not yet in the tab) is tried again, and reads the page', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    const inject = tabs.inject;
    tabs.inject = vi.fn(async (tabId: number) => {
      if (vi.mocked(tabs.inject).mock.calls.length === 1)
        throw new Error(
          'Cannot access contents of url "https://news.example/bridge". Extension manifest must request permission to access this host.',
        );
      return inject(tabId);
    });
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result.ok).toBe(true);
    expect(tabs.inject).toHaveBeenCalledTimes(2);
  });

  test('an injection that fails for another reason (a crashed tab) is a failure to retry, not a restricted page', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    tabs.inject = vi.fn(async () => {
      throw new Error('Frame with ID 0 was removed.');
    });
    expect(await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache())).toEqual({
      ok: false,
      failure: { code: 'failed' },
    });
  });

  test.each([
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'restricted',
    ],
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Missing host permission for the tab', 'restricted'],
    ['No tab with id: 4.', 'failed'],
    ['Frame with ID 0 is showing error page', 'load-failed'],
    [
      'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
      'load-failed',
    ],
  ] as const)('injection error %j reads as %s', (message, code) => {
    expect(injectionFailure(new Error(message), 'https://news.example/story')).toBe(code);
  });

  test.each([
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'load-failed',
    ],
    ['Cannot access a chrome:// URL', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['No tab with id: 4.', 'failed'],
  ] as const)('with no address known (Chrome’s error page hides it), %j reads as %s', (message, code) => {
    expect(injectionFailure(new Error(message), undefined)).toBe(code);
  });

  test('a missing tab is reported', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    tabs.url = vi.fn(async () => {
      throw new Error('No tab with id: 3');
    });
    expect(await summarizeTab({ tabId: 3, length: 'medium' }, tabs, memoryCache())).toEqual({
      ok: false,
      failure: { code: 'no-tab' },
    });
  });

  test('not-an-article carries the title and is passed on', async () => {
    const tabs = fakeTabs({ ok: false, reason: 'not-article', title: 'Home' });
    expect(await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache())).toEqual({
      ok: false,
      failure: { code: 'not-article', title: 'Home' },
    });
    expect(tabs.extract).toHaveBeenCalledWith(1, false);
  });

  test('force is passed to the page', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    await summarizeTab({ tabId: 1, length: 'medium', force: true }, tabs, memoryCache());
    expect(tabs.extract).toHaveBeenCalledWith(1, true);
  });

  test.each([
    ['injected now', false],
    ['already listening', true],
  ])('a page that never answers (%s) becomes a timeout, not a hang', async (_, listening) => {
    vi.useFakeTimers();
    try {
      const tabs = fakeTabs(() => new Promise<Extraction>(() => {}), undefined, { listening });
      const pending = summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
      await vi.advanceTimersByTimeAsync(10_001);
      expect(await pending).toEqual({ ok: false, failure: { code: 'timeout' } });
      expect(tabs.inject).toHaveBeenCalledTimes(listening ? 0 : 1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a failing cache or in-page box does not cost the reader the summary', async () => {
    const tabs = fakeTabs({ ok: true, article: article() });
    tabs.show = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    const cache: SummaryCache = {
      get: async () => {
        throw new Error('quota');
      },
      set: async () => {
        throw new Error('quota');
      },
    };
    const result = await summarizeTab({ tabId: 1, length: 'long' }, tabs, cache);
    expect(result.ok).toBe(true);
  });

  test('an article with no sentences is reported as empty', async () => {
    const tabs = fakeTabs({ ok: true, article: article({ paragraphs: [], wordCount: 0 }) });
    const result = await summarizeTab({ tabId: 1, length: 'medium' }, tabs, memoryCache());
    expect(result).toEqual({ ok: false, failure: { code: 'empty', title: 'Old bridge to close for repairs' } });
  });
});
