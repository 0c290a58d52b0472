import { afterEach, describe, expect, it } from 'vitest';
import { articleRecordOf } from '@/lib/store/search-test-support';
import { INDEX_JOB_KIND, latestIndexJob } from '@/lib/store/search-job';
import { readSearchStats } from '@/lib/store/search-store';
import { freshDb } from '@/lib/store/test-db';
import type { QubaoDb } from '@/lib/store';
import { nodeTextEngine } from '@/lib/text/engine-node';
import type { TextEngine } from '@/lib/text/engine';
import { SAMPLE_ARTICLES } from '@/lib/text/sample-articles';
import { createIndexer, watchArticles } from './indexing';
import { runIndexCatchUp } from './indexing-job';

const base = nodeTextEngine();
let db: QubaoDb;
afterEach(async () => db?.delete());

/** The Node engine, counting how often articles are segmented for indexing. */
function countingEngine() {
  const calls = { cutForSearch: 0 };
  const engine: TextEngine = { ...base, cutForSearch: (t) => (calls.cutForSearch++, base.cutForSearch(t)) };
  return { engine, calls };
}

describe('indexing on save', () => {
  it('indexes a new article after its write, ignores flag updates, re-indexes edits and drops deletions', async () => {
    db = freshDb();
    const { engine, calls } = countingEngine();
    const indexer = createIndexer(db, async () => engine);
    watchArticles(db, indexer);

    await db.articles.put(articleRecordOf(SAMPLE_ARTICLES[0]!));
    await indexer.idle();
    const row = await db.searchDocs.get('housing');
    expect(row?.terms).toContain('公租房');
    const segmented = calls.cutForSearch;

    await db.articles.update('housing', { read: 1, starred: 1 });
    // A put of the same record (a revisit) changes no field either.
    await db.articles.put({ ...(await db.articles.get('housing'))! });
    await indexer.idle();
    expect(calls.cutForSearch).toBe(segmented);

    await db.articles.update('housing', { title: '张堰镇新增人才公寓' });
    await indexer.idle();
    expect((await db.searchDocs.get('housing'))!.terms).toContain('张堰镇');
    expect((await readSearchStats(db)).docCount).toBe(1);

    await db.articles.delete('housing');
    await indexer.idle();
    expect(await db.searchDocs.count()).toBe(0);
    expect(await db.termStats.count()).toBe(0);
    expect((await readSearchStats(db)).docCount).toBe(0);
  });
});

describe('catch-up job', () => {
  it('indexes articles saved before indexing existed, resumes after a stop and reports progress', async () => {
    db = freshDb();
    await db.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
    const indexer = createIndexer(db, async () => base);

    let batches = 0;
    const first = await runIndexCatchUp(db, indexer, { batch: 2, shouldStop: () => batches++ >= 2 });
    expect(first.indexed).toBe(4);
    const stopped = (await latestIndexJob(db))!;
    expect(stopped.status).toBe('running');
    expect(stopped.payload).toMatchObject({ done: 4, total: SAMPLE_ARTICLES.length });
    expect(await db.searchDocs.count()).toBe(4);

    // The next worker start: the same job goes on with what is left.
    const second = await runIndexCatchUp(db, indexer, { batch: 2 });
    expect(second.jobId).toBe(first.jobId);
    expect(second.indexed).toBe(SAMPLE_ARTICLES.length - 4);
    const done = (await latestIndexJob(db))!;
    expect(done.status).toBe('done');
    expect(done.payload).toMatchObject({ done: SAMPLE_ARTICLES.length, total: SAMPLE_ARTICLES.length });
    expect(await db.searchDocs.count()).toBe(SAMPLE_ARTICLES.length);
    expect((await readSearchStats(db)).docCount).toBe(SAMPLE_ARTICLES.length);

    // Nothing left: no new job.
    expect((await runIndexCatchUp(db, indexer)).jobId).toBeNull();
    expect(await db.jobs.where('kind').equals(INDEX_JOB_KIND).count()).toBe(1);
  });

  it('removes index rows of articles deleted while no worker watched', async () => {
    db = freshDb();
    await db.articles.bulkPut(SAMPLE_ARTICLES.slice(0, 3).map((a) => articleRecordOf(a)));
    const indexer = createIndexer(db, async () => base);
    await runIndexCatchUp(db, indexer);
    await db.articles.delete(SAMPLE_ARTICLES[0]!.id);
    await runIndexCatchUp(db, indexer);
    expect((await db.searchDocs.toCollection().primaryKeys()).sort()).toEqual(SAMPLE_ARTICLES.slice(1, 3).map((a) => a.id).sort());
    expect((await readSearchStats(db)).docCount).toBe(2);
  });
});
