/** Which way a language is written, for the `dir` of what Precis shows in it. Pure. */

/** Languages written right to left (their primary subtags). */
const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for a right-to-left language tag, `auto` (let the text decide) otherwise. */
export function textDirection(lang: string | null): 'rtl' | 'auto' {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary && RTL.has(primary) ? 'rtl' : 'auto';
}
