import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const before8 = MIGRATIONS.filter((m) => m.version < 8);
const upTo8 = MIGRATIONS.filter((m) => m.version <= 8);

describe('migration 008 (article marks)', () => {
  it('carries read, starred and tags of old article rows into articleMarks, leaving the articles as they were', async () => {
    const name = `mig-008-${Date.now()}`;
    const old = new QubaoDb(name, before8);
    await old.table('articles').bulkPut([
      { id: 'starred', title: '一', savedAt: 1, updatedAt: 5, read: 0, starred: 1, tags: ['交通'], paragraphs: [], parseStatus: 'ok' },
      { id: 'read', title: '二', savedAt: 2, updatedAt: 9, read: 1, starred: 0, tags: [], paragraphs: [], parseStatus: 'ok' },
      { id: 'plain', title: '三', savedAt: 3, updatedAt: 3, read: 0, starred: 0, tags: [], paragraphs: [], parseStatus: 'ok' },
      { id: 'odd', title: '四', savedAt: 4, read: 0, starred: 0, tags: ['', 7, '河道'], paragraphs: [], parseStatus: 'failed' },
    ]);
    old.close();

    db = new QubaoDb(name, upTo8);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);
    const marks = await db.articleMarks.orderBy('articleId').toArray();
    expect(marks).toEqual([
      { articleId: 'odd', starred: 0, readAt: 0, tags: ['河道'], updatedAt: 4 },
      { articleId: 'read', starred: 0, readAt: 9, tags: [], updatedAt: 9 },
      { articleId: 'starred', starred: 1, readAt: 0, tags: ['交通'], updatedAt: 5 },
    ]);
    expect(await db.articleMarks.where('starred').equals(1).primaryKeys()).toEqual(['starred']);
    expect(await db.articleMarks.where('readAt').above(0).primaryKeys()).toEqual(['read']);
    expect(await db.articleMarks.where('tags').equals('河道').primaryKeys()).toEqual(['odd']);
    expect(await db.articles.get('plain')).toMatchObject({ title: '三', updatedAt: 3 });
  });

  it('creates an empty table on a fresh database', async () => {
    db = new QubaoDb(`mig-008b-${Date.now()}`, upTo8);
    await db.open();
    expect(await db.articleMarks.count()).toBe(0);
    expect(db.articleMarks.schema.primKey.name).toBe('articleId');
  });
});
