/** FNV-1a over the article's text: cheap, stable, enough to tell that a page changed. */
export function contentHash(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1e; // paragraph separator, so ['ab'] and ['a', 'b'] differ
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
