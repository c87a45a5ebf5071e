import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses a page with jsdom the way every Node entry does: page scripts never run (jsdom's default
 * `runScripts` is off), nothing is fetched, and jsdom's console (CSS parse errors and the like) goes
 * nowhere. jsdom 29 throws on some stylesheets it can't parse (css-tree on nested `calc()`); such a
 * page is parsed again without its `<style>` elements, which extraction never reads.
 */
export function loadDom(html: string, url?: string): JSDOM {
  const options = { url: url || undefined, virtualConsole: new VirtualConsole() };
  try {
    return new JSDOM(html, options);
  } catch {
    return new JSDOM(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''), options);
  }
}
