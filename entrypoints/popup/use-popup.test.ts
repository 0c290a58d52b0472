// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyArticle, emptyResult } from '@/lib/parse/types';
import { openQubaoDb, saveParsedPage } from '@/lib/store';
import { PopupScreen } from '@/components/popup-screen';
import { usePopup } from './use-popup';

// Plain h() calls: vitest only collects *.test.ts under entrypoints/.
function Popup() {
  return h(PopupScreen, usePopup());
}

const pageUrl = 'http://115.236.76.50:8080/wldsb/html/2026-05/06/content_3.htm';
let sent: { type: string }[];
let tabId: number;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  await openQubaoDb().articles.clear();
  sent = [];
  await fakeBrowser.tabs.create({ url: 'https://other.example/' }); // the active tab must not be the one used
  const tab = await fakeBrowser.tabs.create({ url: pageUrl, active: false });
  tabId = tab.id!;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`chrome-extension://test-extension-id/popup.html?tabId=${tab.id}`);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) => {
    sent.push(m);
    if (m.type === 'tab/status') return { ok: true, status: null, mode: 'auto', origin: 'http://115.236.76.50:8080' };
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
});
