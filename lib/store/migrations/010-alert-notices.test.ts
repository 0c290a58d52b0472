import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);
const alertRow = (id: string, createdAt: number, read: 0 | 1) => ({ id, topicId: 1, topicName: '河道', articleId: id, articleUrl: `http://x/${id}`, title: id, paperName: null, date: null, terms: ['河道'], snippet: { text: '河道', highlight: { start: 0, end: 2 } }, field: 'body', createdAt, read });

describe('migration 010 (alert notification claims)', () => {
  it('adds alertNotices and claims every alert already there, read or not, so none is notified again', async () => {
    const name = `mig-010-${Date.now()}`;
    const v9 = new QubaoDb(name, upTo(9));
    await v9.table('topicAlerts').bulkPut([alertRow('n:1\u241fa', 5, 0), alertRow('n:1\u241fb', 7, 1)]);
    await v9.table('inbox').put({ id: 'a:1', url: 'http://x/', title: '', html: '', tabId: 1, manual: 0, stage: 'stored', articleIds: ['a'], status: null, receivedAt: 1, attempts: 0, nextAttemptAt: 0, error: null });
    expect(v9.tables.map((t) => t.name)).not.toContain('alertNotices');
    v9.close();

    db = new QubaoDb(name, upTo(10));
    await db.open();
    expect(db.verno).toBe(10);
    expect(db.alertNotices.schema.primKey.name).toBe('id');
    expect(db.alertNotices.schema.primKey.auto).toBe(false);
    expect(await db.alertNotices.toArray()).toEqual([
      { id: 'n:1\u241fa', notifiedAt: 5 },
      { id: 'n:1\u241fb', notifiedAt: 7 },
    ]);
    // Nothing else changed.
    expect(await db.topicAlerts.count()).toBe(2);
    expect((await db.inbox.get('a:1'))?.articleIds).toEqual(['a']);
  });

  it('upgrades a version 9 database without alerts to an empty claims table', async () => {
    const name = `mig-010-empty-${Date.now()}`;
    new QubaoDb(name, upTo(9)).close();
    db = new QubaoDb(name, upTo(10));
    expect(await db.alertNotices.count()).toBe(0);
  });
});
