import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

describe('migration 003 (fetch validators)', () => {
  it('adds the table to a version 2 database and keeps its articles', async () => {
    const name = `mig-003-${Date.now()}`;
    const v2 = new QubaoDb(name, MIGRATIONS.slice(0, 2));
    await v2.table('articles').put({ id: 'a', title: '河道整治', savedAt: 1, paragraphs: [], parseStatus: 'ok', fingerprint: null });
    v2.close();

    db = new QubaoDb(name, MIGRATIONS.slice(0, 3));
    await db.open();
    expect(db.verno).toBe(3);
    expect((await db.articles.get('a'))?.title).toBe('河道整治');
    await db.fetchValidators.put({ url: 'http://a.cn/x.htm', etag: '"1"', lastModified: null, fetchedAt: 5 });
    expect((await db.fetchValidators.get('http://a.cn/x.htm'))?.etag).toBe('"1"');
    expect(db.fetchValidators.schema.primKey.unique).toBe(true);
  });
});
