import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../../src/article/published-date';
import { toMarkdown } from '../../../../src/ui/popup/format';

describe('toMarkdown', () => {
  test('links the title to the article and each sentence to the article opened at it', () => {
    const md = toMarkdown({
      title: 'Rain *returns* to [the] valley',
      url: 'https://news.example/a (1)',
      sentences: [
        { index: 0, paragraph: 0, text: 'Rain fell on Monday.' },
        { index: 4, paragraph: 2, text: 'Farmers  were\nrelieved.' },
      ],
    });
    expect(md).toBe(
      '## [Rain \\*returns\\* to \\[the\\] valley](https://news.example/a%20%281%29)\n\n' +
        '- [Rain fell on Monday.](https://news.example/a%20%281%29#:~:text=Rain%20fell%20on%20Monday.)\n' +
        '- [Farmers were relieved.](https://news.example/a%20%281%29#:~:text=Farmers%20were%20relieved.)\n',
    );
  });

  test('escapes Markdown in a sentence and keeps its link whole', () => {
    const md = toMarkdown({
      title: 'T',
      url: 'https://news.example/story?id=7#top',
      sentences: [
        { index: 0, paragraph: 0, text: 'The *new* [bridge] (at last) costs £2_000 — "cheap", said `Smith & Co`.' },
      ],
    });
    expect(md.split('\n')[2]).toBe(
      '- [The \\*new\\* \\[bridge\\] (at last) costs £2\\_000 — "cheap", said \\`Smith & Co\\`.]' +
        '(https://news.example/story?id=7#top:~:text=The%20*new*%20%5Bbridge%5D%20%28at%20last%29%20costs%20%C2%A32_000%20%E2%80%94%20%22cheap%22%2C%20said%20%60Smith%20%26%20Co%60.)',
    );
  });

  test('cuts a long sentence to its first and last words in the link, not in the text', () => {
    const text =
      'The council said on Tuesday that the new bridge, long delayed by floods and a lawsuit, would open in May.';
    const md = toMarkdown({
      title: 'T',
      url: 'https://x.example/',
      lang: 'en',
      sentences: [{ index: 0, paragraph: 0, text }],
    });
    expect(md).toContain(
      `- [${text}](https://x.example/#:~:text=The%20council%20said%20on%20Tuesday%20that,lawsuit%2C%20would%20open%20in%20May.)`,
    );
  });

  test('lists the sentences of a page no fragment points into unlinked', () => {
    const md = toMarkdown({
      title: 'Notes',
      url: 'file:///home/me/notes.html',
      sentences: [{ index: 0, paragraph: 0, text: 'A *local* page.' }],
    });
    expect(md).toBe('## [Notes](file:///home/me/notes.html)\n\n- A \\*local\\* page.\n');
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
