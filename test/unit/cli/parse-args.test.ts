import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error';
import { parseArgs } from '../../../src/cli/parse-args';

describe('parseArgs', () => {
  it.each([
    [[], { name: 'demo', budget: { length: 'medium' }, isJson: false }],
    [['--help'], { name: 'help' }],
    [['summarize', 'a.html', '-h'], { name: 'help' }],
    [['help'], { name: 'help' }],
    [['--version'], { name: 'version' }],
    // A length is a name until the article's sentences are counted; --sentences stays a number.
    [['demo', '--length', 'short', '--json'], { name: 'demo', budget: { length: 'short' }, isJson: true }],
    [
      ['summarize', 'a.html'],
      { name: 'summarize', input: 'a.html', url: null, budget: { length: 'medium' }, isJson: false, isJsonl: false },
    ],
    [
      ['summarize', '-', '--sentences', '2', '--json', '--url', 'https://x.example/a'],
      {
        name: 'summarize',
        input: '-',
        url: 'https://x.example/a',
        budget: { sentences: 2 },
        isJson: true,
        isJsonl: false,
      },
    ],
    [
      ['summarize', '--length=long', 'a.txt'],
      { name: 'summarize', input: 'a.txt', url: null, budget: { length: 'long' }, isJson: false, isJsonl: false },
    ],
    [
      ['summarize', '--jsonl', '--sentences=3'],
      { name: 'summarize', input: null, url: null, budget: { sentences: 3 }, isJson: false, isJsonl: true },
    ],
    [['extract', 'a.html', '--json'], { name: 'extract', input: 'a.html', url: null, isJson: true, isJsonl: false }],
    [['extract', '--jsonl'], { name: 'extract', input: null, url: null, isJson: false, isJsonl: true }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"; allowed: summarize, extract, demo/u],
    [['--frob'], /unknown option --frob/u],
    [
      ['summarize', 'a.html', '--frob'],
      /unknown option --frob for summarize; allowed: --url, --sentences, --length, --json, --jsonl/u,
    ],
    [
      ['extract', 'a.html', '--sentences', '3'],
      /unknown option --sentences for extract; allowed: --url, --json, --jsonl/u,
    ],
    [['summarize', 'a.html', '--sentences', '0'], /--sentences needs a whole number of at least 1, got "0"/u],
    [['summarize', 'a.html', '--sentences', '2.5'], /--sentences needs a whole number/u],
    [['summarize', 'a.html', '--sentences'], /--sentences needs a value/u],
    [['summarize', 'a.html', '--length', 'huge'], /--length must be one of short, medium, long, got "huge"/u],
    [['summarize', 'a.html', '--length', 'short', '--sentences', '2'], /either --sentences or --length/u],
    [['summarize', '--json', '--jsonl'], /either --json or --jsonl/u],
    [['summarize', '--jsonl', '--url', 'https://x.example'], /--url does not apply to --jsonl/u],
    [['summarize'], /summarize needs a file to read \(or - for stdin\)/u],
    [['extract', 'a.html', 'b.html'], /extract takes one file, got 2/u],
    [['demo', 'a.html'], /demo takes no file/u],
    [['summarize', 'a.html', '--json=yes'], /--json takes no value/u],
    [['extract', 'a.html', '--url', 'news/story'], /--url must be an absolute URL, got "news\/story"/u],
  ])('%j is a usage error', (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(message);
    expect((error as CliError).message).toContain('precis --help');
  });
});
