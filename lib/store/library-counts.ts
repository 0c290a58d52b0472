// Running counts of the library (issue 7: the popup's first rows must not wait for counting).
// Chromium's IndexedDB count() walks every index entry (0.5–1.2 s at 100k articles), and a count
// a closed popup started keeps the backend busy in front of the next popup's first read. So the
// totals the popup shows are kept in `libraryCounts` (migration 011), one row per group:
//   ['all']                     every article
//   ['d', date]                 articles of one issue date (what the `date` index holds)
//   ['p', paper]                articles of one paper (the `paperName` index)
//   ['pd', paper, date]         one paper's issue (the `[paperName+date]` index)
// They change in the same transaction as the article rows, through one place: the DBCore
// middleware in library-counts-middleware.ts, which sees every write of the articles table
// whatever API made it. Only string dates and papers are counted, as the popup's groups are.
// Two rows are not counts: ['#stale'] (present = a count went wrong, rebuild) and
// ['#verifiedAt'] (n = when the counts were last recounted from the rows).
import type { Table } from 'dexie';

export const LIBRARY_COUNTS_TABLE = 'libraryCounts';

export type LibraryCountKey = ['all'] | ['d', string] | ['p', string] | ['pd', string, string] | ['#stale'] | ['#verifiedAt'];

export interface LibraryCountRecord {
  key: LibraryCountKey;
  /** How many articles (a time in ms for ['#verifiedAt']). */
  n: number;
}

export const ALL_KEY: LibraryCountKey = ['all'];
export const STALE_KEY: LibraryCountKey = ['#stale'];
export const VERIFIED_KEY: LibraryCountKey = ['#verifiedAt'];

type Grouped = { date?: unknown; paperName?: unknown };

/** The count rows one article adds to. */
export function countKeysOf(a: Grouped): LibraryCountKey[] {
  const keys: LibraryCountKey[] = [ALL_KEY];
  const date = typeof a.date === 'string' ? a.date : null;
  const paper = typeof a.paperName === 'string' ? a.paperName : null;
  if (date != null) keys.push(['d', date]);
  if (paper != null) keys.push(['p', paper]);
  if (date != null && paper != null) keys.push(['pd', paper, date]);
  return keys;
}

/** A map key for a count key (arrays do not compare by value). */
export const keyText = (k: readonly unknown[]): string => JSON.stringify(k);

/** Adds `sign` × the article's groups to `delta` (keyed by keyText). */
export function addToDelta(delta: Map<string, { key: LibraryCountKey; n: number }>, a: Grouped, sign: 1 | -1): void {
  for (const key of countKeysOf(a)) {
    const k = keyText(key);
    const d = delta.get(k);
    if (d) d.n += sign;
    else delta.set(k, { key, n: sign });
  }
}

/** Rows read per request when counting from scratch. */
const CHUNK = 2000;

/**
 * The counts computed from scratch (migration 011, the repair), by reading the rows in primary-key
 * chunks (one getAll each). Walking the date/paper index keys instead would read no body, but it
 * is one cursor step per entry: 48 s for 20k keys in fake-indexeddb, against 2 s for the rows.
 */
export async function countsFromRows(articles: Table): Promise<LibraryCountRecord[]> {
  const delta = new Map<string, { key: LibraryCountKey; n: number }>([[keyText(ALL_KEY), { key: ALL_KEY, n: 0 }]]);
  let last: string | undefined;
  for (;;) {
    const rows = (await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(CHUNK).toArray()) as (Grouped & { id: string })[];
    for (const a of rows) addToDelta(delta, a, 1);
    if (rows.length < CHUNK) break;
    last = rows[rows.length - 1]!.id;
  }
  return [...delta.values()];
}

/** Replaces every count row with `rows` (inside the caller's transaction over `counts`). */
export async function writeCounts(counts: Table, rows: LibraryCountRecord[], verifiedAt: number): Promise<void> {
  await counts.clear();
  await counts.bulkPut([...rows, { key: VERIFIED_KEY, n: verifiedAt }]);
}
