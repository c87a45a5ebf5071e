import { DEFAULT_LENGTH, SUMMARY_LENGTHS, isSummaryLength } from '../article/length';
import type { SummaryOptions } from '../summarize/types';
import { CliError, EXIT_USAGE } from './cli-error';

/** How long a summary the command line asks for when it names none: the default length, by its rule. */
const DEFAULT_BUDGET: SummaryOptions = { length: DEFAULT_LENGTH };

/** The commands `precis` knows, in the order `--help` lists them. */
export const COMMANDS = ['summarize', 'extract', 'demo'] as const;

/** What the command line asks for, checked and with defaults filled in. */
export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | { name: 'extract'; input: string | null; url: string | null; isJson: boolean; isJsonl: boolean }
  | {
      name: 'summarize';
      input: string | null;
      url: string | null;
      /** `--sentences N` exactly, or `--length L` by the length rule. */
      budget: SummaryOptions;
      isJson: boolean;
      isJsonl: boolean;
    }
  | { name: 'demo'; budget: SummaryOptions; isJson: boolean };

/** Flags each command accepts; `--help` and `--version` work everywhere. */
const FLAGS = {
  summarize: ['--url', '--sentences', '--length', '--json', '--jsonl'],
  extract: ['--url', '--json', '--jsonl'],
  demo: ['--sentences', '--length', '--json'],
} as const satisfies Record<(typeof COMMANDS)[number], readonly string[]>;
const VALUE_FLAGS = new Set(['--url', '--sentences', '--length']);

function usageError(message: string): CliError {
  return new CliError(`${message}\nRun \`precis --help\` for usage.`, EXIT_USAGE);
}

function isCommandName(name: string): name is (typeof COMMANDS)[number] {
  return (COMMANDS as readonly string[]).includes(name);
}

function parseSentences(value: string): SummaryOptions {
  if (!/^\d+$/u.test(value) || Number(value) < 1) {
    throw usageError(`--sentences needs a whole number of at least 1, got "${value}"`);
  }
  return { sentences: Number(value) };
}

function parseLength(value: string): SummaryOptions {
  if (!isSummaryLength(value)) {
    throw usageError(`--length must be one of ${SUMMARY_LENGTHS.join(', ')}, got "${value}"`);
  }
  return { length: value };
}

/** Turns `process.argv.slice(2)` into a Command, or throws a CliError with exit code 2. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { name: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { name: 'version' };
  const [first, ...rest] = argv;
  if (first === undefined) return { name: 'demo', budget: DEFAULT_BUDGET, isJson: false };
  if (!isCommandName(first)) {
    throw usageError(
      first.startsWith('-')
        ? `unknown option ${first}; allowed before a command: --help, --version`
        : `unknown command "${first}"; allowed: ${COMMANDS.join(', ')}`,
    );
  }
  const allowed: readonly string[] = FLAGS[first];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (!allowed.includes(flag)) {
      throw usageError(`unknown option ${flag} for ${first}; allowed: ${allowed.join(', ')}`);
    }
    if (VALUE_FLAGS.has(flag)) {
      const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw usageError(`${flag} needs a value`);
      values.set(flag, value);
    } else if (eq !== -1) {
      throw usageError(`${flag} takes no value`);
    } else {
      switches.add(flag);
    }
  }

  if (values.has('--sentences') && values.has('--length')) {
    throw usageError('give either --sentences or --length, not both');
  }
  const sentencesArg = values.get('--sentences');
  const lengthArg = values.get('--length');
  const budget =
    sentencesArg !== undefined
      ? parseSentences(sentencesArg)
      : lengthArg !== undefined
        ? parseLength(lengthArg)
        : DEFAULT_BUDGET;
  const isJson = switches.has('--json');
  const isJsonl = switches.has('--jsonl');
  const url = values.get('--url') ?? null;
  if (url !== null && !URL.canParse(url)) throw usageError(`--url must be an absolute URL, got "${url}"`);
  if (isJson && isJsonl) throw usageError('give either --json or --jsonl, not both');
  if (isJsonl && url !== null) throw usageError('--url does not apply to --jsonl; give "url" on each line');

  if (first === 'demo') {
    if (positionals.length > 0) throw usageError(`demo takes no file, got "${positionals[0]}"`);
    return { name: 'demo', budget, isJson };
  }
  if (positionals.length > 1) throw usageError(`${first} takes one file, got ${positionals.length}`);
  const input = positionals[0] ?? null;
  if (input === null && !isJsonl) {
    throw usageError(`${first} needs a file to read (or - for stdin)`);
  }
  return first === 'extract'
    ? { name: 'extract', input, url, isJson, isJsonl }
    : { name: 'summarize', input, url, budget, isJson, isJsonl };
}
