import { browser, type Browser } from 'wxt/browser';
import { validatePageCaptured, validatePageRequest, type PageRequest, type TabStatusResponse } from '@/lib/protocol';
import { getSiteMode, setSiteMode, type QubaoDb } from '@/lib/store';
import { handleCapture } from './capture';
import { validateTextMessage } from '@/lib/protocol';
import { handleTextMessage } from './indexing-messages';
import { validateAlertMessage } from '@/lib/protocol-alerts';
import { handleAlertMessage } from './alerts-messages';
import { textServices } from './indexing-setup';
import { syncContentScripts } from './content-scripts';
import { isManualCapture, saveTabNow, settleManualCapture } from './manual-save';
import { cancelSaveJob, startSaveJob } from './save-jobs';
import { isExtensionPage, isOwnContentScript, PRIVATE_REFUSED, privateCaptureRefused, privateTabRefused } from './senders';
import { readTabStatus } from './tab-status';
import { discardInboxRow, retryInboxRow } from './inbox-runner';

type Sender = Browser.runtime.MessageSender;
type Respond = (response: unknown) => void;

/**
 * The one runtime.onMessage listener. WXT 0.21 dropped the promise polyfill: answer through
 * sendResponse and return true to keep the channel open. Anything that fails validation or
 * comes from the wrong sender gets { ok: false } and changes nothing.
 */
export function createMessageListener(getDb: () => QubaoDb) {
  return (message: unknown, sender: Sender, sendResponse: Respond): true => {
    dispatch(getDb, message, sender)
      .then(sendResponse)
      .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  };
}

async function dispatch(getDb: () => QubaoDb, message: unknown, sender: Sender): Promise<unknown> {
  if ((message as { type?: unknown } | null)?.type === 'page/captured') {
    const v = validatePageCaptured(message);
    if (!v.ok) return { ok: false, error: v.error };
    if (!isOwnContentScript(sender, v.value.url)) return { ok: false, error: 'sender not allowed' };
    if (await privateCaptureRefused(getDb(), sender)) return { ok: false, error: PRIVATE_REFUSED };
    const tabId = sender.tab!.id!;
    const manual = isManualCapture(tabId, sender.frameId);
    const status = await handleCapture(getDb(), v.value, { tabId, manual });
    if (manual) settleManualCapture(tabId, status);
    return { ok: true, status };
  }
  // Search, highlight and dictionary messages (issue 5) have their own validator and handler.
  const text = validateTextMessage(message);
  if (text) return text.ok ? handleTextMessage(getDb(), text.value, sender, textServices()) : { ok: false, error: text.error };
  // Topic, alert and follow messages (issue 6) likewise.
  const alert = validateAlertMessage(message);
  if (alert && alert.ok && alert.value.type === 'follow/start' && isExtensionPage(sender) && (await privateTabRefused(getDb(), alert.value.tabId))) {
    return { ok: false, error: PRIVATE_REFUSED };
  }
  if (alert) return alert.ok ? handleAlertMessage(getDb(), alert.value, sender) : { ok: false, error: alert.error };
  const v = validatePageRequest(message);
  if (!v.ok) return { ok: false, error: v.error };
  if (!isExtensionPage(sender)) return { ok: false, error: 'sender not allowed' };
  // Saving from a private window's tab follows the same rule as its captures (senders.ts).
  if ((v.value.type === 'tab/save' || v.value.type === 'layout/save') && (await privateTabRefused(getDb(), v.value.tabId))) {
    return { ok: false, error: PRIVATE_REFUSED };
  }
  return handleRequest(getDb(), v.value);
}

async function handleRequest(db: QubaoDb, req: PageRequest): Promise<unknown> {
  switch (req.type) {
    case 'tab/status': {
      const status = await readTabStatus(req.tabId);
      const tab = await browser.tabs.get(req.tabId).catch(() => null);
      let origin: string | null = null;
      try {
        const u = new URL(tab?.url ?? '');
        if (u.protocol === 'http:' || u.protocol === 'https:') origin = u.origin;
      } catch {
        // tab without a web URL (new tab page, browser pages)
      }
      const mode = origin ? await getSiteMode(db, origin) : 'auto';
      const res: TabStatusResponse = { ok: true, status, mode, origin };
      return res;
    }
    case 'tab/save':
      return { ok: true, status: await saveTabNow(req.tabId) };
    case 'sites/sync':
      await syncContentScripts();
      return { ok: true };
    case 'site/set-mode':
      await setSiteMode(db, req.origin, req.mode);
      return { ok: true };
    case 'layout/save':
      return startSaveJob(db, req.tabId, req.scope);
    case 'job/cancel':
      await cancelSaveJob(db, req.jobId);
      return { ok: true };
    case 'inbox/retry':
      return { ok: await retryInboxRow(db, req.id) };
    case 'inbox/discard':
      return { ok: await discardInboxRow(db, req.id) };
  }
}
