import { describe, expect, it } from 'vitest';
import { createEarlyStarts, EARLY_START_MAX_AGE_MS } from '../../../src/background/early-start';
import type { SummarizeResult } from '../../../src/protocol';

const answer = (title: string): SummarizeResult => ({ ok: false, failure: { code: 'not-article', title } });

describe('summaries started at the toolbar click', () => {
  it('hands the popup the summary its click started, once', async () => {
    let runs = 0;
    const early = createEarlyStarts(() => 0);
    early.start(7, 'medium', async () => (runs++, answer('started')));
    await expect(early.take({ tabId: 7, length: 'medium' })).resolves.toEqual(answer('started'));
    expect(early.take({ tabId: 7, length: 'medium' }), 'a second request reads the page afresh').toBeUndefined();
    expect(runs).toBe(1);
  });

  it('is not taken by another tab, another length or "Summarize anyway", and is spent by them', () => {
    const early = createEarlyStarts(() => 0);
    early.start(7, 'medium', async () => answer('started'));
    expect(early.take({ tabId: 8, length: 'medium' })).toBeUndefined();
    expect(early.take({ tabId: 7, length: 'short' })).toBeUndefined();
    expect(early.take({ tabId: 7, length: 'medium' }), 'the mismatch spent it').toBeUndefined();
    early.start(7, 'medium', async () => answer('again'));
    expect(early.take({ tabId: 7, length: 'medium', force: true })).toBeUndefined();
  });

  it('goes stale: a popup asking long after the click reads the page as it is now', () => {
    let now = 1_000;
    const early = createEarlyStarts(() => now);
    early.start(7, 'long', async () => answer('old'));
    now += EARLY_START_MAX_AGE_MS + 1;
    expect(early.take({ tabId: 7, length: 'long' })).toBeUndefined();
    early.start(7, 'long', async () => answer('fresh'));
    now += EARLY_START_MAX_AGE_MS - 1;
    expect(early.take({ tabId: 7, length: 'long' })).toBeDefined();
  });

  it('a newer click on the same tab replaces the older start', async () => {
    const early = createEarlyStarts(() => 0);
    early.start(7, 'medium', async () => answer('first'));
    early.start(7, 'medium', async () => answer('second'));
    await expect(early.take({ tabId: 7, length: 'medium' })).resolves.toEqual(answer('second'));
  });
});
