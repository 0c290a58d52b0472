// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { serializeDocument } from './serialize';
import { watchForNewPages, HASH_DEBOUNCE_MS, MUTATION_DEBOUNCE_MS } from './watch';
import contentScript from './index';

/** happy-dom's own API to set location.href (not in the DOM lib types). */
function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
}

function loadDocument(html: string) {
  document.open();
  document.write(html);
  document.close();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => vi.useRealTimers());

describe('serializeDocument', () => {
  it('keeps the doctype and the Founder trailer comment after </html>', () => {
    loadDocument('<!DOCTYPE html><html><head><title>某报</title></head><body><p>正文</p></body></html><!--enpproperty <founder-pagenum>2</founder-pagenum>/enpproperty-->');
    const html = serializeDocument(document);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<p>正文</p>');
    expect(html.trimEnd().endsWith('<!--enpproperty <founder-pagenum>2</founder-pagenum>/enpproperty-->')).toBe(true);
  });
});

describe('content script', () => {
  it('is registered at run time, in every frame, at document_idle', () => {
    expect(contentScript.registration).toBe('runtime');
    expect(contentScript.allFrames).toBe(true);
    expect(contentScript.runAt).toBe('document_idle');
  });

  it('sends the page of a candidate e-paper URL', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => void sent.push(m));
    setUrl('http://epaper.example.cn/html/2026-05/06/content_12.htm');
    loadDocument('<html><head><title>新桥通车</title></head><body><p>正文</p></body></html>');
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    // (The page's text also goes out once as page/highlight, for the watched-word highlights.)
    expect(sent.filter((m) => (m as { type: string }).type === 'page/captured')).toEqual([{ type: 'page/captured', url: 'http://epaper.example.cn/html/2026-05/06/content_12.htm', html: expect.stringContaining('<p>正文</p>'), title: '新桥通车' }]);
    ctx.abort();
  });

  it('does nothing on an ordinary page', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    setUrl('https://shop.example.com/cart');
    loadDocument('<html><head><title>Cart</title></head><body><p>hello</p></body></html>');
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    expect(send).not.toHaveBeenCalled();
    ctx.abort();
  });

  it('captures any page when the popup injected it for a manual save', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    setUrl('https://shop.example.com/cart');
    loadDocument('<html><body><p>hello</p></body></html>');
    (globalThis as Record<string, unknown>).__qubaoManualCapture = true;
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);
    expect(send.mock.calls.filter(([m]) => (m as unknown as { type: string }).type === 'page/captured')).toHaveLength(1);
    expect((globalThis as Record<string, unknown>).__qubaoManualCapture).toBeUndefined();
    ctx.abort();
  });
});

describe('watchForNewPages', () => {
  it('fires once, debounced, after hash changes, and not after invalidation', async () => {
    vi.useFakeTimers();
    loadDocument('<html><body><div id="app"></div></body></html>');
    const ctx = new ContentScriptContext('watch-test');
    const onChange = vi.fn();
    watchForNewPages(ctx, document, onChange);
    window.dispatchEvent(new Event('hashchange'));
    window.dispatchEvent(new Event('hashchange'));
    await vi.advanceTimersByTimeAsync(HASH_DEBOUNCE_MS + 10);
    expect(onChange).toHaveBeenCalledTimes(1);
    ctx.abort();
    window.dispatchEvent(new Event('hashchange'));
    await vi.advanceTimersByTimeAsync(HASH_DEBOUNCE_MS + 10);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reacts to a large DOM change but not to small ones', async () => {
    vi.useFakeTimers();
    loadDocument('<html><body><div id="app"></div></body></html>');
    const ctx = new ContentScriptContext('watch-test-2');
    const onChange = vi.fn();
    watchForNewPages(ctx, document, onChange);
    const app = document.getElementById('app')!;
    app.append(document.createTextNode('12:00'));
    await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS + 10);
    expect(onChange).not.toHaveBeenCalled();
    const article = document.createElement('div');
    article.textContent = '新的文章正文。'.repeat(80);
    app.append(article);
    await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS + 10);
    expect(onChange).toHaveBeenCalledTimes(1);
    ctx.abort();
  });
});
