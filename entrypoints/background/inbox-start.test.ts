import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openQubaoDb, QubaoDb } from '@/lib/store/db';
import { MIGRATIONS } from '@/lib/store/migrations';
import { OPENED_BY_KEY } from '@/lib/store/db-open-repair';
import { NEWER_DB_NOTICE_KEY, startInbox } from './inbox-start';
import { createAlertMatchQueue } from './alerts-matching';
import { showAlertsOnce } from './alerts-notify';
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

  it('shows on resume, once, the alerts a stopped worker recorded but never showed, and new matches', async () => {
    db = openQubaoDb();
    await db.watchTopics.add({ name: '河道', anyOf: ['河道'], mustHave: [], exclude: [], scope: 'both', newspapers: [], mode: 'substring', muted: 0, createdAt: 1 } as never);
    const article = (id: string) => ({ id, url: `http://x.example/${id}`, title: `河道整治${id}`, paragraphs: ['河道保洁'], parseStatus: 'ok', paperName: null, date: null, introTitle: null, subtitle: null, savedAt: 1 });
    await db.articles.bulkPut([article('a'), article('b'), article('c')] as never);
    const shown: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      shown.push(id);
      return id;
    }) as never);
    // The stopped worker matched a and c (their alerts are recorded), not b; it showed c, then
    // stopped before its notifier showed a (the report of a new alert went nowhere).
    const stopped = createAlertMatchQueue(db, { segmenter: async () => null, now: () => 5, onCreated: () => undefined });
    const recorded = await stopped.run(['a', 'c']);
    expect(recorded).toHaveLength(2);
    const [alertA, alertC] = ['a', 'c'].map((id) => recorded.find((r) => r.articleId === id)!);
    await showAlertsOnce(db, [alertC!]);
    shown.length = 0;
    await db.inbox.put({ ...row, stage: 'stored', articleIds: ['a', 'b', 'c'] });
    expect(await startInbox(db, () => undefined)).toEqual(['a:1']);
    expect(shown).toHaveLength(2);
    expect(shown).toContain(alertA!.id);
    expect(shown).not.toContain(alertC!.id);
    expect(await db.topicAlerts.count()).toBe(3);
    expect(await db.inbox.count()).toBe(0);
    // Stopped again after showing, before the row was removed: the next start shows nothing.
    shown.length = 0;
    resetInboxRunner();
    await db.inbox.put({ ...row, stage: 'stored', articleIds: ['a', 'b', 'c'] });
    expect(await startInbox(db, () => undefined)).toEqual(['a:1']);
    expect(shown).toEqual([]);
    expect(await db.alertNotices.count()).toBe(3);
  }, 60_000);
});
