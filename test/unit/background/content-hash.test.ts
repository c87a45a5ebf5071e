import { expect, test } from 'vitest';
import { contentHash } from '../../../src/background/content-hash';

test('the same text hashes the same, other text or other paragraphing differently', () => {
  expect(contentHash(['a', 'b'])).toBe(contentHash(['a', 'b']));
  expect(contentHash(['a', 'b'])).not.toBe(contentHash(['ab']));
  expect(contentHash(['a', 'b'])).not.toBe(contentHash(['a', 'c']));
  expect(contentHash([])).toMatch(/^[0-9a-z]+$/);
});
