import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from './db';
import { backoffMs, isClosedError, isQuotaError, reopen, versionNotice, withDbRetry } from './db-open';
import { OPENED_BY_KEY, repairAfterOlderBuild } from './db-open-repair';
import { MIGRATIONS, type Migration } from './migrations';
import { quotaError } from './quota-test-support';
import type { ArticleRecord } from './types';

const KNOWN = Math.max(...MIGRATIONS.map((m) => m.version));
// A build after this one: a new table and a new index on articles.
const FUTURE: Migration = { version: KNOWN + 1, stores: { futureThings: '&id', articles: `${MIGRATIONS.map((m) => m.stores.articles).filter(Boolean).at(-1)}, futureField` } };
const upTo = (v: number) => MIGRATIONS.filter((m) => m.version <= v);
// Only the fields these tests read; the rest of ArticleRecord does not matter to a schema.
const article = (id: string, extra: object = {}) => ({ id, url: id, title: id, savedAt: 1, paragraphs: [], parseStatus: 'ok', fingerprint: null, read: 0, starred: 0, tags: [], ...extra }) as unknown as ArticleRecord;

const opened: QubaoDb[] = [];
const open = (name: string, migrations: Migration[]) => {
  const db = new QubaoDb(name, migrations);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
});

describe('an older build opening a newer database (rolled-back update)', () => {
  it('opens it at the stored version without changing its schema, says so, and harms nothing', async () => {
    const name = `newer-${Date.now()}`;
    const newer = open(name, [...MIGRATIONS, FUTURE]);
    await newer.articles.put(article('a', { futureField: 'x' }));
    await newer.table('futureThings').put({ id: 1, what: '新版本的数据' });
    const nativeBefore = (await newer.open()).backendDB().version;
    newer.close();

    // This build (KNOWN) is now the older one: no VersionError, no schema change, no deletion.
    const older = open(name, MIGRATIONS);
    expect(await versionNotice(older)).toEqual({ stored: KNOWN + 1, known: KNOWN });
    expect(older.backendDB().version).toBe(nativeBefore);
    expect([...older.backendDB().objectStoreNames]).toContain('futureThings');
    expect((await older.articles.get('a')) as unknown).toMatchObject({ futureField: 'x' });
    await older.articles.put(article('b'));
    older.close();

    const again = open(name, [...MIGRATIONS, FUTURE]);
    expect(await versionNotice(again, KNOWN + 1)).toBeNull();
    expect((await again.articles.toArray()).map((a) => a.id)).toEqual(['a', 'b']);
    expect(await again.table('futureThings').get(1)).toEqual({ id: 1, what: '新版本的数据' });
  });

  it('a much older build (pre-006) adds back the tables it needs; the newer build carries its topics and marks over', async () => {
    const name = `rollback-${Date.now()}`;
    const current = open(name, MIGRATIONS);
    await current.articles.bulkPut([article('kept'), article('marked-new')]);
    await current.articleMarks.put({ articleId: 'marked-new', starred: 0, readAt: 0, tags: ['新'], updatedAt: 5 });
    await current.watchTopics.add({ name: '已有', anyOf: ['已有'], mustHave: [], exclude: [], scope: 'both', newspapers: [], mode: 'word', muted: 0, createdAt: 1 } as never);
    await current.inbox.put({ id: 'a:1', url: 'http://x/', title: '', html: '<p>未完成</p>', tabId: 1, manual: 0, stage: 'received', articleIds: [], status: null, receivedAt: 1, attempts: 0, nextAttemptAt: 0, error: null });
    expect(await repairAfterOlderBuild(current)).toMatchObject({ ran: false });
    current.close();

    // The version-4 build: its schema has `topics`/`alerts`, which 006 dropped. Dexie patches them back.
    const old = open(name, upTo(4));
    await old.open();
    expect(old.backendDB().version).toBe(KNOWN * 10 + 1);
    await old.table('topics').add({ name: '河道', words: ['河道', '水务'], createdAt: 9 });
    await old.table('topics').add({ name: '已有', words: ['已有'], createdAt: 9 });
    await old.articles.update('kept', { starred: 1, tags: ['旧版'] });
    await old.articles.update('marked-new', { starred: 1 });
    expect(await old.articles.count()).toBe(2);
    old.close();

    const back = open(name, MIGRATIONS);
    const report = await repairAfterOlderBuild(back);
    expect(report).toEqual({ ran: true, topicsCarried: 1, marksCarried: 1 });
    expect((await back.watchTopics.toArray()).map((t) => t.name).sort()).toEqual(['已有', '河道']);
    expect(await back.articleMarks.get('kept')).toMatchObject({ starred: 1, tags: ['旧版'] });
    // The newer build's own marks row wins over what the old build wrote in the article row.
    expect(await back.articleMarks.get('marked-new')).toMatchObject({ starred: 0, tags: ['新'] });
    expect(await back.inbox.count()).toBe(1);
    expect(await back.articles.count()).toBe(2);
    expect((await back.settings.get(OPENED_BY_KEY))?.value).toMatchObject({ version: KNOWN, native: KNOWN * 10 + 1 });
    // Repaired once: a second start does not run it again.
    expect(await repairAfterOlderBuild(back)).toMatchObject({ ran: false });
  });

  it('repairs when the last build that opened the database says it was older', async () => {
    const db = open(`older-mark-${Date.now()}`, MIGRATIONS);
    await db.settings.put({ key: OPENED_BY_KEY, value: { version: KNOWN - 1, at: 1 } });
    await db.articles.put(article('r', { read: 1, updatedAt: 7 }));
    expect(await repairAfterOlderBuild(db)).toEqual({ ran: true, topicsCarried: 0, marksCarried: 1 });
    expect(await db.articleMarks.get('r')).toMatchObject({ readAt: 7, starred: 0 });
    expect(await repairAfterOlderBuild(db)).toMatchObject({ ran: false });
    await db.delete();
  });
});

describe('failed writes', () => {
  it('tells quota and closed-database errors apart, also wrapped in Dexie inner errors', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isClosedError({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isClosedError(new DOMException('x', 'InvalidStateError'))).toBe(true);
    expect(isQuotaError(new TypeError('x'))).toBe(false);
  });

  it('backs off exponentially with a cap', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a, 60_000, () => 0.5))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(30, 60_000, () => 0.5)).toBe(60_000);
  });

  it('reopens a database left closed and retries the write', async () => {
    const db = open(`reopen-${Date.now()}`, MIGRATIONS);
    await db.open();
    db.close();
    await expect(db.articles.put(article('x'))).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const waits: number[] = [];
    await withDbRetry(db, () => db.articles.put(article('x')), { sleep: async (ms) => void waits.push(ms), random: () => 0.5 });
    expect(waits).toEqual([500]);
    expect(await db.articles.get('x')).toBeTruthy();
    await reopen(db);
    await db.delete();
  });

  it('retries a quota error a few times, then gives up with it; other errors at once', async () => {
    let calls = 0;
    const fail = (e: Error) => async () => {
      calls += 1;
      throw e;
    };
    const db = open(`retry-${Date.now()}`, MIGRATIONS);
    await expect(withDbRetry(db, fail(quotaError()), { sleep: async () => undefined })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(calls).toBe(3);
    calls = 0;
    await expect(withDbRetry(db, fail(new TypeError('bad')), { sleep: async () => undefined })).rejects.toThrow('bad');
    expect(calls).toBe(1);
  });
});
