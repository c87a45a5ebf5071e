import { describe, expect, test } from 'vitest';
import { unreadableUrl } from '../../../src/background/unreadable-url';

describe('unreadableUrl', () => {
  test.each([
    ['chrome-error://chromewebdata/', 'load-failed'],
    ['edge-error://chromewebdata/', 'load-failed'],
    ['about:neterror?e=dnsNotFound&u=https%3A//nowhere.example/', 'load-failed'],
    ['about:certerror?e=nssBadCert', 'load-failed'],
    ['about:tabcrashed', 'load-failed'],
    ['about:blank', 'no-tab'],
    ['about:newtab', 'no-tab'],
    ['about:home', 'no-tab'],
    ['chrome://newtab/', 'no-tab'],
    ['chrome://new-tab-page/', 'no-tab'],
    ['chrome://settings/', 'restricted'],
    ['about:addons', 'restricted'],
    ['https://addons.mozilla.org/en-US/firefox/', 'restricted'],
    ['https://news.example/2026/story.html', null],
    ['https://news.example/about:neterror', null],
    ['file:///home/me/story.html', null],
    [undefined, null],
  ] as const)('%s → %s', (url, reason) => {
    expect(unreadableUrl(url)).toBe(reason);
  });
});
