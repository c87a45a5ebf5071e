// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { clearHighlight, highlightSentence } from '../../../src/content/highlight';

beforeEach(() => {
  document.body.innerHTML = '<p id="p">Rain fell on <b>Monday</b> night. Farmers were relieved.</p>';
  Element.prototype.scrollIntoView = function () {};
});

// jsdom has no CSS Custom Highlight API, so this is the <mark> fallback Firefox before 140 takes.
test('marks the sentence and takes the marks away again, leaving the text as it was', () => {
  const before = document.getElementById('p')!.innerHTML;
  expect(highlightSentence(document, 'Rain fell on Monday night.')).toBe(true);
  const marks = [...document.querySelectorAll('mark[data-precis]')];
  expect(marks.map((m) => m.textContent).join('')).toBe('Rain fell on Monday night.');
  expect(document.getElementById('p')!.textContent).toBe('Rain fell on Monday night. Farmers were relieved.');
  clearHighlight(document);
  expect(document.querySelectorAll('mark[data-precis]')).toHaveLength(0);
  document.getElementById('p')!.normalize();
  expect(document.getElementById('p')!.innerHTML).toBe(before);
});

test('a sentence inside one text node is marked exactly', () => {
  expect(highlightSentence(document, 'Farmers were relieved.')).toBe(true);
  expect(document.querySelector('mark[data-precis]')?.textContent).toBe('Farmers were relieved.');
});

test('a sentence not on the page is reported, and nothing is marked', () => {
  expect(highlightSentence(document, 'Nothing like this.')).toBe(false);
  expect(document.querySelectorAll('mark[data-precis]')).toHaveLength(0);
});

test('highlighting another sentence clears the first', () => {
  highlightSentence(document, 'Farmers were relieved.');
  highlightSentence(document, 'Rain fell on Monday night.');
  expect([...document.querySelectorAll('mark[data-precis]')].map((m) => m.textContent).join('')).toBe(
    'Rain fell on Monday night.',
  );
});
