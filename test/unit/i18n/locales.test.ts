/** Every locale in src/_locales matches English, and every key the UI asks for exists in English. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Message>;

const LOCALES = new URL('../../../src/_locales/', import.meta.url);
const SRC = new URL('../../../src/', import.meta.url);
const HTML_PAGES = ['ui/popup/popup.html', 'ui/options/options.html'];

const readLocale = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`${lang}/messages.json`, LOCALES), 'utf8')) as Messages;

const langs = readdirSync(LOCALES).filter((name) => statSync(new URL(name, LOCALES)).isDirectory());
const en = readLocale('en');
const enKeys = Object.keys(en).sort();

/** `$NAME$` references in a message, lower-cased (Chrome matches them case-insensitively), sorted. */
const references = (message: string): string[] =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()).sort();

/** Placeholder names mapped to their content, names lower-cased. */
const placeholders = (entry: Message): Record<string, string> =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('locales', () => {
  it('include English plus at least one translation', () => {
    expect(langs).toContain('en');
    expect(langs.length).toBeGreaterThan(1);
  });

  describe.each(langs)('%s', (lang) => {
    const messages = readLocale(lang);

    it('has exactly the English keys', () => {
      expect(Object.keys(messages).sort()).toEqual(enKeys);
    });

    it('has a non-empty string for every message', () => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(typeof entry.message, key).toBe('string');
        expect(entry.message.trim(), key).not.toBe('');
      }
    });

    it('uses the same placeholders as English', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const source = en[key];
        if (!source) continue;
        expect(placeholders(entry), key).toEqual(placeholders(source));
        expect(references(entry.message), key).toEqual(references(source.message));
        // Every reference resolves to a declared placeholder.
        for (const name of references(entry.message)) expect(Object.keys(placeholders(entry)), key).toContain(name);
      }
    });

    it('fits the store limits', () => {
      expect((messages.extName?.message ?? '').length, `${lang} extName`).toBeLessThanOrEqual(75);
      expect((messages.extDescription?.message ?? '').length, `${lang} extDescription`).toBeLessThanOrEqual(132);
    });
  });
});

describe('keys used by the UI', () => {
  it('exist in English', () => {
    const used = new Map<string, string>();
    for (const page of HTML_PAGES) {
      const html = readFileSync(new URL(page, SRC), 'utf8');
      for (const m of html.matchAll(/data-i18n(?:-label|-placeholder)?="([^"]+)"/g)) used.set(m[1] ?? '', page);
    }
    const root = fileURLToPath(SRC).replace(/\/$/, '');
    for (const file of tsFiles(root)) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:t|getMessage)\(\s*(['"`])([\w@]+)\1/g)) used.set(m[2] ?? '', file);
    }
    const known = new Set(enKeys);
    const missing = [...used]
      .filter(([key]) => !key.startsWith('@@') && !known.has(key))
      .map(([key, where]) => `${key} (${where})`);
    expect(used.size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
