import { describe, expect, test } from 'vitest';
import { formatDate, toMarkdown } from '../../../../src/ui/popup/format';

describe('toMarkdown', () => {
  test('links the title to the article and lists the sentences', () => {
    const md = toMarkdown({
      title: 'Rain *returns* to [the] valley',
      url: 'https://news.example/a (1)',
      sentences: [
        { index: 0, paragraph: 0, text: 'Rain fell on Monday.' },
        { index: 4, paragraph: 2, text: 'Farmers  were\nrelieved.' },
      ],
    });
    expect(md).toBe(
      '## [Rain \\*returns\\* to \\[the\\] valley](https://news.example/a%20%281%29)\n\n- Rain fell on Monday.\n- Farmers were relieved.\n',
    );
  });

  test('falls back to the URL when the page has no title', () => {
    expect(toMarkdown({ title: '', url: 'https://x.example/', sentences: [] })).toContain('[https://x.example/]');
  });
});

describe('formatDate', () => {
  test('formats an ISO date in the given locale', () => {
    expect(formatDate('2026-03-05T10:00:00Z', 'en-US')).toBe('Mar 5, 2026');
  });
  test.each([null, '', 'yesterday'])('gives null for %o', (value) => {
    expect(formatDate(value, 'en-US')).toBeNull();
  });
});
