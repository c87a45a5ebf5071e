/**
 * The date an article was published, as the reader's browser writes dates ("Mar 5, 2026"), or null
 * when `iso` is missing or no date. The background formats it for the popup: the first date formatter
 * a fresh popup makes costs it ~0.5 ms, and far more in a process just started, before its first frame.
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
