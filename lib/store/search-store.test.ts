import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexArticle } from '../search/index-terms';
import { MemorySearchStore } from '../search/memory-store';
import { search } from '../search/search';
import { nodeTextEngine } from '../text/engine-node';
import { SAMPLE_ARTICLES } from '../text/sample-articles';
import type { QubaoDb } from './db';
import { removeFromIndex } from './search-index';
import { indexStoredArticles } from './search-indexing';
import { DexieSearchStore, readSearchStats, searchLibrary } from './search-store';
import { articleRecordOf } from './search-test-support';
import { freshDb } from './test-db';

const engine = nodeTextEngine();
const ids = SAMPLE_ARTICLES.map((a) => a.id);
let db: QubaoDb;

async function libraryDb(): Promise<QubaoDb> {
  const d = freshDb();
  await d.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
  await indexStoredArticles(d, engine, ids);
  return d;
}

afterEach(async () => db?.delete());

describe('DexieSearchStore against the reference MemorySearchStore', () => {
  const memory = new MemorySearchStore();
  beforeAll(() => {
    for (const a of SAMPLE_ARTICLES) memory.put(indexArticle(a, engine), a);
  });

  const QUERIES = ['张堰镇 -启迪', '张堰镇 老街', '"老街改造"', '保障性租赁住房', '张堰', '记者:杨季峰', '版:1 报:金山报', '张堰镇 日期:2023-12', '日期:2023-11-01..2023-11-30', '区长', '没有这个词'];

  it.each(QUERIES)('answers %s with the same hits, scores and snippets', async (q) => {
    db = await libraryDb();
    const want = await search(memory, engine, q, { limit: 100 });
    const got = await search(new DexieSearchStore(db), engine, q, { limit: 100 });
    expect(got.hits.map((h) => h.id)).toEqual(want.hits.map((h) => h.id));
    got.hits.forEach((h, i) => {
      expect(h.score).toBeCloseTo(want.hits[i]!.score, 6);
      expect(h.snippet).toBe(want.hits[i]!.snippet);
      expect(h.snippetHighlights).toEqual(want.hits[i]!.snippetHighlights);
    });
    expect(got.total).toBe(want.total);
  });

  it('searchLibrary answers as the store does, in one read transaction', async () => {
    db = freshDb();
    let transactions = 0;
    db.use({ stack: 'dbcore', name: 'count-transactions', create: (down) => ({ ...down, transaction: (...args) => (transactions++, down.transaction(...args)) }) });
    await db.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
    await indexStoredArticles(db, engine, ids);
    for (const q of ['张堰镇 老街', '"老街改造"', '张堰', '张堰镇 -启迪']) {
      transactions = 0;
      const want = await search(new DexieSearchStore(db), engine, q, { limit: 100 });
      expect(transactions).toBeGreaterThan(1);
      transactions = 0;
      const got = await searchLibrary(db, engine, q, { limit: 100 });
      expect(transactions).toBe(1);
      expect(got).toEqual(want);
    }
  });

  it('finds 张堰镇 articles without 启迪 (the issue seed)', async () => {
    db = await libraryDb();
    const hits = (await search(new DexieSearchStore(db), engine, '张堰镇 -启迪', { limit: 100 })).hits.map((h) => h.id);
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits).not.toContain('zhangyan-incubator');
  });

  it('lists index terms by prefix without repeats', async () => {
    db = await libraryDb();
    const terms = await new DexieSearchStore(db).termsWithPrefix('张堰', 10);
    expect(terms).toContain('张堰镇');
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).not.toContain('张堰');
  });
});

describe('index writes', () => {
  it('keeps document frequencies and totals exact when articles are indexed again', async () => {
    db = await libraryDb();
    const snapshot = async () => ({ stats: await readSearchStats(db), terms: await db.termStats.toArray() });
    const first = await snapshot();
    expect(first.stats.docCount).toBe(SAMPLE_ARTICLES.length);
    const zhangyan = first.terms.find((t) => t.term === '张堰镇')!.df;
    expect(zhangyan).toBe(SAMPLE_ARTICLES.filter((a) => [a.title, ...a.paragraphs].join('').includes('张堰镇')).length);
    await indexStoredArticles(db, engine, ids);
    await indexStoredArticles(db, engine, ids.slice(0, 2));
    expect(await snapshot()).toEqual(first);
  });

  it('stores keywords on the article and entities on the index row', async () => {
    db = await libraryDb();
    expect((await db.articles.get('housing'))!.keywords.some((k) => k === '公租房' || k === '保障性租赁住房')).toBe(true);
    const row = (await db.searchDocs.get('zhangyan-incubator'))!;
    const place = row.entities.places.find((p) => p.name === '张堰镇');
    expect(place?.district).toBe('上海市金山区');
    expect(row.entities.organisations.map((o) => o.name)).toContain('启迪集团');
    expect(row.entities.people.map((p) => p.name)).toContain('王敏');
  });

  it('takes removed articles out of postings and frequencies', async () => {
    db = await libraryDb();
    const before = (await db.termStats.get('启迪'))!.df;
    await removeFromIndex(db, ['zhangyan-incubator']);
    expect((await db.termStats.get('启迪'))?.df ?? 0).toBe(before - 1);
    expect((await readSearchStats(db)).docCount).toBe(SAMPLE_ARTICLES.length - 1);
    expect((await new DexieSearchStore(db).postings('启迪')).docs.length).toBe(0);
  });

  it('skips an article deleted before its analysis was written', async () => {
    db = await libraryDb();
    await removeFromIndex(db, ['housing']);
    await db.articles.delete('housing');
    expect(await indexStoredArticles(db, engine, ['housing'])).toEqual([]);
    expect(await db.searchDocs.get('housing')).toBeUndefined();
  });

  it('keeps posting blocks equal to the index rows through re-indexing and removal (ids, counts, lengths)', async () => {
    db = await libraryDb();
    await indexStoredArticles(db, engine, ids.slice(1, 4));
    await removeFromIndex(db, [ids[2]!]);
    await indexStoredArticles(db, engine, [ids[2]!]);
    const store = new DexieSearchStore(db);
    const rows = await db.searchDocs.toArray();
    const terms = [...new Set(rows.flatMap((r) => r.terms))];
    for (const term of terms) {
      const list = await store.postings(term);
      const got = new Map((await store.idsOf(list.docs)).map((id, i) => [id, [list.tf[i], list.head[i], list.len[i]]]));
      const want = new Map(rows.filter((r) => r.terms.includes(term)).map((r) => {
        const i = r.terms.indexOf(term);
        return [r.id, [r.counts[i], r.headCounts[i], r.length]];
      }));
      expect(got, term).toEqual(want);
      expect([...list.docs], term).toEqual([...list.docs].sort((a, b) => a - b));
    }
    expect(await db.searchDocNos.count()).toBe(SAMPLE_ARTICLES.length);
  });
});
