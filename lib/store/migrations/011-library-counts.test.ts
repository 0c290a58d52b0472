import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { countAll, countedPapers, countWhere } from '../library-counts-read';
import { countsAndTruth } from '../library-counts-test-support';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);
// Version-10 rows as that build wrote them (fields the indexes read, and a few of every kind):
// dated and undated, with and without a paper.
const oldRow = (i: number) => ({
  id: `http://x.example.cn/${i}.htm`,
  url: `http://x.example.cn/${i}.htm`,
  title: `第${i}篇`,
  paragraphs: ['正文'],
  savedAt: 1000 + i,
  updatedAt: 1000 + i,
  date: i % 7 === 0 ? null : `2025-0${1 + (i % 3)}-1${i % 5}`,
  paperName: i % 11 === 0 ? null : ['江湾报', '茅河报'][i % 2],
  kind: 'news',
  parseStatus: 'ok',
  fingerprint: `fp${i}`,
  terms: [],
  keywords: [],
});

describe('migration 011 (library counts)', () => {
  it('builds the counts of an existing library from its rows', async () => {
    const name = `mig-011-${Date.now()}`;
    const v10 = new QubaoDb(name, upTo(10));
    const rows = Array.from({ length: 300 }, (_, i) => oldRow(i));
    await v10.table('articles').bulkAdd(rows);
    expect(v10.tables.map((t) => t.name)).not.toContain('libraryCounts');
    v10.close();

    db = new QubaoDb(name, upTo(11));
    await db.open();
    expect(db.verno).toBe(11);
    const { stored, fromRows } = await countsAndTruth(db);
    expect(stored).toEqual(fromRows);
    expect(await countAll(db)).toBe(300);
    expect(await countWhere(db, { paper: '茅河报' })).toBe(rows.filter((r) => r.paperName === '茅河报').length);
    expect(await countWhere(db, { date: '2025-02-11' })).toBe(rows.filter((r) => r.date === '2025-02-11').length);
    expect(await countWhere(db, { paper: '江湾报', from: '2025-02-01' })).toBe(rows.filter((r) => r.paperName === '江湾报' && r.date && r.date >= '2025-02-01').length);
    expect(await countedPapers(db)).toEqual(['江湾报', '茅河报']);
    // From here on writes keep them.
    await db.articles.delete(rows[1]!.id);
    expect(await countAll(db)).toBe(299);
  });

  it('upgrades an empty version-10 library to counts that say zero', async () => {
    const name = `mig-011-empty-${Date.now()}`;
    new QubaoDb(name, upTo(10)).close();
    db = new QubaoDb(name, upTo(11));
    expect(await countAll(db)).toBe(0);
    expect(await countedPapers(db)).toEqual([]);
  });

  it('upgrades from an early version: the older upgrades that rewrite articles run before the table exists', async () => {
    const name = `mig-011-v6-${Date.now()}`;
    const v6 = new QubaoDb(name, upTo(6));
    await v6.table('articles').bulkAdd(Array.from({ length: 50 }, (_, i) => ({ ...oldRow(i), read: i % 2, starred: 0, tags: [] })));
    v6.close();
    db = new QubaoDb(name);
    await db.open();
    expect(await countAll(db)).toBe(50);
    const { stored, fromRows } = await countsAndTruth(db);
    expect(stored).toEqual(fromRows);
  });
});
