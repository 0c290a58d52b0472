import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { QubaoDb } from '@/lib/store/db';
import type { InboxRecord } from '@/lib/store/inbox';
import { inboxRow } from '@/lib/store/inbox-test-support';
import { discardInboxRow, MAX_ATTEMPTS, resetInboxRunner, resumeInbox, retryInboxRow } from './inbox-runner';

// The user's way out for a page the inbox could not store by itself (options, 等待保存的页面).

const PAGE = '<html><head><title>新桥通车</title></head><body><h1>新桥通车</h1><p>本报讯 昨天上午，新桥正式通车，市民步行即可过河。</p><p>新桥全长三百米，历时两年建成。</p></body></html>';
const row = (id: string, over: Partial<InboxRecord> = {}): InboxRecord =>
  inboxRow(id, { title: '新桥通车', html: PAGE, attempts: MAX_ATTEMPTS, error: 'QuotaExceededError: full', ...over });
const A = 'a:0123456789abcdef0123456789abcdef';
let db: QubaoDb;

beforeEach(() => {
  fakeBrowser.reset();
  resetInboxRunner();
  db = new QubaoDb(`inbox-runner-${Date.now()}-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('retryInboxRow', () => {
  it('runs a row that had stopped retrying by itself, stores its article and clears the row', async () => {
    await db.inbox.put(row(A));
    expect(await resumeInbox(db)).toEqual([]); // stopped rows wait for the user
    expect(await retryInboxRow(db, A)).toBe(true);
    expect(await db.inbox.count()).toBe(0);
    expect((await db.articles.toArray()).map((a) => a.title)).toContain('新桥通车');
  });

  it('says no for a row that is not there', async () => {
    expect(await retryInboxRow(db, A)).toBe(false);
  });
});

describe('discardInboxRow', () => {
  it('lets a page that was never stored go', async () => {
    await db.inbox.put(row(A));
    expect(await discardInboxRow(db, A)).toBe(true);
    expect(await db.inbox.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });

  it('keeps a row whose articles are stored (it only waits for the index and alerts)', async () => {
    await db.inbox.put(row(A, { stage: 'stored', html: '', articleIds: ['x'] }));
    expect(await discardInboxRow(db, A)).toBe(false);
    expect(await db.inbox.count()).toBe(1);
  });
});
