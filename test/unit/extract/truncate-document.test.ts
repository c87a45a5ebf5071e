// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { truncateDocument } from '../../../src/extract/truncate-document';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

test('a page within the limit is left whole', () => {
  const d = doc('<p>one</p><p>two</p>');
  expect(truncateDocument(d, 100)).toBe(false);
  expect(d.body.textContent).toBe('onetwo');
});

test('a page over the limit keeps its text up to the first node past it, and nothing after', () => {
  const d = doc('<div><p>aaaa</p><p>bbbb</p></div><section><p>cccc</p></section><p>dddd</p>');
  expect(truncateDocument(d, 6)).toBe(true);
  expect(d.body.textContent).toBe('aaaabbbb');
  expect(d.querySelector('section')).toBeNull();
});
