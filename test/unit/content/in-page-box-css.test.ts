import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOX_CSS } from '../../../src/content/in-page-box-css';

const THEME = readFileSync(new URL('../../../src/ui/theme.css', import.meta.url), 'utf8');
const VARIABLES = [...THEME.matchAll(/(--[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const);

describe('the in-page box palette', () => {
  it('finds the palette in theme.css', () => {
    expect(VARIABLES.map(([name]) => name)).toEqual(expect.arrayContaining(['--bg', '--fg', '--accent', '--line']));
  });

  it.each(VARIABLES)('sets %s to the popup value %s, on the box', (name, value) => {
    expect(BOX_CSS).toContain(`${name}: ${value};`);
  });

  it('scopes the palette and the reader theme to the box, not the page root', () => {
    expect(BOX_CSS).not.toContain(':root');
    expect(BOX_CSS).toContain(".box[data-theme='dark']");
    expect(BOX_CSS).toContain(".box[data-theme='light']");
  });
});
