import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { countWords } from '../../../src/article/count-words';
import { main } from '../../../src/cli/index';
import { DEMO_ARTICLE, PROJECT_ROOT } from '../../../src/cli/paths';
import { DEMO_BODY, DEMO_DEBRIS, DEMO_PARAGRAPHS, DEMO_TITLE } from './demo-article';
import { runCli, squash } from './helpers';

const demo = join('demo', 'article.html');
let dir = '';

/** Sixteen sentences in four paragraphs under a headline, about an invented event. */
const TEXT_ARTICLE = `Harbour ferry returns after winter refit

The harbour ferry returned to service on Monday after a three-month refit at the Kestrel Point yard. Its owners said the new engines use a third less fuel than the old ones. The first crossing left at seven in the morning with forty passengers on board. Several regular commuters brought coffee for the crew.

The refit cost £2.3 million and was paid for by the port authority. Work included a new passenger lounge and a ramp for wheelchairs and bicycles. The authority said the ramp had been the most requested change in its last survey. Cyclists had previously had to carry bikes down a flight of steps.

During the refit, passengers used a replacement bus that took fifty minutes instead of twelve. Local traders said the longer journey had kept visitors away from the old town. One café owner said takings fell by a quarter over the winter. She expects them to recover by Easter.

The ferry will run every twenty minutes at peak times from next week. Fares are unchanged for the rest of the year. The port authority plans to refit the second ferry next winter. It says the replacement bus will run more often next time.
`;

function bullets(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('• '))
    .map((l) => l.slice(2));
}

function expectInDocumentOrder(sentences: string[], body: string) {
  let from = 0;
  for (const sentence of sentences) {
    const at = body.indexOf(squash(sentence), from);
    expect(at, `"${sentence}" in the article after position ${from}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  writeFileSync(join(dir, 'ferry.txt'), TEXT_ARTICLE);
  writeFileSync(join(dir, 'empty.txt'), ' \n\n \n');
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html><head><title>Nothing</title></head><body></body></html>',
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('precis extract', () => {
  it('prints the title, then the story paragraphs separated by blank lines, and no debris', async () => {
    const { code, stdout, stderr } = await runCli(['extract', demo]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks[0]).toBe(DEMO_TITLE);
    for (const paragraph of DEMO_PARAGRAPHS) expect(blocks.map(squash)).toContain(paragraph);
    for (const debris of DEMO_DEBRIS) expect(stdout).not.toContain(debris);
  });

  it('--json prints the Article', async () => {
    const { code, stdout } = await runCli(['extract', demo, '--json', '--url', 'https://news.example/ardle']);
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual(
      [
        'byline',
        'isLowConfidence',
        'isReaderable',
        'isTruncated',
        'lang',
        'paragraphs',
        'publishedTime',
        'siteName',
        'title',
        'url',
        'wordCount',
      ].sort(),
    );
    expect(article['title']).toBe(DEMO_TITLE);
    expect(article['byline']).toMatch(/Miriam Okafor/u);
    expect(article['siteName']).toBe('The Ardlebridge Courier');
    expect(article['publishedTime']).toMatch(/^2026-03-14/u);
    expect(article['lang']).toMatch(/^en/u);
    expect(article['wordCount']).toBeGreaterThan(550);
    expect(article['wordCount']).toBeLessThan(800);
  });

  it("keeps jsdom quiet about the page's broken CSS and never runs its scripts", async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => {}),
    );
    const html = `<!doctype html><html><head><title>Quiet</title><style>.a { color: red }}} {{</style></head><body>
      <article><h1>Quiet</h1>
      <p>The first paragraph of this page is long enough to count as the story text for the extractor.</p>
      <p>The second paragraph adds more ordinary sentences so that the page reads like an article.</p>
      </article>
      <script>document.querySelector('article').insertAdjacentHTML('beforeend', '<p>INJECTED BY A PAGE SCRIPT</p>');</script>
      </body></html>`;
    writeFileSync(join(dir, 'quiet.html'), html);
    const { code, stdout } = await runCli(['extract', join(dir, 'quiet.html')]);
    expect(code).toBe(0);
    expect(stdout).toContain('The second paragraph adds more ordinary sentences');
    expect(stdout).not.toContain('INJECTED');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('reads HTML from stdin with -', async () => {
    const { code, stdout } = await runCli(['extract', '-'], readFileSync(DEMO_ARTICLE, 'utf8'));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(DEMO_TITLE);
  });
});

describe('precis summarize', () => {
  it('prints title, metadata and a bulleted summary of story sentences in document order', async () => {
    const { code, stdout, stderr } = await runCli(['summarize', demo]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [title, meta, blank] = stdout.split('\n');
    expect(title).toBe(DEMO_TITLE);
    expect(meta).toMatch(/^The Ardlebridge Courier · .*Miriam Okafor.* · \d+ min read · summary \d+ s$/u);
    expect(blank).toBe('');
    const summary = bullets(stdout);
    expect(summary).toHaveLength(5);
    expectInDocumentOrder(summary, DEMO_BODY);
    for (const debris of DEMO_DEBRIS) expect(stdout).not.toContain(debris);
  });

  it.each([
    [['--length', 'short'], 3],
    [['--length', 'medium'], 5],
    [['--length', 'long'], 7],
    [['--sentences', '2'], 2],
    [['--sentences=4'], 4],
  ])('%j gives %i sentences', async (flags, count) => {
    const { code, stdout } = await runCli(['summarize', demo, ...flags]);
    expect(code).toBe(0);
    expect(bullets(stdout)).toHaveLength(count);
  });

  it('--json gives the metadata, the summary and where each sentence came from', async () => {
    const { code, stdout } = await runCli(['summarize', demo, '--json', '--sentences', '3']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      summary: string[];
      sentences: { index: number; paragraph: number; text: string }[];
      [key: string]: unknown;
    };
    expect(Object.keys(report)).toEqual([
      'title',
      'url',
      'byline',
      'siteName',
      'publishedTime',
      'lang',
      'wordCount',
      'readingMinutes',
      'summarySeconds',
      'savedMinutes',
      'summary',
      'sentences',
    ]);
    expect(report['title']).toBe(DEMO_TITLE);
    expect(report['readingMinutes']).toBe(Math.ceil((report['wordCount'] as number) / 230));
    expect(report.summary).toHaveLength(3);
    expect(report.sentences.map((s) => s.text)).toEqual(report.summary);
    const indexes = report.sentences.map((s) => s.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
    for (const s of report.sentences) {
      expect(Object.keys(s)).toEqual(['index', 'paragraph', 'text']);
      expect(DEMO_BODY).toContain(squash(s.text));
    }
    expectInDocumentOrder(report.summary, DEMO_BODY);
  });

  it('summarizes a plain-text file, taking its first short line as the title', async () => {
    const { code, stdout } = await runCli(['summarize', join(dir, 'ferry.txt'), '--sentences', '3']);
    expect(code).toBe(0);
    const [title, meta] = stdout.split('\n');
    expect(title).toBe('Harbour ferry returns after winter refit');
    expect(meta).toMatch(/^1 min read · summary \d+ s$/u);
    const summary = bullets(stdout);
    expect(summary).toHaveLength(3);
    expect(summary).not.toContain('Harbour ferry returns after winter refit');
    expectInDocumentOrder(summary, squash(TEXT_ARTICLE));
  });

  it('reads plain text from stdin with - and reports it as JSON', async () => {
    const { code, stdout } = await runCli(['summarize', '-', '--json', '--length', 'short'], TEXT_ARTICLE);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report['title']).toBe('Harbour ferry returns after winter refit');
    expect(report['url']).toBeNull();
    // The body's words: the text less its six-word headline.
    expect(report['wordCount']).toBe(countWords(TEXT_ARTICLE) - 6);
    expect(report['summary']).toHaveLength(3);
  });

  it('treats a .html name holding text as text, and a .txt name holding HTML as HTML', async () => {
    writeFileSync(join(dir, 'really-text.html'), TEXT_ARTICLE);
    writeFileSync(join(dir, 'really-html.txt'), readFileSync(DEMO_ARTICLE, 'utf8'));
    const text = await runCli(['summarize', join(dir, 'really-text.html')]);
    expect(text.stdout.split('\n')[0]).toBe('Harbour ferry returns after winter refit');
    const html = await runCli(['summarize', join(dir, 'really-html.txt')]);
    expect(html.stdout.split('\n')[0]).toBe(DEMO_TITLE);
    expect(html.stdout).not.toContain('<p>');
  });
});

describe('precis demo', () => {
  it.each([[[]], [['demo']]])('%j summarizes the demo article and says where the extensions are', async (argv) => {
    const { code, stdout } = await runCli(argv);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(DEMO_TITLE);
    expect(bullets(stdout)).toHaveLength(5);
    expectInDocumentOrder(bullets(stdout), DEMO_BODY);
    expect(stdout).toContain(join(PROJECT_ROOT, 'dist', 'chrome'));
    expect(stdout).toContain(join(PROJECT_ROOT, 'dist', 'firefox'));
    expect(stdout).toMatch(/\((built|not built yet: run `npm run build`)\)/u);
    expect(stdout).toMatch(/Load unpacked/u);
    for (const debris of DEMO_DEBRIS) expect(stdout).not.toContain(debris);
  });
});

describe('help, version and errors', () => {
  it('--help lists the commands', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const command of ['summarize', 'extract', 'demo', '--jsonl']) expect(stdout).toContain(command);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"; allowed: summarize, extract, demo/u],
    [['summarize', demo, '--frob'], /unknown option --frob for summarize; allowed: /u],
  ])('%j exits 2 with a usage error', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^precis: /u);
    expect(stderr).toMatch(message);
  });

  it.each([
    [['summarize', 'no/such/file.html'], 'precis: cannot read no/such/file.html: no such file\n'],
    [['extract', 'no/such/file.html'], 'precis: cannot read no/such/file.html: no such file\n'],
    [['summarize', '--jsonl', 'no/such/batch.jsonl'], 'precis: cannot read no/such/batch.jsonl: no such file\n'],
  ])('%j exits 1 naming the missing file', async (argv, message) => {
    expect(await runCli(argv)).toEqual({ code: 1, stdout: '', stderr: message });
  });

  it('says what it waits for when stdin is a terminal', async () => {
    const stdin = Object.assign(Readable.from(['{"id":1,"text":"One. Two. Three. Four."}\n']), { isTTY: true });
    let stderr = '';
    const sink = (onText: (t: string) => void) =>
      new Writable({ write: (chunk: Buffer, _e, done) => (onText(chunk.toString()), done()) });
    const code = await main(['summarize', '--jsonl'], {
      stdin,
      stdout: sink(() => {}),
      stderr: sink((t) => (stderr += t)),
    });
    expect(code).toBe(0);
    expect(stderr).toBe('precis: reading JSON lines from stdin (end with Ctrl-D)\n');
  });

  it('a directory is not a file', async () => {
    const { code, stderr } = await runCli(['summarize', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('it is a directory');
  });

  it.each([
    ['empty.txt', /empty\.txt has no readable text/u],
    ['blank.html', /blank\.html (has no readable text|does not look like an article)/u],
  ])('%s without text exits 1', async (file, message) => {
    for (const command of ['summarize', 'extract']) {
      const { code, stdout, stderr } = await runCli([command, join(dir, file)]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
  });
});
