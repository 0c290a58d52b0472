import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyArticle, emptyResult, type ParseResult } from '@/lib/parse/types';

/** A sender as Chrome reports our content script in a tab's top frame. */
export function contentSender(url: string, tabId = 7, frameId = 0): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url, frameId, tab: { id: tabId, url } as Browser.tabs.Tab };
}

/** A sender as Chrome reports the popup (no tab). */
export function popupSender(): Browser.runtime.MessageSender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
}

export function articleResult(title = '新桥通车', body = '第一段。\n第二段。'): ParseResult {
  const r = emptyResult('article', ['content_ URL', 'founder comment']);
  r.confidence = 0.9;
  r.newspaper = { name: '江湾报', district: null };
  r.date = '2026-05-06';
  r.page = { number: '3', name: '综合' };
  r.articles = [{ ...emptyArticle(title), body, reporters: ['李四'] }];
  return r;
}

/** Sends a message through the listener and resolves with what it answered via sendResponse. */
export function send(listener: (m: unknown, s: Browser.runtime.MessageSender, r: (x: unknown) => void) => true, message: unknown, sender: Browser.runtime.MessageSender): Promise<any> {
  return new Promise((resolve) => {
    const kept = listener(message, sender, resolve);
    if (kept !== true) resolve(undefined);
  });
}

/** An event with addListener/trigger, for APIs fake-browser leaves unimplemented (permissions.onAdded …). */
export function fakeEvent<A extends unknown[]>() {
  const listeners: ((...a: A) => unknown)[] = [];
  return {
    addListener: (l: (...a: A) => unknown) => void listeners.push(l),
    removeListener: (l: (...a: A) => unknown) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: (...a: A) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: async (...a: A) => Promise.all(listeners.map((l) => l(...a))),
  };
}
