import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QubaoDb } from '@/lib/store';
import { removeFromIndex } from '@/lib/store/search-index';
import { fullIndexCheckDue, indexCountsAgree, indexCountsSnapshot, lastFullIndexCheck, type IndexCountsSnapshot } from '@/lib/store/search-job';
import { articleRecordOf } from '@/lib/store/search-test-support';
import { freshDb } from '@/lib/store/test-db';
import { nodeTextEngine } from '@/lib/text/engine-node';
import { SAMPLE_ARTICLES } from '@/lib/text/sample-articles';
import { createIndexer } from './indexing';
import { FULL_INDEX_CHECK_EVERY_MS, runIndexCatchUp } from './indexing-job';

const engine = nodeTextEngine();
const DAY = FULL_INDEX_CHECK_EVERY_MS;
let db: QubaoDb;
afterEach(async () => db?.delete());

/** A library of the sample articles, all indexed by a first (full) catch-up at time 1000. */
async function indexedLibrary() {
  db = freshDb();
  await db.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
  const indexer = createIndexer(db, async () => engine);
  const first = await runIndexCatchUp(db, indexer, { now: () => 1000 });
  expect(first.fullScan).toBe(true);
  expect(await db.searchDocs.count()).toBe(SAMPLE_ARTICLES.length);
  return indexer;
}

/** Watches every key list read through a Dexie collection (what a full comparison does). */
function spyOnKeyReads() {
  const collection = Object.getPrototypeOf(db.articles.toCollection()) as { primaryKeys: () => unknown; keys: () => unknown };
  return [vi.spyOn(collection, 'primaryKeys'), vi.spyOn(collection, 'keys')];
}

describe('catch-up at worker start', () => {
  it('reads no key when the counts agree and the full check is not due', async () => {
    const indexer = await indexedLibrary();
    expect(await lastFullIndexCheck(db)).toBe(1000);
    const spies = spyOnKeyReads();
    const r = await runIndexCatchUp(db, indexer, { now: () => 2000 });
    expect(r).toEqual({ indexed: 0, jobId: null, fullScan: false });
    for (const s of spies) expect(s).not.toHaveBeenCalled();
    // The same spies see the reads of a full comparison.
    await runIndexCatchUp(db, indexer, { full: true });
    expect(spies[0]).toHaveBeenCalled();
    for (const s of spies) s.mockRestore();
    expect(await fullIndexCheckDue(db, DAY, 1000 + DAY - 1)).toBe(false);
  });

  it('finds an article whose index row is missing (a write that stopped between store and index)', async () => {
    const indexer = await indexedLibrary();
    const lost = SAMPLE_ARTICLES[1]!.id;
    await removeFromIndex(db, [lost]);
    expect(await indexCountsAgree(db)).toBe(false);
    const r = await runIndexCatchUp(db, indexer, { now: () => 2000 });
    expect(r).toMatchObject({ indexed: 1, fullScan: true });
    expect((await db.searchDocs.get(lost))?.terms.length).toBeGreaterThan(0);
    expect(await indexCountsAgree(db)).toBe(true);
    expect(await lastFullIndexCheck(db)).toBe(2000);
  });

  it('finds articles written where no hook saw them (an import) and rows of an older index version', async () => {
    const indexer = await indexedLibrary();
    await db.articles.put(articleRecordOf({ ...SAMPLE_ARTICLES[0]!, id: 'imported' }));
    await db.searchDocs.update(SAMPLE_ARTICLES[2]!.id, { version: 0 });
    const r = await runIndexCatchUp(db, indexer);
    expect(r).toMatchObject({ indexed: 2, fullScan: true });
    expect((await db.searchDocs.get('imported'))?.version).toBeGreaterThan(0);
    expect(await indexCountsAgree(db)).toBe(true);
  });

  it('leaves an orphan and an unindexed article at once to the periodic full check, which finds both', async () => {
    const indexer = await indexedLibrary();
    // Deleted in the popup (no worker hook) and an article that came without its index row:
    // the counts still agree.
    await db.articles.delete(SAMPLE_ARTICLES[0]!.id);
    await db.articles.put(articleRecordOf({ ...SAMPLE_ARTICLES[1]!, id: 'unseen' }));
    expect(await indexCountsAgree(db)).toBe(true);
    expect((await runIndexCatchUp(db, indexer, { now: () => 2000 })).fullScan).toBe(false);
    expect(await fullIndexCheckDue(db, DAY, 1000 + DAY)).toBe(true);

    const r = await runIndexCatchUp(db, indexer, { full: true, now: () => 1000 + DAY });
    expect(r).toMatchObject({ indexed: 1, fullScan: true });
    expect(await db.searchDocs.get(SAMPLE_ARTICLES[0]!.id)).toBeUndefined();
    expect(await db.searchDocs.get('unseen')).toBeDefined();
    expect(await fullIndexCheckDue(db, DAY, 1000 + DAY + 1)).toBe(false);
    // One check row, updated in place.
    expect(await db.jobs.where('kind').equals('search-index-check').count()).toBe(1);
  });
});

describe('catch-up skips the index counts when nothing changed since they last agreed', () => {
  const memoryAgreement = () => {
    let kept: IndexCountsSnapshot | null = null;
    return { read: async () => kept, write: async (s: IndexCountsSnapshot) => void (kept = s), get: () => kept };
  };
  const spyOnCounts = () => vi.spyOn(Object.getPrototypeOf(db.articles.toCollection()) as { count: () => unknown }, 'count');

  it('counts once, then not again while the numbers stay the same', async () => {
    const indexer = await indexedLibrary();
    const agreed = memoryAgreement();
    const counts = spyOnCounts();
    expect(await runIndexCatchUp(db, indexer, { agreed })).toMatchObject({ indexed: 0, fullScan: false });
    expect(counts).toHaveBeenCalled();
    expect(agreed.get()).toMatchObject({ articles: SAMPLE_ARTICLES.length, docs: SAMPLE_ARTICLES.length, schema: db.verno });
    counts.mockClear();
    expect(await runIndexCatchUp(db, indexer, { agreed })).toMatchObject({ indexed: 0, fullScan: false });
    expect(counts).not.toHaveBeenCalled();
    counts.mockRestore();
  });

  it('counts again (and finds the article) after a write no hook saw, or under another schema or index version', async () => {
    const indexer = await indexedLibrary();
    const agreed = memoryAgreement();
    await runIndexCatchUp(db, indexer, { agreed });
    await db.articles.put(articleRecordOf({ ...SAMPLE_ARTICLES[0]!, id: 'imported' }));
    expect(await runIndexCatchUp(db, indexer, { agreed })).toMatchObject({ indexed: 1, fullScan: true });
    expect(await indexCountsAgree(db)).toBe(true);

    for (const other of [{ schema: db.verno - 1 }, { version: -1 }, { docs: -1 }]) {
      await agreed.write({ ...(await indexCountsSnapshot(db))!, ...other });
      const counts = spyOnCounts();
      await runIndexCatchUp(db, indexer, { agreed });
      expect(counts, JSON.stringify(other)).toHaveBeenCalled();
      counts.mockRestore();
    }
  });
});
