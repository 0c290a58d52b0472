// Reads the extension's saved-article list and reader through the data-testids the UI exposes.
// The readers are plain JavaScript source strings, evaluated in the page by Playwright or
// Puppeteer alike; strings (not functions) so no bundler helper (tsx's __name) leaks into the page.

export interface SavedRow {
  paper: string;
  date: string;
  page: string;
  title: string;
}

export interface SavedList {
  rows: SavedRow[];
  empty: boolean;
  failed: number;
}

/** Evaluates to a SavedList. */
/**
 * True once the popup shows the database's rows (use-library's mark) or its empty state: rows
 * drawn before that may be the last popup's snapshot. Wait for it before reading the list. A
 * function, not a string: extension pages' CSP forbids the eval a string predicate needs.
 */
export const libraryFresh = (): boolean => performance.getEntriesByName('qubao:library-fresh').length > 0 || !!document.querySelector('[data-testid="empty-state"]');

export const READ_SAVED_LIST_JS = `(() => {
  const text = (root, id) => (root.querySelector('[data-testid="' + id + '"]')?.textContent ?? '').trim();
  const rows = [...document.querySelectorAll('[data-testid="article-row"]')].map((r) => ({
    paper: text(r, 'row-paper'), date: text(r, 'row-date'), page: text(r, 'row-page'), title: text(r, 'row-title'),
  }));
  return { rows, empty: !!document.querySelector('[data-testid="empty-state"]'),
    failed: document.querySelectorAll('[data-testid="failed-row"]').length };
})()`;

export interface ReaderView {
  title: string;
  introTitle: string | null;
  subtitle: string | null;
  byline: string;
  meta: string;
  body: string;
  originalLink: string | null;
}

/** Evaluates to a ReaderView, or null while the reader has not rendered a title. */
export const READ_READER_JS = `(() => {
  const el = (id) => document.querySelector('[data-testid="' + id + '"]');
  const text = (id) => { const e = el(id); return e ? (e.textContent ?? '').trim() : null; };
  if (!el('reader-title') || !text('reader-title')) return null;
  return { title: text('reader-title'), introTitle: text('reader-intro-title'), subtitle: text('reader-subtitle'),
    byline: text('reader-byline') ?? '', meta: text('reader-meta') ?? '',
    body: el('reader-body')?.innerText ?? '', originalLink: el('reader-original-link')?.href ?? null };
})()`;

/** Whether a printed date (2026-03-18, 2026/3/18, 2026年3月18日) is the ISO day given. */
export function sameDay(printed: string, iso: string): boolean {
  const want = iso.split('-').map(Number).join(',');
  const nums = (printed.match(/\d+/g) ?? []).map(Number);
  return nums.some((_, i) => nums.slice(i, i + 3).join(',') === want);
}
