import { DATA_TABLE_ROWS } from './page-caps';

/** Text outside tables below this many characters (about 300 words) tells no story of its own. */
const MAX_PROSE_CHARS = 2_000;

function visibleChars(node: Node | null): number {
  return (node?.textContent ?? '').replace(/\s+/g, '').length;
}

/**
 * Whether `doc` is a data table rather than an article: hundreds of rows, nearly all of its text in
 * them, and too little text outside them to tell a story. Its cells are no story even when the reader
 * asks for one ("Summarize anyway"), and Readability's passes over them cost minutes in jsdom.
 */
export function isDataTable(doc: Document): boolean {
  if (doc.getElementsByTagName('tr').length < DATA_TABLE_ROWS || !doc.body) return false;
  const total = visibleChars(doc.body);
  let inTables = 0;
  for (const table of Array.from(doc.body.getElementsByTagName('table'))) {
    if (!table.parentElement?.closest('table')) inTables += visibleChars(table);
  }
  const outside = total - inTables;
  return outside < MAX_PROSE_CHARS && inTables > 4 * outside;
}
