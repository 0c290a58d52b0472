import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

describe('migration 004 (search index)', () => {
  it('adds searchDocs with a multiEntry terms index and termStats to a version 3 database, keeping its articles', async () => {
    const name = `mig-004-${Date.now()}`;
    const v3 = new QubaoDb(name, MIGRATIONS.slice(0, 3));
    await v3.table('articles').put({ id: 'a', title: '河道整治', savedAt: 1, paragraphs: [], parseStatus: 'ok', fingerprint: null, keywords: [] });
    v3.close();

    db = new QubaoDb(name, MIGRATIONS.slice(0, 4));
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.articles.get('a'))?.title).toBe('河道整治');
    const idx = Object.fromEntries(db.searchDocs.schema.indexes.map((i) => [i.name, i]));
    expect(idx.terms?.multi).toBe(true);
    expect(Object.keys(idx).sort()).toEqual(['date', 'paper', 'terms', 'version']);
    expect(db.termStats.schema.primKey.name).toBe('term');
    await db.table('searchDocs').bulkPut([
      { id: 'a', terms: ['河道', '整治'], version: 1 },
      { id: 'b', terms: ['整治', '学校'], version: 0 },
    ]);
    expect((await db.searchDocs.where('terms').equals('整治').primaryKeys()).sort()).toEqual(['a', 'b']);
    expect(await db.searchDocs.where('version').below(1).primaryKeys()).toEqual(['b']);
  });
});
