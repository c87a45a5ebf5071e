// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import { findTextRange } from '../../../src/content/find-text-range';

beforeEach(() => {
  document.body.innerHTML = `
    <article>
      <h1>Bridge to close</h1>
      <p>The council voted on <a href="/t">Tuesday</a> to close
         the old bridge.   Engineers found <em>cracks</em> in two supports.</p>
      <script>var s = "Engineers found cracks in two supports.";</script>
      <p>Repairs take eight months.</p>
    </article>`;
});

describe('findTextRange', () => {
  test.each([
    ['a sentence split across elements and line breaks', 'The council voted on Tuesday to close the old bridge.'],
    ['a sentence with inline markup', 'Engineers found cracks in two supports.'],
    ['a whole paragraph', 'Repairs take eight months.'],
    ['extra white space in the needle', '  Repairs   take eight\nmonths. '],
  ])('finds %s', (_, text) => {
    const range = findTextRange(document.body, text);
    expect(range?.toString().replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });

  test('never matches inside a script', () => {
    document.body.innerHTML = '<script>var s = "Hidden sentence here.";</script><p>Visible.</p>';
    expect(findTextRange(document.body, 'Hidden sentence here.')).toBeNull();
  });

  test('falls back to the opening words when the end differs', () => {
    const text = 'The council voted on Tuesday to close the old bridge, a decision long expected by all.';
    expect(findTextRange(document.body, text)?.toString()).toMatch(/^The council voted on Tuesday/);
  });

  test.each(['', '   ', 'Nowhere on this page at all.'])('gives null for %o', (text) => {
    expect(findTextRange(document.body, text)).toBeNull();
  });
});
