import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb } from '@/lib/store/test-db';
import type { QubaoDb } from '@/lib/store/db';
import { articleResult, contentSender, popupSender, send } from './test-helpers';
import { MANUAL_FLAG } from './manual-save';

const parsePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/parse', async (importOriginal) => ({ ...(await importOriginal<object>()), parsePage }));
const { createMessageListener } = await import('./messages');
const { setSiteMode } = await import('@/lib/store');

const url = 'https://paper.example.cn/a.htm';
let db: QubaoDb;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = freshDb();
});
afterEach(async () => db.delete());

describe('tab/save (popup "保存本页")', () => {
  it('injects the flag and the content script, then saves its capture even in "off" mode', async () => {
    await setSiteMode(db, 'https://paper.example.cn', 'off');
    parsePage.mockReturnValue(articleResult('手动保存的文章'));
    const listener = createMessageListener(() => db);
    const calls: unknown[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (inj: any) => {
      calls.push(inj);
      if (inj.files) {
        // what the injected content script does: capture the top frame and send it
        void send(listener, { type: 'page/captured', url, html: '<p>x</p>', title: 't' }, contentSender(url, 5, 0));
      }
      return [];
    });
    const res = await send(listener, { type: 'tab/save', tabId: 5 }, popupSender());
    expect(res).toMatchObject({ ok: true, status: { savedCount: 1 } });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ target: { tabId: 5 }, args: [MANUAL_FLAG] });
    expect(calls[1]).toMatchObject({ target: { tabId: 5 }, files: ['/content-scripts/content.js'] });
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['手动保存的文章']);
  });

  it('reports a tab that cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const listener = createMessageListener(() => db);
    expect(await send(listener, { type: 'tab/save', tabId: 3 }, popupSender())).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });
});
