import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openQubaoDb, QubaoDb } from '@/lib/store/db';
import { MIGRATIONS } from '@/lib/store/migrations';
import { OPENED_BY_KEY } from '@/lib/store/db-open-repair';
import { NEWER_DB_NOTICE_KEY, startInbox } from './inbox-start';
import { resetInboxRunner } from './inbox-runner';

const KNOWN = Math.max(...MIGRATIONS.map((m) => m.version));
const row = { id: 'a:1', url: 'http://x.example/content_1.htm', title: '', html: '<p>1</p>', tabId: 1, manual: 0 as const, stage: 'received' as const, articleIds: [], status: null, receivedAt: 1, attempts: 0, nextAttemptAt: 0, error: null };
let db: QubaoDb;

beforeEach(() => {
  fakeBrowser.reset();
  resetInboxRunner();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('worker start', () => {
  it('on a database from a newer build: shows a notice, leaves the inbox and everything else alone', async () => {
    const name = `start-newer-${Date.now()}`;
    const newer = new QubaoDb(name, [...MIGRATIONS, { version: KNOWN + 1, stores: { futureThings: '&id' } }]);
    await newer.inbox.put(row);
    newer.close();
    db = new QubaoDb(name);
    expect(await startInbox(db, () => undefined)).toEqual([]);
    expect(await db.inbox.count()).toBe(1);
    expect(await db.settings.get(OPENED_BY_KEY)).toBeUndefined();
    const got = (await fakeBrowser.storage.session.get(NEWER_DB_NOTICE_KEY))[NEWER_DB_NOTICE_KEY] as { message: string };
    expect(got).toMatchObject({ stored: KNOWN + 1, known: KNOWN });
    expect(got.message).toContain(String(KNOWN + 1));
  });

  it('on its own database: records itself and resumes the inbox', async () => {
    db = new QubaoDb(`start-own-${Date.now()}`);
    await db.inbox.put({ ...row, stage: 'stored', articleIds: [] });
    expect(await startInbox(db, () => undefined)).toEqual(['a:1']);
    expect((await db.settings.get(OPENED_BY_KEY))?.value).toMatchObject({ version: KNOWN });
  });

  it('shows, after a stop, the alerts the stopped worker recorded but never began to show, and never shows any twice', async () => {
    db = openQubaoDb();
    const alert = (id: string, articleId: string) => ({
      id, topicId: 1, topicName: '河道', articleId, articleUrl: `http://x.example/${articleId}`, title: `标题${articleId}`, paperName: null, date: null,
      terms: ['河道'], snippet: { text: '河道保洁', highlight: { start: 0, end: 2 } }, field: 'body' as const, createdAt: 5, read: 0 as const,
    });
    await db.topicAlerts.bulkPut([alert('n:1\u241fa', 'a'), { ...alert('n:1\u241fc', 'c'), read: 1 }, alert('n:1\u241fd', 'd')]);
    // Stopped before its notification step: a (unread) is shown now, c (read) is not.
    await db.inbox.put({ ...row, stage: 'stored', articleIds: ['a', 'c'] });
    // Stopped after its notification step began: d is not shown again.
    await db.inbox.put({ ...row, id: 'a:2', receivedAt: 2, stage: 'stored', articleIds: ['d'], notifying: 1 });
    const shown: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      shown.push(id);
      return id;
    }) as never);
    expect(await startInbox(db, () => undefined)).toEqual(['a:1', 'a:2']);
    expect(shown).toEqual(['n:1\u241fa']);
    expect(await db.inbox.count()).toBe(0);
  }, 60_000);
});
