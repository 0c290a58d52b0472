import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyArticle, emptyResult } from '@/lib/parse/types';
import { listArticles, setSiteMode } from '@/lib/store';
import { freshDb } from '@/lib/store/test-db';
import type { QubaoDb } from '@/lib/store/db';
import { articleResult, contentSender, popupSender, send } from './test-helpers';

const parsePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/parse', async (importOriginal) => ({ ...(await importOriginal<object>()), parsePage }));

const { createMessageListener } = await import('./messages');
const { readTabLayout } = await import('./tab-layout');
const { clearTabStatus } = await import('./tab-status');

const url = 'http://115.236.76.50:8080/wldsb/html/2026-05/06/content_9.htm';
const captured = { type: 'page/captured', url, html: '<html><body><p>正文</p></body></html>', title: '新桥通车' };
let db: QubaoDb;
let listener: ReturnType<typeof createMessageListener>;

beforeEach(() => {
  fakeBrowser.reset();
  parsePage.mockReset();
  db = freshDb();
  listener = createMessageListener(() => db);
});
afterEach(async () => db.delete());

describe('page/captured', () => {
  it('parses, stores and marks the tab as saved', async () => {
    parsePage.mockReturnValue(articleResult());
    const res = await send(listener, captured, contentSender(url));
    expect(res).toMatchObject({ ok: true, status: { kind: 'article', savedCount: 1, error: null } });
    expect(parsePage).toHaveBeenCalledWith({ url, html: captured.html }, expect.objectContaining({ segmenter: expect.anything() }));
    expect((await listArticles(db)).map((a) => a.title)).toEqual(['新桥通车']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
  });

  it('stores a page seen twice, from two tabs, once', async () => {
    parsePage.mockReturnValue(articleResult());
    await send(listener, captured, contentSender(url, 7));
    await send(listener, { ...captured, url: `${url}#p2` }, contentSender(url, 8));
    expect(await listArticles(db)).toHaveLength(1);
  });

  it.each([
    ['another extension', { ...contentSender(url), id: 'other-extension' }],
    ['no tab (not a content script)', { id: fakeBrowser.runtime.id, url }],
    ['a frame of another origin', contentSender('https://evil.example/x')],
  ])('ignores captures from %s', async (_name, sender) => {
    parsePage.mockReturnValue(articleResult());
    const res = await send(listener, captured, sender);
    expect(res).toEqual({ ok: false, error: 'sender not allowed' });
    expect(parsePage).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  });

  it('rejects an invalid capture before parsing', async () => {
    const res = await send(listener, { ...captured, url: 'file:///etc/hosts' }, contentSender(url));
    expect(res.ok).toBe(false);
    expect(parsePage).not.toHaveBeenCalled();
  });

  it('keeps a page that failed to parse as raw text and flags the badge', async () => {
    const failed = emptyResult('none', ['no body']);
    failed.error = 'Error: broken table';
    parsePage.mockReturnValue(failed);
    const res = await send(listener, captured, contentSender(url));
    expect(res.status).toMatchObject({ error: 'Error: broken table', savedCount: 1 });
    const [row] = await listArticles(db);
    expect(row).toMatchObject({ parseStatus: 'failed', rawText: '正文', parseError: 'Error: broken table' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
  });

  it('keeps the page even when the parser throws', async () => {
    parsePage.mockImplementation(() => {
      throw new RangeError('stack');
    });
    const res = await send(listener, captured, contentSender(url));
    expect(res.status.error).toBe('RangeError: stack');
    expect(await db.articles.count()).toBe(1);
  });

  it('neither saves nor flags a paperindex entry stub that only redirects', async () => {
    const stub = { ...emptyResult('none', ['入口跳转页']), redirectUrl: 'http://115.236.76.50:8080/wldsb/html/2026-05/06/node_1.htm' };
    parsePage.mockReturnValue(stub);
    const res = await send(listener, captured, contentSender(url));
    expect(res).toMatchObject({ ok: true, status: { kind: 'none', savedCount: 0, error: null } });
    expect(await db.articles.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('in "ask" mode detects without saving and shows 文', async () => {
    await setSiteMode(db, 'http://115.236.76.50:8080', 'ask');
    parsePage.mockReturnValue(articleResult());
    const res = await send(listener, captured, contentSender(url));
    expect(res.status).toMatchObject({ awaitingSave: true, savedCount: 0, kind: 'article' });
    expect(await db.articles.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('文');
  });

  it('in "off" mode neither parses nor saves', async () => {
    await setSiteMode(db, 'http://115.236.76.50:8080', 'off');
    const res = await send(listener, captured, contentSender(url));
    expect(res.status.kind).toBe('none');
    expect(parsePage).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('shows 版 for a layout page', async () => {
    const layout = emptyResult('layout', ['node_ URL']);
    layout.newspaper = { name: '江湾报', district: null };
    layout.date = '2026-05-06';
    layout.page = { number: '1', name: '要闻' };
    parsePage.mockReturnValue(layout);
    const res = await send(listener, captured, contentSender(url));
    expect(res.status).toMatchObject({ kind: 'layout', layoutSaved: true, layout: null });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('版');
  });

  it('summarises the links of a 版面 page for the popup and keeps them for a save job, also in "ask" mode', async () => {
    await setSiteMode(db, 'http://115.236.76.50:8080', 'ask');
    const layout = emptyResult('layout', ['node_ URL']);
    const a = (n: number, host = '115.236.76.50:8080') => ({ ...emptyArticle(`文${n}`), url: `http://${host}/wldsb/html/2026-05/06/content_${n}.htm` });
    layout.articles = [a(1), a(2), a(2), a(3, 'img.example.cn')];
    layout.pages = [1, 2, 3].map((n) => ({ number: String(n), name: null, url: `http://115.236.76.50:8080/wldsb/html/2026-05/06/node_${n}.htm`, pdfUrl: null }));
    parsePage.mockReturnValue(layout);
    const res = await send(listener, captured, contentSender(url));
    expect(res.status.layout).toEqual({ articleCount: 3, pageCount: 3, origins: ['http://115.236.76.50:8080', 'http://img.example.cn'] });
    expect(await readTabLayout(7)).toMatchObject({ url, result: { kind: 'layout' } });
    // the tab navigates away: its layout goes with its status
    await clearTabStatus(7);
    expect(await readTabLayout(7)).toBeNull();
  });
});

describe('extension page requests', () => {
  it('answers tab/status with the stored status and the site mode', async () => {
    parsePage.mockReturnValue(articleResult());
    const tab = await fakeBrowser.tabs.create({ url });
    await send(listener, captured, contentSender(url, tab.id!));
    await setSiteMode(db, 'http://115.236.76.50:8080', 'ask');
    const res = await send(listener, { type: 'tab/status', tabId: tab.id }, popupSender());
    expect(res).toMatchObject({ ok: true, mode: 'ask', origin: 'http://115.236.76.50:8080', status: { savedCount: 1 } });
  });

  it('refuses requests from content scripts and other extensions', async () => {
    expect(await send(listener, { type: 'tab/status', tabId: 1 }, contentSender(url))).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await send(listener, { type: 'site/set-mode', origin: 'https://a.cn', mode: 'off' }, { ...popupSender(), id: 'x' })).toMatchObject({ ok: false });
  });

  it('sets a site mode', async () => {
    const res = await send(listener, { type: 'site/set-mode', origin: 'https://a.cn', mode: 'off' }, popupSender());
    expect(res).toEqual({ ok: true });
    expect((await db.siteModes.get('https://a.cn'))?.mode).toBe('off');
  });

  it('starts and cancels save jobs for extension pages only', async () => {
    expect(await send(listener, { type: 'layout/save', tabId: 7, scope: 'page' }, contentSender(url))).toEqual({ ok: false, error: 'sender not allowed' });
    // no 版面 page captured in tab 7: the background says so rather than fetching anything
    expect(await send(listener, { type: 'layout/save', tabId: 7, scope: 'issue' }, popupSender())).toEqual({ ok: false, error: 'no 版面 page in this tab' });
    expect(await send(listener, { type: 'job/cancel', jobId: 5 }, popupSender())).toEqual({ ok: true });
  });

  it('rejects unknown messages', async () => {
    expect((await send(listener, { type: 'db/drop' }, popupSender())).ok).toBe(false);
  });
});
