/**
 * Huge and strange pages for the robustness tests, written at setup into a temp dir served at
 * `/generated/` (tens of MB: too big to commit, quick to make). Deterministic: the same pages each run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The generated pages, by file name. */
export const GENERATED = {
  millionWords: 'million-words.html',
  hugeTable: 'huge-table.html',
  nestedDivs: 'nested-divs.html',
  noParagraphs: 'no-paragraphs.html',
  imagesOnly: 'images-only.html',
  iframeArticle: 'iframe-article.html',
  longRead: 'long-read.html',
} as const;

/** Words in `million-words.html`. */
export const MILLION = 1_000_000;
/** Bytes of `huge-table.html`, at least. */
export const TABLE_BYTES = 20 * 1024 * 1024;
/** Words in `long-read.html`: a long read, whose summary lengths grow past 3 / 5 / 7. */
export const LONG_READ = 30_000;
/** Depth of the nesting in `nested-divs.html`. */
export const NESTING = 10_000;

const SUBJECTS = [
  'The council',
  'The harbour board',
  'Local traders',
  'The ferry operator',
  'Residents',
  'The mayor',
  'Engineers',
  'The school board',
  'Volunteers',
  'The regional court',
];
const VERBS = [
  'approved',
  'questioned',
  'delayed',
  'funded',
  'reviewed',
  'rejected',
  'extended',
  'published',
  'welcomed',
  'revised',
];
const OBJECTS = [
  'the budget for the new sea wall',
  'plans for a second quay',
  'the winter timetable',
  'a study of the tidal flats',
  'the cost of the bridge repairs',
  'rules for market stalls',
  'the report on flooding',
  'a grant for the library',
  'the lease of the old warehouse',
  'a survey of the dunes',
];
const TAILS = [
  'after a long debate on Tuesday',
  'despite objections from the opposition',
  'for the third time this year',
  'citing rising costs',
  'following a public consultation',
  'in a vote of nine to four',
  'ahead of the spring tides',
  'with little notice',
  'at a packed meeting',
  'as expected',
];

/** A small deterministic generator (LCG): the same pages every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number, n: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}, item ${n}.`;
}

const page = (title: string, body: string, head = '') =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>\n${body}\n</body></html>\n`;

/** An article of `words` words in paragraphs of about 120 words. */
function millionWords(words: number, title = 'Harbour council minutes, complete'): string {
  const next = random(7);
  const parts: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    const sentences: string[] = [];
    let inParagraph = 0;
    while (inParagraph < 120 && count + inParagraph < words) {
      const s = sentence(next, ++n);
      sentences.push(s);
      inParagraph += s.split(' ').length;
    }
    count += inParagraph;
    parts.push(`<p>${sentences.join(' ')}</p>`);
  }
  return page(
    title,
    `<article><h1>${title}</h1>\n${parts.join('\n')}\n</article>`,
    '<meta property="og:type" content="article">',
  );
}

/**
 * A data table of at least `bytes` bytes: rows of about 1 KB, laid out `fixed` as data tables often are.
 * (Short rows make it 200,000 rows, which Chromium alone takes over a minute to lay out on 2 cores.)
 */
function hugeTable(bytes: number): string {
  const rows: string[] = [];
  const remark =
    'Arrived on the morning tide with timber and grain; inspected by the harbour master and cleared. '.repeat(10);
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const row = `<tr><td>${i}</td><td>Berth ${i % 97}</td><td>${(i * 37) % 1000} t</td><td>${remark}</td></tr>`;
    rows.push(row);
    size += row.length + 1;
  }
  return page(
    'Harbour arrivals, every one',
    `<h1>Arrivals</h1>\n<table style="table-layout:fixed;width:100%">\n${rows.join('\n')}\n</table>`,
  );
}

/**
 * `depth` nested divs around a short story, as markup. Chromium's parser stops nesting at 512 levels
 * and puts the rest beside the 511th; a DOM built deeper by script (3,000 and up) crashes Chromium's
 * renderer by itself, Precis or not, so the page doesn't.
 */
function nestedDivs(depth: number): string {
  const next = random(11);
  const story = Array.from(
    { length: 12 },
    (_, i) => `<p>${Array.from({ length: 5 }, (_, j) => sentence(next, i * 5 + j)).join(' ')}</p>`,
  ).join('');
  return page(
    'Deep harbour story',
    `<h1>Deep harbour story</h1>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}`,
  );
}

/** A long story told in `<div>`s and `<br>`s: no `<p>` anywhere. */
function noParagraphs(): string {
  const next = random(13);
  const blocks = Array.from(
    { length: 20 },
    (_, i) => `<div class="para">${Array.from({ length: 5 }, (_, j) => sentence(next, i * 5 + j)).join('<br>')}</div>`,
  );
  return page(
    'Harbour story without paragraphs',
    `<div class="story"><div class="headline">Harbour story without paragraphs</div>${blocks.join('\n')}</div>`,
  );
}

/** Forty images and nothing else (inline SVG, so nothing 404s). */
function imagesOnly(): string {
  const svg = (i: number) =>
    `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="hsl(${i * 9} 60% 60%)"/></svg>`)}`;
  return page(
    'Harbour in pictures',
    Array.from({ length: 40 }, (_, i) => `<img src="${svg(i)}" width="160" height="90" alt="">`).join('\n'),
  );
}

/** A page whose story is in a same-origin iframe; the top document itself has only a header. */
function iframeArticle(): string {
  return page(
    'Harbour story (framed)',
    `<header><a href="/">Harbour Gazette</a></header>\n<iframe src="/pages/plain-article.html" title="story" style="width:100%;height:80vh;border:0"></iframe>`,
  );
}

/** Write every generated page into `dir`. */
export async function writeGeneratedPages(dir: string): Promise<void> {
  await Promise.all([
    writeFile(join(dir, GENERATED.millionWords), millionWords(MILLION)),
    writeFile(join(dir, GENERATED.hugeTable), hugeTable(TABLE_BYTES)),
    writeFile(join(dir, GENERATED.nestedDivs), nestedDivs(NESTING)),
    writeFile(join(dir, GENERATED.noParagraphs), noParagraphs()),
    writeFile(join(dir, GENERATED.imagesOnly), imagesOnly()),
    writeFile(join(dir, GENERATED.iframeArticle), iframeArticle()),
    writeFile(join(dir, GENERATED.longRead), millionWords(LONG_READ, 'A year of harbour council minutes')),
  ]);
}
