// Keeping the running counts trustworthy (library-counts.ts). Writes keep them exact through the
// middleware, so this is a safety net, run by the background some seconds after a worker start
// (never by the popup: its first rows must not queue behind an index walk):
// - rebuild when they are flagged stale (a write found one below zero), or missing while the
//   library has articles, or say articles where there are none;
// - once a week otherwise, count the rows afresh in one read-only transaction (a consistent
//   snapshot; chunked reads, seconds at 100k articles, which other readers interleave with) and
//   rebuild when they differ.
// A rebuild is one read-write transaction over articles and counts, so no write slips between
// the reading and the new rows.
import type { QubaoDb } from './db';
import { ALL_KEY, countsFromRows, keyText, STALE_KEY, VERIFIED_KEY, writeCounts, type LibraryCountRecord } from './library-counts';

export const VERIFY_EVERY_MS = 7 * 24 * 3600_000;
/** After a worker start: past the popup's first reads and the search catch-up's start (8 s). */
export const CHECK_DELAY_MS = 15_000;

export type CountsCheck = 'fresh' | 'verified' | 'rebuilt';

const countRows = (rows: LibraryCountRecord[]) => new Map(rows.filter((r) => !String(r.key[0]).startsWith('#') && (r.n !== 0 || r.key[0] === 'all')).map((r) => [keyText(r.key), r.n]));

function same(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, n] of a) if (b.get(k) !== n) return false;
  return true;
}

export async function rebuildLibraryCounts(db: QubaoDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.articles, db.libraryCounts], async () => {
    await writeCounts(db.libraryCounts, await countsFromRows(db.articles), now);
  });
}

/** Checks the counts and rebuilds them if needed; what it did. */
export async function checkLibraryCounts(db: QubaoDb, now = Date.now()): Promise<CountsCheck> {
  const { stale, all, verified, anyArticle } = await db.transaction('r', [db.articles, db.libraryCounts], async () => {
    const [s, a, v] = await db.libraryCounts.bulkGet([STALE_KEY, ALL_KEY, VERIFIED_KEY]);
    return { stale: !!s, all: a?.n ?? null, verified: v?.n ?? null, anyArticle: (await db.articles.limit(1).primaryKeys()).length > 0 };
  });
  if (stale || (all == null && anyArticle) || (!!all && !anyArticle)) {
    await rebuildLibraryCounts(db, now);
    return 'rebuilt';
  }
  if (verified == null) {
    // A library created at this version (no upgrade set the mark): its counts were kept from the
    // first write. The week starts now, rather than a recount of a maybe large library at once.
    await db.libraryCounts.put({ key: VERIFIED_KEY, n: now });
    return 'fresh';
  }
  if (now - verified < VERIFY_EVERY_MS && verified <= now) return 'fresh';
  const agree = await db.transaction('r', [db.articles, db.libraryCounts], async () => same(countRows(await db.libraryCounts.toArray()), countRows(await countsFromRows(db.articles))));
  if (!agree) {
    await rebuildLibraryCounts(db, now);
    return 'rebuilt';
  }
  await db.libraryCounts.put({ key: VERIFIED_KEY, n: now });
  return 'verified';
}

/** The background's call at worker start: the check, CHECK_DELAY_MS later. */
export function scheduleLibraryCountsCheck(db: QubaoDb, onError: (e: unknown) => void, delayMs = CHECK_DELAY_MS): void {
  setTimeout(() => void checkLibraryCounts(db).catch(onError), delayMs);
}
