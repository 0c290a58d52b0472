import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openQubaoDb, QubaoDb } from '@/lib/store/db';
import { MIGRATIONS } from '@/lib/store/migrations';
import { OPENED_BY_KEY } from '@/lib/store/db-open-repair';
import { NEWER_DB_NOTICE_KEY, startInbox } from './inbox-start';
import { alertServices } from './alerts-setup';
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

  it('never shows again, after a stop, an alert a stopped worker recorded; new matches are shown once', async () => {
    db = openQubaoDb();
    await db.watchTopics.add({ name: '河道', anyOf: ['河道'], mustHave: [], exclude: [], scope: 'both', newspapers: [], mode: 'substring', muted: 0, createdAt: 1 } as never);
    const article = (id: string) => ({ id, url: `http://x.example/${id}`, title: `河道整治${id}`, paragraphs: ['河道保洁'], parseStatus: 'ok', paperName: null, date: null, introTitle: null, subtitle: null, savedAt: 1 });
    await db.articles.bulkPut([article('a'), article('b')] as never);
    // The stopped worker matched a (its alert is recorded, maybe shown), not b.
    const first = await alertServices().queue.run(['a']);
    expect(first).toHaveLength(1);
    await db.inbox.put({ ...row, stage: 'stored', articleIds: ['a', 'b'] });
    const shown: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      shown.push(id);
      return id;
    }) as never);
    await alertServices().notifier.flush();
    shown.length = 0;
    expect(await startInbox(db, () => undefined)).toEqual(['a:1']);
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(first[0]!.id);
    expect(await db.topicAlerts.count()).toBe(2);
    expect(await db.inbox.count()).toBe(0);
  }, 60_000);
});
