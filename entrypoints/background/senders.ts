import { browser, type Browser } from 'wxt/browser';
import { checkHttpUrl } from '@/lib/protocol';
import type { QubaoDb } from '@/lib/store';
import { getAllowPrivateCapture } from '@/lib/store/private-windows';

type Sender = Browser.runtime.MessageSender;

// Who may send what (SECURITY.md, "Entry points"). Web pages cannot call runtime.sendMessage
// at all (no externally_connectable, no onMessageExternal listener), so every sender here is
// part of this extension; what differs is where it runs. A content script runs inside a hostile
// page, so it may only hand over that page; only extension pages may change state.

/**
 * Page data is accepted only from our own content scripts, running in a tab, on the origin the
 * message claims. A compromised or hostile frame could otherwise file a page under another
 * site's URL (and so under another paper in the library).
 */
export function isOwnContentScript(sender: Sender, claimedUrl: string): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab || sender.tab.id == null || sender.tab.id < 0) return false;
  // Our content script never runs in an extension page; a sender URL there means something else.
  if (sender.url && isExtensionUrl(sender.url)) return false;
  const from = sender.url ? checkHttpUrl(sender.url) : null;
  const claimed = checkHttpUrl(claimedUrl);
  return from != null && claimed != null && from.origin === claimed.origin;
}

/** Requests that change state come only from the extension's own pages (popup, options, reader, digest). */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // An extension page shown inside a web page's tab would be framed by that page (we list no
  // web_accessible_resources, so this should not happen; refuse it if it does).
  if (sender.tab && sender.tab.url && !isExtensionUrl(sender.tab.url)) return false;
  return typeof sender.url === 'string' && isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string): boolean {
  return url.startsWith(browser.runtime.getURL('/'));
}

/** The sender's tab is in a private (incognito) window. */
export function isPrivateSender(sender: Sender): boolean {
  return sender.tab?.incognito === true;
}

/**
 * A capture from a private window is refused unless the user allowed it in options. Chrome's
 * "spanning" incognito mode shares this background (and so this library) with the normal
 * profile; Firefox runs private tabs in the same background too.
 */
export async function privateCaptureRefused(db: QubaoDb, sender: Sender): Promise<boolean> {
  return isPrivateSender(sender) && !(await getAllowPrivateCapture(db));
}

/**
 * The same rule for requests that name a tab (save this tab, save its issue, follow its paper):
 * the popup of a private window names a private tab.
 */
export async function privateTabRefused(db: QubaoDb, tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return false; // the handler itself reports a missing tab
  return tab.incognito === true && !(await getAllowPrivateCapture(db));
}

export const PRIVATE_REFUSED = 'private window: saving is off (options → 隐私窗口)';
