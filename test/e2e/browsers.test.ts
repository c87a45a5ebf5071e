/** The browser lookup that decides whether the e2e tests run, skip or fail: no browser needed here. */
import { describe, expect, test } from 'vitest';
import { findBrowser, isBrowserRequired, missingMessage } from './browsers';

describe('findBrowser', () => {
  test('an env path that exists wins', () => {
    expect(findBrowser('chromium', { CHROMIUM_PATH: process.execPath }).path).toBe(process.execPath);
    expect(findBrowser('firefox', { FIREFOX_PATH: process.execPath }).path).toBe(process.execPath);
  });

  test('an env path that does not exist is missing, not replaced by a default', () => {
    const found = findBrowser('chromium', { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(found.path).toBeUndefined();
    expect(found.tried).toEqual(['/nonexistent/chromium']);
  });

  test('the message names the browser, where we looked and how to install it', () => {
    const message = missingMessage(findBrowser('firefox', { FIREFOX_PATH: '/nonexistent/firefox' }));
    expect(message).toContain('Firefox ESR not found');
    expect(message).toContain('/nonexistent/firefox');
    expect(message).toContain('apt-get install chromium firefox-esr');
    expect(message).toContain('FIREFOX_PATH');
  });
});

describe('isBrowserRequired', () => {
  test.each([
    [{ PRECIS_REQUIRE_BROWSERS: '1' }, true],
    [{ PRECIS_REQUIRE_BROWSERS: '0' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => {
    expect(isBrowserRequired(env)).toBe(expected);
  });
});
