// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyArticle, emptyResult } from '@/lib/parse/types';
import { createSaveJob, openQubaoDb, saveParsedPage } from '@/lib/store';
import { PopupScreen } from '@/components/popup-screen';
import { useLibrary } from './use-library';
import { usePopup } from './use-popup';

// Plain h() calls: vitest only collects *.test.ts under entrypoints/.
function Popup() {
  const popup = usePopup();
  return h(PopupScreen, { ...popup, library: useLibrary(popup.actions.openArticle) });
}

const pageUrl = 'http://115.236.76.50:8080/wldsb/html/2026-05/06/content_3.htm';
let sent: { type: string }[];
let tabId: number;
let layoutStatus: object | null;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await openQubaoDb().articles.clear();
  sent = [];
  layoutStatus = null;
  await openQubaoDb().jobs.clear();
  await fakeBrowser.tabs.create({ url: 'https://other.example/' }); // the active tab must not be the one used
  const tab = await fakeBrowser.tabs.create({ url: pageUrl, active: false });
  tabId = tab.id!;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`chrome-extension://test-extension-id/popup.html?tabId=${tab.id}`);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
    sent.push(m);
    if (m.type === 'tab/status') return { ok: true, status: layoutStatus, mode: 'auto', origin: 'http://115.236.76.50:8080' };
    if (m.type === 'layout/save') return { ok: true, jobId: 1 };
    if (m.type === 'tab/save') return { ok: true, status: { url: pageUrl, kind: 'article', reasons: [], confidence: 1, savedCount: 1, layoutSaved: false, awaitingSave: false, error: null, paperName: null, at: 0 } };
    return { ok: true };
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
});
afterEach(() => render(null, document.body));

describe('usePopup', () => {
  it('shows the saved articles of the library and the status of the tab named by ?tabId', async () => {
    const r = emptyResult('article', []);
    r.newspaper = { name: '江湾报', district: null };
    r.articles = [{ ...emptyArticle('库里的文章'), body: '正文' }];
    await saveParsedPage(openQubaoDb(), r, { url: pageUrl, title: '', html: '' });
    render(h(Popup, null), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="row-title"]')?.textContent).toBe('库里的文章'));
    await vi.waitFor(() => expect(document.querySelector('[data-testid="enable-site-button"]')).not.toBeNull());
    expect(sent[0]).toEqual({ type: 'tab/status', tabId });
  });

  it('enables the site on http and https, re-registers, then saves the page', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    render(h(Popup, null), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="enable-site-button"]')).not.toBeNull());
    (document.querySelector('[data-testid="enable-site-button"]') as HTMLElement).click();
    expect(request).toHaveBeenCalledWith({ origins: ['http://115.236.76.50/*', 'https://115.236.76.50/*'] });
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['tab/status', 'sites/sync', 'tab/save', 'tab/status']));
  });

  it('shows the empty state with the known-sites button, which asks for the registry hosts', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    render(h(Popup, null), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="empty-state"]')).not.toBeNull());
    (document.querySelector('[data-testid="enable-known-button"]') as HTMLElement).click();
    expect(request.mock.calls[0]?.[0]).toMatchObject({ origins: expect.arrayContaining(['http://www.cnepaper.com/*']) });
    await vi.waitFor(() => expect(document.body.textContent).toContain('没有获得权限。'));
  });

  const layout = () => ({ url: pageUrl, kind: 'layout', reasons: [], confidence: 1, savedCount: 0, layoutSaved: true, awaitingSave: false, error: null, paperName: null, at: 0, layout: { articleCount: 3, pageCount: 2, origins: ['http://115.236.76.50:8080', 'http://img.example.cn'] } });

  it('asks for the missing hosts in the click, then starts the job', async () => {
    layoutStatus = layout();
    vi.mocked(fakeBrowser.permissions.contains).mockImplementation((async (p: { origins: string[] }) => p.origins[0] === 'http://115.236.76.50/*') as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    render(h(Popup, null), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="save-issue-button"]')).not.toBeNull());
    // missing hosts are read after the tab status
    await vi.waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalledWith({ origins: ['http://img.example.cn/*'] }));
    await new Promise((r) => setTimeout(r, 0));
    (document.querySelector('[data-testid="save-issue-button"]') as HTMLElement).click();
    expect(request).toHaveBeenCalledWith({ origins: ['http://img.example.cn/*', 'https://img.example.cn/*'] });
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'layout/save', tabId, scope: 'issue' }));
  });

  it('starts at once when every host is granted, and shows the job the background writes', async () => {
    layoutStatus = layout();
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(true as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    render(h(Popup, null), document.body);
    await vi.waitFor(() => expect(document.querySelector('[data-testid="save-layout-button"]')).not.toBeNull());
    (document.querySelector('[data-testid="save-layout-button"]') as HTMLElement).click();
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'layout/save', tabId, scope: 'page' }));
    expect(request).not.toHaveBeenCalled();
    const state = { version: 1 as const, scope: 'page' as const, startUrl: pageUrl, layouts: [], articles: [], cancelled: false, finished: false };
    await createSaveJob(openQubaoDb(), { scope: 'page', pageUrl, paperName: null, date: null, state, progress: { done: 1, total: 3, failed: 0, current: null, currentTitle: '第一篇' }, titles: {} });
    await vi.waitFor(() => expect(document.querySelector('[data-testid="job-progress"]')?.textContent).toContain('1/3'));
    (document.querySelector('[data-testid="job-cancel"]') as HTMLElement).click();
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'job/cancel', jobId: expect.any(Number) }));
  });
});
