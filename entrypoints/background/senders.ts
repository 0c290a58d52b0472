import { browser, type Browser } from 'wxt/browser';
import { checkHttpUrl } from '@/lib/protocol';

type Sender = Browser.runtime.MessageSender;

/**
 * Page data is accepted only from our own content scripts, running in a tab, on the origin the
 * message claims. The page itself cannot send runtime messages, but a compromised frame of
 * another origin could: the origin check keeps it from filing pages under someone else's URL.
 */
export function isOwnContentScript(sender: Sender, claimedUrl: string): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!sender.tab || sender.tab.id == null || sender.tab.id < 0) return false;
  const from = sender.url ? checkHttpUrl(sender.url) : null;
  const claimed = checkHttpUrl(claimedUrl);
  return from != null && claimed != null && from.origin === claimed.origin;
}

/** Requests that change state come only from the extension's own pages (popup, options, reader). */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.tab && sender.tab.url && !sender.tab.url.startsWith(browser.runtime.getURL('/'))) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
