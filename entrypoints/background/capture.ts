import type { PageCapturedMessage, TabStatus } from '@/lib/protocol';
import type { QubaoDb } from '@/lib/store';
import { strictConnection, withDbRetry } from '@/lib/store/db-open';
import { inboxKey, putInboxItem } from '@/lib/store/inbox';
import { notSavedStatus } from './capture-store';
import { startRun } from './inbox-runner';
import { hasLinks, writeTabLayout } from './tab-layout';
import { writeTabStatus } from './tab-status';

// A captured page goes through the inbox (lib/store/inbox, migration 009): it is written there
// with strict durability first, then parsed (outside any transaction: jieba is WASM), stored in
// one transaction together with the row's `stored` mark, then indexed and matched against topics
// (inbox-runner.ts), and only then the row goes. A worker stopped at any point leaves the row
// and the next start finishes it; every step can run twice without a second article or alert.

export interface CaptureContext {
  tabId: number;
  /** The reader asked for this page (popup "保存本页"): save whatever the site mode says. */
  manual: boolean;
  now?: number;
}

/**
 * One captured page: into the inbox, then parse, store according to the site's mode, and show
 * the result on the tab's badge. Resolves once the page is stored (indexing and alerts go on).
 */
export async function handleCapture(db: QubaoDb, msg: PageCapturedMessage, ctx: CaptureContext): Promise<TabStatus> {
  const now = ctx.now ?? Date.now();
  const input = { url: msg.url, title: msg.title, html: msg.html, tabId: ctx.tabId, manual: ctx.manual };
  const id = await inboxKey(input);
  const strict = strictConnection(db);
  // Two tries: a row that another run finished (and removed) between our write and our start is written again.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await withDbRetry(strict, () => putInboxItem(strict, id, input, now));
    } catch (e) {
      const status = notSavedStatus(msg.url, now, e, false);
      await writeTabStatus(ctx.tabId, status);
      return status;
    }
    const stored = await startRun(db, id, { resumed: false, now }).stored;
    if (!stored) continue;
    if (stored.result && hasLinks(stored.result)) await writeTabLayout(ctx.tabId, msg.url, stored.result);
    await writeTabStatus(ctx.tabId, stored.status);
    return stored.status;
  }
  throw new Error('the capture vanished from the inbox');
}

