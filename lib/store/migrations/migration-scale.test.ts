import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

// An upgrade over a large library loses nothing: 100,000 articles seeded in the version-6 shape
// (marks still in the article rows), opened with the current schema, counted and spot-checked.
// Rows are small but carry every field an upgrader reads. Seeding goes in 10k-row bulkAdds.

const N = 100_000;
const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);
let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

function oldArticle(i: number) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: `http://paper${i % 50}.example.cn/html/2025-03/${day}/content_${i}.htm`,
    url: `http://paper${i % 50}.example.cn/html/2025-03/${day}/content_${i}.htm`,
    title: `第${i}号文章`,
    paragraphs: [`正文${i}`],
    savedAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    date: `2025-03-${day}`,
    paperName: `报纸${i % 50}`,
    kind: 'news',
    parseStatus: i % 97 === 0 ? 'failed' : 'ok',
    rawText: i % 97 === 0 ? `原文${i}` : null,
    fingerprint: i % 97 === 0 ? null : `fp${i}`,
    read: i % 3 === 0 ? 1 : 0,
    starred: i % 10 === 0 ? 1 : 0,
    tags: i % 1000 === 0 ? ['存档'] : [],
    terms: [],
    keywords: [],
  };
}

describe('schema upgrade at scale', () => {
  it('upgrades 100,000 version-6 articles to the current schema without losing one', async () => {
    const name = `mig-scale-${Date.now()}`;
    const v6 = new QubaoDb(name, upTo(6));
    // In primary-key order: fake-indexeddb's trees take ordered inserts about 30% faster (one
    // transaction for all 100k is far slower there: it grows per-transaction state).
    const rows = Array.from({ length: N }, (_, i) => oldArticle(i)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let start = 0; start < N; start += 10_000) await v6.table('articles').bulkAdd(rows.slice(start, start + 10_000));
    expect(await v6.table('articles').count()).toBe(N);
    v6.close();

    db = new QubaoDb(name);
    await db.open();
    expect(db.verno).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(await db.articles.count()).toBe(N);
    // Spot checks across the key range: each row as it was.
    for (const i of [0, 1, 97, 4_999, 50_000, 77_777, N - 1]) {
      const want = oldArticle(i);
      expect(await db.articles.get(want.id)).toMatchObject(want);
    }
    // Marks carried into articleMarks (migration 008): one row per article with any mark.
    const marked = Array.from({ length: N }, (_, i) => i).filter((i) => i % 3 === 0 || i % 10 === 0 || i % 1000 === 0).length;
    expect(await db.articleMarks.count()).toBe(marked);
    expect(await db.articleMarks.where('starred').equals(1).count()).toBe(N / 10);
    expect(await db.articleMarks.where('tags').equals('存档').count()).toBe(N / 1000);
    // Indexes still answer over the whole table.
    expect(await db.articles.where('parseStatus').equals('failed').count()).toBe(Math.ceil(N / 97));
    expect(await db.articles.where('[paperName+date]').equals(['报纸7', '2025-03-08']).count()).toBeGreaterThan(0);
    expect(await db.inbox.count()).toBe(0);
  }, 600_000);
});
