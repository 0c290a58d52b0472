// Reading the running counts (library-counts.ts): a few small rows instead of an index count.
// Every answer is null when the counts cannot be trusted (flagged stale, or missing while the
// library has articles): the popup then shows no number and the background's repair rebuilds them.
import type { QubaoDb } from './db';
import { ALL_KEY, STALE_KEY, type LibraryCountKey, type LibraryCountRecord } from './library-counts';

/** Below every string (the lower end of an open date range), and above every string. */
const LOW = '';
const HIGH: never[] = []; // an array key sorts after every string

/** Whether the counts can be used: present, not flagged. One transaction, two keys. */
export async function countsUsable(db: QubaoDb): Promise<boolean> {
  const [all, stale] = await db.libraryCounts.bulkGet([ALL_KEY, STALE_KEY]);
  if (stale) return false;
  if (all) return true;
  // No 'all' row: right only for a library that never had an article (one key read).
  return (await db.articles.limit(1).primaryKeys()).length === 0;
}

const sum = (rows: LibraryCountRecord[]) => rows.reduce((s, r) => s + r.n, 0);

function between(db: QubaoDb, lower: LibraryCountKey | unknown[], upper: LibraryCountKey | unknown[]): Promise<LibraryCountRecord[]> {
  return db.libraryCounts.where(':id').between(lower, upper, true, true).toArray();
}

/** Articles in the library. */
export async function countAll(db: QubaoDb): Promise<number | null> {
  return db.transaction('r', [db.libraryCounts, db.articles], async () => {
    if (!(await countsUsable(db))) return null;
    return (await db.libraryCounts.get(ALL_KEY))?.n ?? 0;
  });
}

/** Articles of a paper (any date), of a date (any paper), or of a paper and a date range. */
export async function countWhere(db: QubaoDb, q: { paper?: string | null; date?: string | null; from?: string | null; to?: string | null }): Promise<number | null> {
  return db.transaction('r', [db.libraryCounts, db.articles], async () => {
    if (!(await countsUsable(db))) return null;
    const ranged = q.from != null || q.to != null;
    const from = q.from ?? LOW;
    const to = q.to ?? HIGH;
    if (q.paper != null) {
      if (q.date != null) return (await db.libraryCounts.get(['pd', q.paper, q.date]))?.n ?? 0;
      if (!ranged) return (await db.libraryCounts.get(['p', q.paper]))?.n ?? 0;
      return sum(await between(db, ['pd', q.paper, from], ['pd', q.paper, to as never]));
    }
    if (q.date != null) return (await db.libraryCounts.get(['d', q.date]))?.n ?? 0;
    if (!ranged) return (await db.libraryCounts.get(ALL_KEY))?.n ?? 0;
    return sum(await between(db, ['d', from], ['d', to as never]));
  });
}

/** Paper names with at least one article, A→Z (what the paperName index's unique keys give). */
export async function countedPapers(db: QubaoDb): Promise<string[] | null> {
  return db.transaction('r', [db.libraryCounts, db.articles], async () => {
    if (!(await countsUsable(db))) return null;
    return (await between(db, ['p', LOW], ['p', HIGH])).filter((r) => r.n > 0).map((r) => r.key[1] as string);
  });
}
