/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}
