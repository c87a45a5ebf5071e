import { describe, expect, it, vi } from 'vitest';
import { DEMO_BODY, DEMO_DEBRIS, DEMO_HTML, DEMO_PARAGRAPHS, DEMO_TITLE } from './demo-article';
import { jsonLines, runCli, runCliStreaming, squash } from './helpers';

const TEXT =
  'The council approved the new cycle lane on Tuesday. It will run along the canal towpath for two miles. ' +
  'Work starts in May and should take ten weeks.\n\nResidents asked for better lighting on the route. ' +
  'The council said lamps would be added in the autumn. A survey found most people supported the plan.\n\n' +
  'Shop owners on the high street were less sure. They worry about losing parking spaces outside their doors. ' +
  'The council has promised a review after a year. Cyclists groups welcomed the decision.';

const line = (value: unknown) => JSON.stringify(value);

describe('precis summarize --jsonl', () => {
  it('answers text and html lines in document order, with per-line sentence counts', async () => {
    const input = [
      line({ id: 'text', text: TEXT, sentences: 2 }),
      line({ id: 7, html: DEMO_HTML, url: 'https://news.example/ardle' }),
      line({ id: 'default', text: TEXT }),
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['summarize', '--jsonl', '--sentences', '3'], `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o['id'])).toEqual(['text', 7, 'default']);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'summary']);
    const [text, html, fallback] = out.map((o) => o['summary'] as string[]);
    expect(text).toHaveLength(2);
    expect(html).toHaveLength(3);
    expect(fallback).toHaveLength(3);
    for (const [summary, body] of [
      [text, squash(TEXT)],
      [html, DEMO_BODY],
    ] as const) {
      let from = 0;
      for (const sentence of summary ?? []) {
        const at = body.indexOf(squash(sentence), from);
        expect(at).toBeGreaterThanOrEqual(from);
        from = at + 1;
      }
    }
    for (const debris of DEMO_DEBRIS) expect(stdout).not.toContain(debris);
  });

  it('gives every line of a malformed batch an answer, in order, and carries on', async () => {
    const input = [
      line({ id: 'ok-1', text: TEXT }),
      '{"id": "broken", "text": ',
      line({ text: TEXT }),
      line({ id: 'n', text: 42 }),
      '',
      line([1, 2, 3]),
      line({ id: { nested: true }, text: TEXT }),
      line({ id: 'neither' }),
      line({ id: 'both', text: TEXT, html: '<p>x</p>' }),
      line({ id: 'zero', text: TEXT, sentences: 0 }),
      line({ id: 'bad-url', html: DEMO_HTML, url: 'not a url' }),
      line({ id: 'blank', text: '   ' }),
      line({ id: 'title', text: TEXT, title: 7 }),
      line({ id: 'ok-2', text: TEXT, sentences: 1 }),
    ];
    const { code, stdout } = await runCli(['summarize', '--jsonl'], input.join('\n'));
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out).toHaveLength(input.length);
    expect(out.map((o) => [o['id'], o['error'] ?? null])).toEqual([
      ['ok-1', null],
      [null, expect.stringMatching(/^invalid JSON/u)],
      [null, 'missing "id"'],
      ['n', '"text" must be a string'],
      [null, 'empty line'],
      [null, 'each line must be a JSON object'],
      [null, '"id" must be a string or a number'],
      ['neither', 'missing "text" or "html"'],
      ['both', 'give either "text" or "html", not both'],
      ['zero', '"sentences" must be a whole number of at least 1'],
      ['bad-url', '"url" is not a valid URL: not a url'],
      ['blank', expect.stringMatching(/^empty: /u)],
      ['title', '"title" must be a string'],
      ['ok-2', null],
    ]);
    expect(out[0]?.['summary']).toHaveLength(5);
    expect(out.at(-1)?.['summary']).toHaveLength(1);
  });

  it("passes a text line's title to the summarizer and ignores fields it does not know", async () => {
    const input = line({ id: 'eval', title: 'Canal cycle lane approved', text: TEXT, summary: 'reference' });
    const { stdout } = await runCli(['summarize', '--jsonl', '--sentences', '2'], input);
    const [out] = jsonLines(stdout);
    expect(Object.keys(out ?? {})).toEqual(['id', 'summary']);
    expect(out?.['summary']).toHaveLength(2);
    expect(out?.['summary']).not.toContain('Canal cycle lane approved');
  });

  it('answers each line as it arrives instead of waiting for the end of stdin', async () => {
    const run = runCliStreaming(['summarize', '--jsonl']);
    run.stdin.write(`${line({ id: 'first', text: TEXT })}\n`);
    await vi.waitFor(() => expect(jsonLines(run.stdout())).toHaveLength(1));
    run.stdin.write(`${line({ id: 'second', text: TEXT })}\r\n`);
    await vi.waitFor(() => expect(jsonLines(run.stdout())).toHaveLength(2));
    run.stdin.end();
    const { code, stdout } = await run.done;
    expect(code).toBe(0);
    expect(jsonLines(stdout).map((o) => o['id'])).toEqual(['first', 'second']);
  });
});

describe('precis extract --jsonl', () => {
  it('writes the title and the clean text, paragraphs separated by blank lines', async () => {
    const input = [
      line({ id: 'demo', html: DEMO_HTML, url: 'https://news.example/ardle' }),
      line({ id: 'no-url', html: DEMO_HTML }),
      line({ id: 'text-only', text: TEXT }),
      'not json',
      line({ id: 'empty', html: '<html><body></body></html>' }),
    ];
    const { code, stdout } = await runCli(['extract', '--jsonl'], input.join('\n'));
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o['id'])).toEqual(['demo', 'no-url', 'text-only', null, 'empty']);
    for (const o of out.slice(0, 2)) {
      expect(Object.keys(o)).toEqual(['id', 'title', 'text']);
      expect(o['title']).toBe(DEMO_TITLE);
      const paragraphs = (o['text'] as string).split('\n\n').map(squash);
      for (const p of DEMO_PARAGRAPHS) expect(paragraphs).toContain(p);
      for (const debris of DEMO_DEBRIS) expect(o['text']).not.toContain(debris);
    }
    expect(out[2]?.['error']).toBe('missing "html"');
    expect(out[3]?.['error']).toMatch(/^invalid JSON/u);
    expect(out[4]?.['error']).toMatch(/^(empty|not-article): /u);
  });
});
