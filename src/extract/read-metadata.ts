import { countWords } from '../article/count-words';
import { normalizeText } from './normalize-text';
import { unicodeWords } from './unicode-words';

/** What the page says about itself, before Readability has a say. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const ARTICLE_TYPE = /Article|Posting|Report|Blog/i;

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return normalizeText(value) || null;
  return null;
}

function personName(value: Json | undefined): string | null {
  if (typeof value === 'string') return normalizeText(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return str(value.name);
  return null;
}

/** The JSON-LD object that describes the article itself (schema.org *Article / *Posting), if any. */
function jsonLdArticle(doc: Document): Record<string, Json> | null {
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Sites ship broken JSON-LD often enough; the meta tags still stand.
    }
    const queue: Json[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const type = item['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return item;
        if (item['@graph']) queue.push(item['@graph']);
      }
    }
  }
  return null;
}

type MetaTags = Map<string, string>;

/**
 * All `<meta>` tags in one pass, by lower-cased key ("DC.Creator" and "dc:creator" are one key). A
 * `property` may hold several keys ("dc:creator twitter:site_name"), and a key a page states as a
 * `property` outranks the same key as a `name` or `itemprop`; otherwise the first tag wins.
 */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  const fromProperty = new Set<string>();
  // One walk over the tags: a selector per key costs a full-document scan each on jsdom.
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const value = normalizeText(el.getAttribute('content') ?? '');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const raw = el.getAttribute(attr)?.trim().toLowerCase();
      if (!raw) continue;
      const keys = attr === 'property' ? raw.split(/\s+/) : [raw];
      for (const key of keys.map((k) => k.replace(/^(dc|dcterms?)\./, '$1:'))) {
        if (tags.has(key) && (attr !== 'property' || fromProperty.has(key))) continue;
        tags.set(key, value);
        if (attr === 'property') fromProperty.add(key);
      }
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

/** The first year a news page can plausibly be dated (0001-01-01 is a template's empty date). */
const FIRST_YEAR = 1900;
const DAY_MS = 86_400_000;

/**
 * A date as ISO 8601: kept as written when it already is, converted when `Date` understands it; null
 * when it is no plausible publication date (before FIRST_YEAR, or more than a day after `now`).
 */
export function toIsoDate(value: string | null, now: number = Date.now()): string | null {
  if (!value) return null;
  const v = value.trim();
  const isIso = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(v);
  const time = Date.parse(isIso ? v.replace(' ', 'T') : v);
  if (Number.isNaN(time)) return null;
  const year = isIso ? Number(v.slice(0, 4)) : new Date(time).getUTCFullYear();
  if (year < FIRST_YEAR || time > now + DAY_MS) return null;
  return isIso ? v.replace(' ', 'T') : new Date(time).toISOString();
}

/** Read title, byline, site name, language and date from JSON-LD, Open Graph and meta tags. */
export function readMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const publisher = ld?.['publisher'];
  const title = str(ld?.['headline']) ?? meta(tags, 'og:title', 'twitter:title', 'dc:title', 'title');
  const byline =
    personName(ld?.['author']) ??
    meta(tags, 'dc:creator', 'dcterm:creator', 'dcterms:creator', 'author', 'article:author', 'byl', 'parsely-author');
  const siteName =
    meta(tags, 'og:site_name', 'application-name') ??
    (publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? str(publisher['name']) : null);
  const lang =
    normalizeText(doc.documentElement?.getAttribute('lang') ?? '') ||
    meta(tags, 'og:locale', 'language', 'content-language', 'dc:language')?.replace('_', '-') ||
    str(ld?.['inLanguage']);
  const published =
    str(ld?.['datePublished']) ??
    meta(
      tags,
      'article:published_time',
      'og:published_time',
      'datepublished',
      'date',
      'dc:date',
      'pubdate',
      'parsely-pub-date',
      'sailthru.date',
    ) ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  return {
    title,
    byline: isUrl(byline) ? null : byline,
    siteName,
    lang: lang || null,
    publishedTime: toIsoDate(published),
  };
}

// Facebook's article:author is often a profile URL, which is no byline.
function isUrl(value: string | null): boolean {
  return !!value && /^https?:\/\//i.test(value);
}

// Month and weekday names, capitalised or not: no `i` flag, which would make \p{Lu} match any letter.
const either = (word: string): string => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;
const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const WEEKDAYS = ['mon', 'tue(?:s)?', 'wed(?:nes)?', 'thu(?:rs)?', 'fri', 'sat(?:ur)?', 'sun'];
const MONTH = `(?:${MONTHS.map(either).join('|')})\\.?`;
const WEEKDAY = `(?:${WEEKDAYS.map(either).join('|')})(?:day)?\\.?,?\\s*`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// A date at the end of a byline, from where a word starts or where a name runs into it unspaced
// ("by Jeff FoustMonday, November 18, 2019": the site put the date on its own line, text lost the break).
const TRAILING_DATE = new RegExp(
  `[\\s,|·•–—-]*(?:^|(?<=[^\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\p{N}))(?:${WEEKDAY})?` +
    `(?:${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}).*$`,
  'u',
);

// A name in capitals run into the next line's word ("ERIC TUCKERAssociated Press").
const CAPITALS_RUN_ON = /(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu;

/**
 * A byline as its lines read: without the date a page printed after it, and with a space where a line
 * break was lost between a name in capitals and the next word; null when nothing but a date is left.
 */
export function tidyByline(byline: string | null): string | null {
  if (byline === null) return null;
  const cleaned = byline.replace(TRAILING_DATE, '').replace(CAPITALS_RUN_ON, '$1 ').trim();
  const name = stripLabels(cleaned).trim();
  // What is left of "Last Updated:" or "Posted" names no one.
  return !name || UPDATED_ONLY.test(name) ? null : name;
}

// The labels sites print before a name, each language's "By" and "Text:", however many times over
// ("By By Sandee LaMotte", "By Текст: Венера Ерофеева"): the popup says "By" itself. A bare word that is
// also a name particle (von, di, por) only goes before a capital or another label; "Di Stefano" stays.
const COLON_LABEL =
  /^\s*(?:by|written by|words|text|texte|texto|testo|tekst|текст|автор|author|autor|auteur|autore|reporting|story|redacción|redaktion)\s*[:：]\s*/iu;
const WORD_LABEL = unicodeWords(
  /^\s*(?:[Bb]y|BY|[Ww]ritten by|[Vv]on|[Pp]ar|[Pp]or|di|[Dd]oor|[Pp]rzez|[Aa]v|[Aa]f)\s+(?=\p{Lu}|(?:by|text|texte|текст)\b)/u,
);

/** Whether a line opens with a byline's label ("By", "Von", "Por", "Текст:"), before a name. */
export function hasBylineLabel(line: string): boolean {
  return COLON_LABEL.test(line) || WORD_LABEL.test(line);
}

function stripLabels(byline: string): string {
  let rest = byline;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(COLON_LABEL, '').replace(WORD_LABEL, '');
  }
  return rest;
}
/** A label with nothing after it. */
const UPDATED_ONLY = /^(?:last\s+)?(?:updated|published|posted|modified)\s*:?$/iu;

const SEPARATORS = /\s+[|\-–—:·•»]\s+/;

/** Drop a trailing " | Site" / " - Site" from a title, when the tail names the site or is short next to the head. */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const t = normalizeText(title);
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const tail = parts[parts.length - 1]!;
  const head = t.slice(0, t.length - tail.length).replace(/\s+[|\-–—:·•»]\s+$/, '');
  const site = siteName?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const tailKey = tail.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (site && (tailKey === site || tailKey.includes(site) || site.includes(tailKey))) return head;
  // Without a site name, only a separator the site would use (not a colon: "Review: X") and a short tail.
  // Counted in words, not spaces: a Chinese or Japanese headline has none.
  if (/[|–—·•»]|\s-\s/.test(t.slice(head.length, head.length + 4)) && countWords(tail) <= 4 && countWords(head) >= 3) {
    return head;
  }
  return t;
}
