// Search indexing in the background. Saving stays as it is (lib/store/save-page): Dexie table
// hooks note which articles were created, changed in their text, or deleted, and once the write
// has committed, a single serial queue analyses them with jieba (outside any transaction) and
// writes the index (lib/store/search-index). Keyword-only updates, read/starred flags and the
// like do not re-index. The queue is per worker: what a stopped worker had not indexed yet is
// found again by the catch-up job at the next start (indexing-job.ts).
import type { QubaoDb } from '@/lib/store';
import { removeFromIndex } from '@/lib/store/search-index';
import { indexStoredArticles } from '@/lib/store/search-indexing';
import type { TextEngine } from '@/lib/text/engine';

/** Fields whose change changes what an article is found by. */
const TEXT_FIELDS = ['title', 'introTitle', 'subtitle', 'paragraphs', 'rawText', 'paperName', 'date', 'pageNumber', 'pageName', 'reporters', 'correspondents', 'photographers', 'parseStatus'];
export const INDEX_BATCH = 20;

export interface Indexer {
  /** Index (or re-index) these articles soon. */
  enqueue(ids: string[]): void;
  /** Take these out of the index soon. */
  enqueueRemoval(ids: string[]): void;
  /** Resolves when everything queued so far is written. */
  idle(): Promise<void>;
  /** Indexes now, in the queue's turn; for the catch-up job. Returns the ids written. */
  run(ids: string[]): Promise<string[]>;
}

export function createIndexer(db: QubaoDb, engine: () => Promise<TextEngine>, onError: (e: unknown) => void = () => undefined): Indexer {
  const pending = new Set<string>();
  const removals = new Set<string>();
  let chain: Promise<unknown> = Promise.resolve();
  let scheduled = false;

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(onError);
    return next;
  };

  const drain = async () => {
    scheduled = false;
    if (removals.size) {
      const ids = [...removals];
      removals.clear();
      await removeFromIndex(db, ids);
    }
    while (pending.size) {
      const batch = [...pending].slice(0, INDEX_BATCH);
      for (const id of batch) pending.delete(id);
      await indexStoredArticles(db, await engine(), batch);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // After the current task: the transaction that fired the hook has committed (or failed,
    // in which case the article is not there and is skipped).
    setTimeout(() => void serial(drain), 0);
  };
  return {
    enqueue(ids) {
      for (const id of ids) {
        removals.delete(id);
        pending.add(id);
      }
      schedule();
    },
    enqueueRemoval(ids) {
      for (const id of ids) {
        pending.delete(id);
        removals.add(id);
      }
      schedule();
    },
    idle: () => serial(async () => (pending.size || removals.size ? drain() : undefined)),
    run: (ids) => serial(async () => indexStoredArticles(db, await engine(), ids)),
  };
}

/**
 * Whether an update changes a text field. Dexie lists every array field of a put() or update()
 * among the modifications whatever its value, so values are compared, not just names.
 */
export function textChanged(mods: Record<string, unknown>, old: Record<string, unknown>): boolean {
  return Object.keys(mods).some((path) => {
    const field = path.split('.')[0]!;
    if (!TEXT_FIELDS.includes(field)) return false;
    const before = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], old);
    return JSON.stringify(mods[path]) !== JSON.stringify(before);
  });
}

/** Feeds the indexer from the articles table's hooks (this db instance's writes only). */
export function watchArticles(db: QubaoDb, indexer: Indexer): void {
  db.articles.hook('creating', (id) => {
    indexer.enqueue([id]);
  });
  db.articles.hook('updating', (mods, id, old) => {
    if (textChanged(mods as Record<string, unknown>, old as unknown as Record<string, unknown>)) indexer.enqueue([id]);
  });
  db.articles.hook('deleting', (id) => {
    indexer.enqueueRemoval([id]);
  });
}
