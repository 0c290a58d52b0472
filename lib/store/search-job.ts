// The "index the library" job in the `jobs` table. Articles saved before search existed (or
// indexed by an older SEARCH_INDEX_VERSION) are found by comparing keys, not by a cursor: what
// the job has indexed drops out of the pending set, so a job a stopped worker left half done is
// resumed by simply starting it again. The row carries the progress the popup shows.
import type { QubaoDb } from './db';
import { countAll } from './library-counts-read';
import { readSearchStats } from './search-store';
import { SEARCH_INDEX_VERSION } from './search-types';
import type { JobRecord, JobStatus } from './types';

export const INDEX_JOB_KIND = 'search-index';
/** One `jobs` row whose `updatedAt` is the last full key comparison that ran to its end. */
export const INDEX_CHECK_KIND = 'search-index-check';

export interface IndexJobPayload {
  version: number;
  done: number;
  total: number;
}

export interface IndexJobRecord extends JobRecord {
  id: number;
  kind: typeof INDEX_JOB_KIND;
  payload: IndexJobPayload;
}

/**
 * Ids of articles with no index row, one from an older version, or no document number (a row
 * that came without its postings, e.g. from a backup); in key order.
 */
export async function articlesNeedingIndex(db: QubaoDb): Promise<string[]> {
  const [articleIds, indexed, stale, numbered] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    db.searchDocs.toCollection().primaryKeys(),
    db.searchDocs.where('version').below(SEARCH_INDEX_VERSION).primaryKeys(),
    db.searchDocNos.orderBy('id').keys(),
  ]);
  const posted = new Set(numbered as string[]);
  const have = new Set(indexed.filter((id) => posted.has(id)));
  for (const id of stale) have.delete(id);
  return articleIds.filter((id) => !have.has(id));
}

/**
 * The cheap test run at every worker start instead of the key comparison (which reads every
 * primary key of three 100k-row tables and holds up the popup's first read): counts only, no key
 * leaves the database. When every article has a current index row with a document number and
 * no index row is orphaned, the three counts are equal and nothing is stale. Whatever leaves an
 * article unindexed without a matching orphan (an import, a restore, a version bump, migration
 * 007, a worker stopped before its queue drained) changes a count, so it is seen here. The one
 * case counts cannot see, an orphan and an unindexed article at once, is left to the full
 * comparison that still runs now and then (`fullIndexCheckDue`).
 */
export async function indexCountsAgree(db: QubaoDb): Promise<boolean> {
  // Counted over an index every row has: a table's count() walks the rows themselves in
  // Chromium's IndexedDB, an index's count() only its keys.
  const [articles, docs, numbered, stale] = await Promise.all([
    db.articles.orderBy('savedAt').count(),
    db.searchDocs.orderBy('version').count(),
    db.searchDocNos.orderBy('id').count(),
    db.searchDocs.where('version').below(SEARCH_INDEX_VERSION).count(),
  ]);
  return stale === 0 && articles === docs && docs === numbered;
}

/**
 * What the catch-up last found in agreement, in numbers kept up to date by every write (the
 * library's running article count, the index's document count) plus the schema and index
 * versions. At a later worker start, equal numbers mean no article was written or removed, no
 * index write happened and nothing was upgraded since: the index counts (which walk three
 * 100k-entry indexes, ~1.7 s in Chromium) would agree again, so they are skipped. Any save,
 * delete, import, migration or version bump since changes a number and the counts run.
 */
export interface IndexCountsSnapshot {
  articles: number;
  docs: number;
  schema: number;
  version: number;
}

/** The numbers now; null when the running counts are being repaired (then the counts run). */
export async function indexCountsSnapshot(db: QubaoDb): Promise<IndexCountsSnapshot | null> {
  const articles = await countAll(db);
  if (articles == null) return null;
  return { articles, docs: (await readSearchStats(db)).docCount, schema: db.verno, version: SEARCH_INDEX_VERSION };
}

export function sameSnapshot(a: IndexCountsSnapshot | null | undefined, b: IndexCountsSnapshot | null | undefined): boolean {
  return !!a && !!b && a.articles === b.articles && a.docs === b.docs && a.schema === b.schema && a.version === b.version;
}

/** When the last full key comparison ran to its end (0: never). */
export async function lastFullIndexCheck(db: QubaoDb): Promise<number> {
  const rows = await db.jobs.where('kind').equals(INDEX_CHECK_KIND).toArray();
  return Math.max(0, ...rows.map((r) => r.updatedAt));
}

export async function fullIndexCheckDue(db: QubaoDb, every: number, now = Date.now()): Promise<boolean> {
  return now - (await lastFullIndexCheck(db)) >= every;
}

/** Records a finished full comparison (one row, updated in place). */
export async function recordFullIndexCheck(db: QubaoDb, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.jobs, async () => {
    const row = await db.jobs.where('kind').equals(INDEX_CHECK_KIND).first();
    if (row?.id != null) await db.jobs.update(row.id, { updatedAt: now });
    else await db.jobs.add({ kind: INDEX_CHECK_KIND, status: 'done', payload: null, createdAt: now, updatedAt: now, error: null });
  });
}

/** Index rows whose article is gone (deleted while no worker was there to see it). */
export async function orphanedIndexRows(db: QubaoDb): Promise<string[]> {
  const [articleIds, indexed] = await Promise.all([db.articles.toCollection().primaryKeys(), db.searchDocs.toCollection().primaryKeys()]);
  const have = new Set(articleIds);
  return indexed.filter((id) => !have.has(id));
}

export async function latestIndexJob(db: QubaoDb): Promise<IndexJobRecord | null> {
  const rows = await db.jobs.where('kind').equals(INDEX_JOB_KIND).toArray();
  const last = rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
  return last && last.id != null ? (last as IndexJobRecord) : null;
}

/**
 * The job for `pending` articles: the running one (a resumed job keeps the count it had done,
 * its total grows by what was saved meanwhile), or a new one.
 */
export async function openIndexJob(db: QubaoDb, pending: number, now = Date.now()): Promise<IndexJobRecord> {
  const last = await latestIndexJob(db);
  if (last && last.status === 'running') {
    const payload = { version: SEARCH_INDEX_VERSION, done: last.payload.done, total: last.payload.done + pending };
    await db.jobs.update(last.id, { payload, updatedAt: now });
    return { ...last, payload, updatedAt: now };
  }
  const payload: IndexJobPayload = { version: SEARCH_INDEX_VERSION, done: 0, total: pending };
  const row: JobRecord = { kind: INDEX_JOB_KIND, status: 'running', payload, createdAt: now, updatedAt: now, error: null };
  const id = await db.jobs.add(row);
  return { ...row, id, kind: INDEX_JOB_KIND, payload };
}

export async function updateIndexJob(db: QubaoDb, id: number, patch: { status?: JobStatus; done?: number; error?: string | null }, now = Date.now()): Promise<void> {
  await db.jobs
    .where('id')
    .equals(id)
    .modify((j: JobRecord) => {
      const p = j.payload as IndexJobPayload;
      if (patch.done != null) j.payload = { ...p, done: patch.done };
      if (patch.status) j.status = patch.status;
      if (patch.error !== undefined) j.error = patch.error;
      j.updatedAt = now;
    });
}
