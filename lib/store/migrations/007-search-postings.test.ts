import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { articlesNeedingIndex } from '../search-job';
import { DexieSearchStore } from '../search-store';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const before007 = MIGRATIONS.filter((m) => m.version < 7);
const through007 = MIGRATIONS.filter((m) => m.version <= 7);

describe('migration 007 (search postings)', () => {
  it('converts version-6 index rows into document numbers and posting blocks, losing nothing', async () => {
    const name = `mig-007-${Date.now()}`;
    const v6 = new QubaoDb(name, before007);
    const article = (id: string) => ({ id, title: id, savedAt: 1, paragraphs: ['x'], parseStatus: 'ok', fingerprint: null, keywords: [] });
    await v6.table('articles').bulkPut(['b', 'a', 'c'].map(article));
    await v6.table('searchDocs').bulkPut([
      { id: 'b', terms: ['河道', '整治'], counts: [2, 1], headCounts: [1, 0], length: 30, version: 1, keywords: [], entities: { places: [], organisations: [], people: [] } },
      { id: 'a', terms: ['整治', '学校'], counts: [3, 1], headCounts: [0, 2], length: 40, version: 1, keywords: [], entities: { places: [], organisations: [], people: [] } },
    ]);
    await v6.table('termStats').bulkPut([{ term: '河道', df: 1 }, { term: '整治', df: 2 }, { term: '学校', df: 1 }]);
    v6.close();

    db = new QubaoDb(name, through007);
    await db.open();
    expect(db.verno).toBe(7);
    // Old rows, their *terms index and the articles are kept.
    expect((await db.searchDocs.where('terms').equals('整治').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect(await db.articles.count()).toBe(3);
    // Numbers in id order; postings carry the counts and lengths of the old rows.
    expect(await db.searchDocNos.toArray()).toEqual([{ docNo: 0, id: 'a' }, { docNo: 1, id: 'b' }]);
    const store = new DexieSearchStore(db);
    const list = await store.postings('整治');
    expect(await store.idsOf(list.docs)).toEqual(['a', 'b']);
    expect([...list.tf, ...list.head, ...list.len]).toEqual([3, 1, 0, 0, 40, 30]);
    expect([...(await store.postings('学校')).head]).toEqual([2]);
    expect(await store.docFrequencies(['整治', '没有'])).toEqual([2, 0]);
    // Only the article that never had an index row is left to the indexing job.
    expect(await articlesNeedingIndex(db)).toEqual(['c']);
  });
});
