// The catch-up job at every worker start: index the articles that have no (current) index row
// (saved before search existed, or saved while a worker stopped before its queue drained) and
// drop rows whose article is gone. Progress is written to its `jobs` row after every batch for
// the popup; nothing else is needed to resume, since indexed articles leave the pending set.
import type { QubaoDb } from '@/lib/store';
import { removeFromIndex } from '@/lib/store/search-index';
import { articlesNeedingIndex, openIndexJob, orphanedIndexRows, updateIndexJob } from '@/lib/store/search-job';
import { INDEX_BATCH, type Indexer } from './indexing';

export interface CatchUpResult {
  indexed: number;
  jobId: number | null;
}

export async function runIndexCatchUp(db: QubaoDb, indexer: Indexer, opts: { batch?: number; shouldStop?: () => boolean } = {}): Promise<CatchUpResult> {
  const orphans = await orphanedIndexRows(db);
  if (orphans.length) await removeFromIndex(db, orphans);
  const pending = await articlesNeedingIndex(db);
  if (pending.length === 0) return { indexed: 0, jobId: null };
  const job = await openIndexJob(db, pending.length);
  let done = job.payload.done;
  const batch = opts.batch ?? INDEX_BATCH;
  try {
    for (let i = 0; i < pending.length; i += batch) {
      if (opts.shouldStop?.()) return { indexed: done - job.payload.done, jobId: job.id };
      await indexer.run(pending.slice(i, i + batch));
      done += Math.min(batch, pending.length - i);
      await updateIndexJob(db, job.id, { done });
    }
    await updateIndexJob(db, job.id, { status: 'done' });
  } catch (e) {
    await updateIndexJob(db, job.id, { status: 'failed', error: e instanceof Error ? e.message : String(e) }).catch(() => undefined);
    throw e;
  }
  return { indexed: done - job.payload.done, jobId: job.id };
}
