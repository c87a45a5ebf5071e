import { describe, expect, test } from 'vitest';
import { isRestrictedUrl } from '../../../src/background/restricted-url';

describe('isRestrictedUrl', () => {
  test.each([
    ['chrome://extensions/', true],
    ['chrome://newtab/', true],
    ['about:blank', true],
    ['about:addons', true],
    ['edge://settings', true],
    ['moz-extension://abc/popup.html', true],
    ['chrome-extension://abc/popup.html', true],
    ['view-source:https://example.com/', true],
    ['data:text/html,<p>hi</p>', true],
    ['https://chromewebstore.google.com/detail/foo/abc', true],
    ['https://chrome.google.com/webstore/detail/abc', true],
    ['https://addons.mozilla.org/en-US/firefox/addon/foo/', true],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', true],
    ['https://example.com/report.pdf', true],
    ['https://example.com/REPORT.PDF', true],
    ['not a url', true],
    ['https://www.example.com/news/2026/story.html', false],
    ['http://127.0.0.1:8080/article', false],
    ['https://example.com/pdf-guide', false],
    ['file:///home/me/article.html', false],
    [undefined, false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});
