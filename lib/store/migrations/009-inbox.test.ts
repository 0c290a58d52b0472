import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

describe('migration 009 (capture inbox)', () => {
  it('adds the inbox to a version 8 database, keeping articles and marks', async () => {
    const name = `mig-009-${Date.now()}`;
    const v8 = new QubaoDb(name, upTo(8));
    await v8.table('articles').put({ id: 'a', title: '河道整治', savedAt: 1, paragraphs: [], parseStatus: 'ok', fingerprint: null, keywords: [] });
    await v8.table('articleMarks').put({ articleId: 'a', starred: 1, readAt: 0, tags: ['水务'], updatedAt: 2 });
    expect(v8.tables.map((t) => t.name)).not.toContain('inbox');
    v8.close();

    db = new QubaoDb(name, upTo(9));
    await db.open();
    expect(db.verno).toBe(9);
    expect((await db.articles.get('a'))?.title).toBe('河道整治');
    expect((await db.articleMarks.get('a'))?.tags).toEqual(['水务']);
    expect(db.inbox.schema.primKey.name).toBe('id');
    expect(db.inbox.schema.primKey.auto).toBe(false);
    expect(db.inbox.schema.indexes.map((i) => i.name).sort()).toEqual(['nextAttemptAt', 'receivedAt']);
    // The same id twice is one row: the key is what makes a repeated capture idempotent.
    const row = { id: 'a:1', url: 'http://x/', title: '', html: '<p>1</p>', tabId: 1, manual: 0, stage: 'received', articleIds: [], status: null, receivedAt: 1, attempts: 0, nextAttemptAt: 0, error: null };
    await db.inbox.put(row as never);
    await db.inbox.put({ ...row, receivedAt: 2 } as never);
    expect(await db.inbox.count()).toBe(1);
    expect(await db.inbox.where('nextAttemptAt').belowOrEqual(5).count()).toBe(1);
  });
});
