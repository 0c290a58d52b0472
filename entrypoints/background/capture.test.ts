import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '@/lib/store/test-db';
import type { QubaoDb } from '@/lib/store/db';
import { closeStrictConnections, strictConnection } from '@/lib/store/db-open';
import { inboxKey, putInboxItem } from '@/lib/store/inbox';
import { failWrites } from '@/lib/store/quota-test-support';
import { statusLines } from '@/components/tab-status-panel';
import { articleResult } from './test-helpers';

const parsePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/parse', async (importOriginal) => ({ ...(await importOriginal<object>()), parsePage }));
const { handleCapture } = await import('./capture');
const { inboxIdle, resetInboxRunner, resumeInbox, setInboxSettler } = await import('./inbox-runner');

const url = (n: number) => `https://paper.example.cn/html/2026-05/06/content_${n}.htm`;
const page = (n: number) => ({ type: 'page/captured' as const, url: url(n), html: `<html><body><p>第${n}篇</p></body></html>`, title: `第${n}篇` });
let db: QubaoDb;
let settled: { ids: string[]; resumed: boolean }[];

beforeEach(() => {
  fakeBrowser.reset();
  parsePage.mockReset();
  parsePage.mockImplementation(({ url: u }: { url: string }) => articleResult(`文章${u.match(/_(\d+)/)![1]}`, `正文${u}`));
  resetInboxRunner();
  settled = [];
  setInboxSettler(async (ids, resumed) => void settled.push({ ids, resumed }));
  db = freshDb();
});
afterEach(async () => {
  await inboxIdle();
  closeStrictConnections();
  await db.delete();
});

describe('captures through the inbox', () => {
  it('writes the page to the inbox before parsing it, and removes it once stored and settled', async () => {
    let inboxWhenParsed = -1;
    parsePage.mockImplementation(() => {
      void db.inbox.count().then((n) => (inboxWhenParsed = n));
      return articleResult('先入队');
    });
    const status = await handleCapture(db, page(1), { tabId: 3, manual: false });
    expect(status).toMatchObject({ savedCount: 1, error: null });
    await inboxIdle();
    expect(inboxWhenParsed).toBe(1);
    expect(await db.inbox.count()).toBe(0);
    expect(settled).toEqual([{ ids: [expect.any(String)], resumed: false }]);
    expect(await db.articles.count()).toBe(1);
  });

  it('uses a strict-durability connection for the inbox write', async () => {
    expect(strictConnection(db)._options.chromeTransactionDurability).toBe('strict');
    expect(strictConnection(db)).toBe(strictConnection(db));
    expect(db._options.chromeTransactionDurability).toBeUndefined();
  });

  it('finishes at the next start a page whose worker stopped before parsing (received, never stored)', async () => {
    const p = page(2);
    const id = await inboxKey({ url: p.url, html: p.html, manual: false });
    await putInboxItem(db, id, { ...p, tabId: 4, manual: false }, 100);
    expect(await resumeInbox(db)).toEqual([id]);
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['文章2']);
    expect(await db.inbox.count()).toBe(0);
    expect(settled).toEqual([{ ids: [expect.any(String)], resumed: true }]);
    // Nothing left: a second start does nothing.
    expect(await resumeInbox(db)).toEqual([]);
    expect(parsePage).toHaveBeenCalledTimes(1);
  });

  it('settles again, without storing again, a page whose worker stopped while indexing or matching alerts', async () => {
    setInboxSettler(async () => {
      throw new Error('worker stopped');
    });
    await handleCapture(db, page(3), { tabId: 3, manual: false });
    await inboxIdle();
    const [row] = await db.inbox.toArray();
    expect(row).toMatchObject({ stage: 'stored', html: '' });
    const before = await db.articles.toArray();

    setInboxSettler(async (ids, resumed) => void settled.push({ ids, resumed }));
    await resumeInbox(db);
    expect(settled).toEqual([{ ids: row!.articleIds, resumed: true }]);
    expect(await db.inbox.count()).toBe(0);
    expect(await db.articles.toArray()).toEqual(before);
    expect(parsePage).toHaveBeenCalledTimes(1);
  });

  it('stores each article once when five tabs send the same and different pages at once, with a resume racing them', async () => {
    const sends = [1, 1, 2, 1, 3].map((n, i) => handleCapture(db, page(n), { tabId: 10 + i, manual: false }));
    const resumed = resumeInbox(db);
    const statuses = await Promise.all(sends);
    await resumed;
    await inboxIdle();
    expect(statuses.every((s) => s.savedCount === 1)).toBe(true);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['文章1', '文章2', '文章3']);
    // The same page from three tabs is one inbox row and one run: parsed once.
    expect(parsePage).toHaveBeenCalledTimes(3);
    expect(await db.inbox.count()).toBe(0);
    for (let i = 0; i < 5; i++) expect(await fakeBrowser.action.getBadgeText({ tabId: 10 + i })).toBe('✓');
  });
});

describe('failed writes', () => {
  it('keeps a page the disk had no room for in the inbox, harms nothing saved, says so, and saves it later', async () => {
    const failures = failWrites(db);
    await handleCapture(db, page(1), { tabId: 3, manual: false });
    const saved = await db.articles.toArray();

    failures.tables.add('articles');
    const status = await handleCapture(db, page(2), { tabId: 3, manual: false });
    expect(status.savedCount).toBe(0);
    expect(status.error).toContain('QuotaExceededError');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('!');
    // The popup's status lines say it was not saved and waits in the queue (not "kept as raw text").
    const lines = statusLines({ tabId: 3, url: url(2), origin: 'https://paper.example.cn', enabled: true, status, mode: 'auto' });
    expect(lines.join('\n')).toContain('页面未能保存（已留在待处理队列');
    expect(lines.join('\n')).not.toContain('已保存原文');
    await inboxIdle();
    const [row] = await db.inbox.toArray();
    expect(row).toMatchObject({ stage: 'received', attempts: 1, url: url(2) });
    expect(row!.error).toContain('QuotaExceededError');
    expect(row!.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(await db.articles.toArray()).toEqual(saved);

    // Room again: the row is not due yet, then it is, and is saved once.
    failures.tables.clear();
    expect(await resumeInbox(db)).toEqual([]);
    expect(await resumeInbox(db, row!.nextAttemptAt)).toEqual([row!.id]);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['文章1', '文章2']);
    expect(await db.inbox.count()).toBe(0);
  });

  it('answers with a clear error, and writes nothing, when even the inbox write is refused', async () => {
    const failures = failWrites(strictConnection(db));
    failures.tables.add('inbox');
    const status = await handleCapture(db, page(5), { tabId: 3, manual: false });
    expect(status).toMatchObject({ savedCount: 0, kind: 'none', unsaved: true });
    expect(status.error).toContain('QuotaExceededError');
    expect(status.error).toContain('请释放磁盘空间');
    // Retried with backoff before giving up.
    expect(failures.refused).toBe(3);
    expect(parsePage).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  }, 20_000);
});
