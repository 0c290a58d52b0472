import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeBlock, decodeBlocks } from '../search/posting-codec';
import { indexArticle } from '../search/index-terms';
import { MemorySearchStore } from '../search/memory-store';
import { search } from '../search/search';
import type { SearchResult } from '../search/types';
import { nodeTextEngine } from '../text/engine-node';
import { SAMPLE_ARTICLES } from '../text/sample-articles';
import { QubaoDb } from './db';
import { removeFromIndex } from './search-index';
import { indexStoredArticles } from './search-indexing';
import { readSearchStats, searchLibrary } from './search-store';
import { articleRecordOf } from './search-test-support';
import { freshDb } from './test-db';

// Document lengths kept once per block of numbers (migration 014): the store fills them into the
// lists, keeps them between queries under the stats' lengthsStamp, and a write that changes a
// length changes the stamp, so no query scores with lengths it should not have.
const engine = nodeTextEngine();
const ids = SAMPLE_ARTICLES.map((a) => a.id);
const QUERIES = ['张堰镇 老街', '张堰镇 -启迪', '保障性租赁住房', '张堰', '区长'];
let db: QubaoDb;
afterEach(async () => db?.delete());

const ranked = (r: SearchResult) => r.hits.map((h) => [h.id, h.score]);

async function libraryDb(): Promise<QubaoDb> {
  const d = freshDb();
  await d.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
  await indexStoredArticles(d, engine, ids);
  return d;
}

describe('document lengths in their own table', () => {
  const memory = new MemorySearchStore();
  beforeAll(() => {
    for (const a of SAMPLE_ARTICLES) memory.put(indexArticle(a, engine), a);
  });

  it('are written once per block, not in the posting blocks, and give the reference scores', async () => {
    db = await libraryDb();
    expect((await db.searchPostings.toArray()).every((r) => r.len === undefined)).toBe(true);
    const [row] = await db.searchDocLengths.toArray();
    const docs = await db.searchDocs.toArray();
    const numbers = new Map((await db.searchDocNos.toArray()).map((r) => [r.id, r.docNo]));
    for (const d of docs) expect(row!.len[numbers.get(d.id)!]).toBe(d.length);
    for (const q of QUERIES) {
      const want = ranked(await search(memory, engine, q, { limit: 100 }));
      const got = ranked(await searchLibrary(db, engine, q, { limit: 100 }));
      expect(got.map(([id]) => id)).toEqual(want.map(([id]) => id));
      got.forEach(([, s], i) => expect(s).toBeCloseTo(want[i]![1] as number, 9));
    }
  });

  it('held between queries only while no length changed (stamp), re-indexing the same text keeps the stamp', async () => {
    db = await libraryDb();
    const stamp = (await readSearchStats(db)).lengthsStamp;
    expect(typeof stamp).toBe('number');
    await indexStoredArticles(db, engine, ids.slice(0, 2));
    expect((await readSearchStats(db)).lengthsStamp).toBe(stamp);
    for (const q of QUERIES) await searchLibrary(db, engine, q, { limit: 100 });
    // A longer article: its length changes, and so must every score that uses it.
    const target = SAMPLE_ARTICLES.find((a) => a.title.includes('张堰') || a.paragraphs.join('').includes('张堰镇'))!;
    const longer = { ...target, paragraphs: [...target.paragraphs, ...target.paragraphs] };
    await db.articles.put(articleRecordOf(longer));
    await indexStoredArticles(db, engine, [target.id]);
    expect((await readSearchStats(db)).lengthsStamp).not.toBe(stamp);
    const reference = new MemorySearchStore();
    for (const a of SAMPLE_ARTICLES) reference.put(indexArticle(a.id === target.id ? longer : a, engine), a.id === target.id ? longer : a);
    // Another instance of the same database holds nothing: it reads every length afresh.
    const other = new QubaoDb(db.name);
    for (const q of QUERIES) {
      const got = ranked(await searchLibrary(db, engine, q, { limit: 100 }));
      const fresh = ranked(await searchLibrary(other, engine, q, { limit: 100 }));
      const want = ranked(await search(reference, engine, q, { limit: 100 }));
      expect(got).toEqual(fresh);
      expect(got.map(([id]) => id).sort()).toEqual(want.map(([id]) => id).sort());
      got.forEach(([id, s]) => expect(s).toBeCloseTo(want.find(([w]) => w === id)![1] as number, 9));
    }
    other.close();
  });

  it('reads blocks that still carry their lengths (a restored backup of the older form); a write hands them over', async () => {
    db = await libraryDb();
    const before = await Promise.all(QUERIES.map(async (q) => ranked(await searchLibrary(db, engine, q, { limit: 100 }))));
    // The older form: every block with its lengths column, no lengths table, stats without a stamp.
    const lengths = new Map((await db.searchDocLengths.toArray()).map((r) => [r.block, r.len]));
    const rows = await db.searchPostings.toArray();
    await db.searchPostings.bulkPut(rows.map((r) => {
      const list = decodeBlocks([r]);
      list.len.set(Array.from(list.docs, (d) => lengths.get(d >>> 11)![d & 2047]!));
      return { term: r.term, block: r.block, ...encodeBlock(r.block, list) };
    }));
    await db.searchDocLengths.clear();
    const stats = await readSearchStats(db);
    await db.settings.put({ key: 'search.stats', value: { docCount: stats.docCount, totalLength: stats.totalLength } });
    const other = new QubaoDb(db.name);
    for (const [i, q] of QUERIES.entries()) expect(ranked(await searchLibrary(other, engine, q, { limit: 100 }))).toEqual(before[i]);
    // Removing one article rewrites its blocks without lengths: the other articles' lengths in them move to the table.
    await removeFromIndex(db, [ids[0]!]);
    const reference = new MemorySearchStore();
    for (const a of SAMPLE_ARTICLES.slice(1)) reference.put(indexArticle(a, engine), a);
    expect((await db.searchDocLengths.count()) > 0).toBe(true);
    for (const q of QUERIES) {
      const got = ranked(await searchLibrary(other, engine, q, { limit: 100 }));
      const want = ranked(await search(reference, engine, q, { limit: 100 }));
      expect(got.map(([id]) => id).sort()).toEqual(want.map(([id]) => id).sort());
      got.forEach(([id, s]) => expect(s).toBeCloseTo(want.find(([w]) => w === id)![1] as number, 9));
    }
    other.close();
  });
});
