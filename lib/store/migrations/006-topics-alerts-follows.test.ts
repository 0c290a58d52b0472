import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);

describe('migration 006 (topics, alerts, follows)', () => {
  it('replaces the version-1 topic and alert tables, carrying topics over as any-of terms', async () => {
    const name = `mig-006-${Date.now()}`;
    const v4 = new QubaoDb(name, upTo(4));
    await v4.table('topics').bulkAdd([
      { name: '山阳镇', words: ['山阳镇', '山阳'], createdAt: 7 },
      { name: '空的', words: [], createdAt: 8 },
    ]);
    await v4.table('alerts').add({ topicId: 1, articleId: 'a', createdAt: 9, seen: 0 });
    await v4.table('articles').put({ id: 'a', title: '河道整治', savedAt: 1, paragraphs: [], parseStatus: 'ok', fingerprint: null });
    v4.close();

    db = new QubaoDb(name, upTo(6));
    await db.open();
    expect(db.verno).toBe(6);
    const names = db.tables.map((t) => t.name);
    expect(names).not.toContain('topics');
    expect(names).not.toContain('alerts');
    const topics = await db.watchTopics.toArray();
    expect(topics).toHaveLength(1);
    expect(topics[0]).toMatchObject({ name: '山阳镇', anyOf: ['山阳镇', '山阳'], scope: 'both', mode: 'word', muted: 0, createdAt: 7 });
    expect((await db.articles.get('a'))?.title).toBe('河道整治');
  });

  it('keys alerts by their string id, so a second write of the same alert replaces the first', async () => {
    db = new QubaoDb(`mig-006b-${Date.now()}`, upTo(6));
    await db.open();
    expect(db.topicAlerts.schema.primKey.name).toBe('id');
    expect(db.topicAlerts.schema.primKey.auto).toBe(false);
    const alert = { id: 'n:1\u241fa', topicId: 1, articleId: 'a', createdAt: 5, read: 0 };
    await db.table('topicAlerts').put(alert);
    await db.table('topicAlerts').put({ ...alert, createdAt: 6 });
    expect(await db.topicAlerts.count()).toBe(1);
    expect(await db.topicAlerts.where('[read+createdAt]').between([0, 0], [0, Infinity]).count()).toBe(1);
    expect(db.follows.schema.primKey.name).toBe('paperId');
  });
});
