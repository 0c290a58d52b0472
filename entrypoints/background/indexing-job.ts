// The catch-up job at every worker start: index the articles that have no (current) index row
// (saved before search existed, or saved while a worker stopped before its queue drained) and
// drop rows whose article is gone. Progress is written to its `jobs` row after every batch for
// the popup; nothing else is needed to resume, since indexed articles leave the pending set.
// A run first compares counts (indexCountsAgree) and reads every key only when they disagree or
// when asked (`full`: the daily check). The counts keep 300k keys out of the worker's memory, but
// in Chromium they cost the database about as much as the keys, so what keeps this away from a
// popup's first read is the delay after a worker start (startIndexing).
import type { QubaoDb } from '@/lib/store';
import { removeFromIndex } from '@/lib/store/search-index';
import {
  articlesNeedingIndex,
  indexCountsAgree,
  indexCountsSnapshot,
  openIndexJob,
  orphanedIndexRows,
  recordFullIndexCheck,
  sameSnapshot,
  updateIndexJob,
  type IndexCountsSnapshot,
} from '@/lib/store/search-job';
import { INDEX_BATCH, type Indexer } from './indexing';

/** How often the full key comparison runs when the counts agree. */
export const FULL_INDEX_CHECK_EVERY_MS = 24 * 60 * 60 * 1000;

export interface CatchUpResult {
  indexed: number;
  jobId: number | null;
  /** Whether every key was read (false: the counts agreed and nothing was read). */
  fullScan: boolean;
}

export interface CatchUpOptions {
  batch?: number;
  shouldStop?: () => boolean;
  /** Compare keys even when the counts agree (the periodic check). */
  full?: boolean;
  now?: () => number;
  /**
   * Where the numbers of the last agreement are kept between worker starts (the background:
   * storage.session, so a browser restart counts again). Equal numbers skip the counts.
   */
  agreed?: { read(): Promise<IndexCountsSnapshot | null>; write(s: IndexCountsSnapshot): Promise<void> };
}

/** The counts step, skipped when nothing changed since they last agreed (IndexCountsSnapshot). */
async function countsAgree(db: QubaoDb, agreed: CatchUpOptions['agreed']): Promise<boolean> {
  const before = agreed ? await indexCountsSnapshot(db) : null;
  if (before && sameSnapshot(before, await agreed!.read().catch(() => null))) return true;
  if (!(await indexCountsAgree(db))) return false;
  // Taken before the counts: a write in between makes the next start count again, never skip wrongly.
  if (before) await agreed!.write(before).catch(() => undefined);
  return true;
}

export async function runIndexCatchUp(db: QubaoDb, indexer: Indexer, opts: CatchUpOptions = {}): Promise<CatchUpResult> {
  const now = opts.now ?? Date.now;
  if (!opts.full && (await countsAgree(db, opts.agreed))) return { indexed: 0, jobId: null, fullScan: false };
  const orphans = await orphanedIndexRows(db);
  if (orphans.length) await removeFromIndex(db, orphans);
  const pending = await articlesNeedingIndex(db);
  if (pending.length === 0) {
    await recordFullIndexCheck(db, now());
    return { indexed: 0, jobId: null, fullScan: true };
  }
  const job = await openIndexJob(db, pending.length, now());
  let done = job.payload.done;
  const batch = opts.batch ?? INDEX_BATCH;
  try {
    for (let i = 0; i < pending.length; i += batch) {
      if (opts.shouldStop?.()) return { indexed: done - job.payload.done, jobId: job.id, fullScan: true };
      await indexer.run(pending.slice(i, i + batch));
      done += Math.min(batch, pending.length - i);
      await updateIndexJob(db, job.id, { done }, now());
    }
    await updateIndexJob(db, job.id, { status: 'done' }, now());
  } catch (e) {
    await updateIndexJob(db, job.id, { status: 'failed', error: e instanceof Error ? e.message : String(e) }, now()).catch(() => undefined);
    throw e;
  }
  await recordFullIndexCheck(db, now());
  return { indexed: done - job.payload.done, jobId: job.id, fullScan: true };
}
