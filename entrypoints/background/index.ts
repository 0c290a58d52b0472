import { browser } from 'wxt/browser';
import { openQubaoDb } from '@/lib/store';
import { initJieba } from '@/lib/text/jieba';
import { syncContentScripts } from './content-scripts';
import { startIndexing } from './indexing-setup';
import { startAlerts } from './alerts-setup';
import { createMessageListener } from './messages';
import { resumeSaveJobs } from './save-jobs';
import { startInbox } from './inbox-start';
import { clearTabStatus } from './tab-status';
import { openWelcomeOnInstall } from './welcome';
import { keepWorkerAliveWhile } from './worker-keep-alive';
import { scheduleLibraryCountsCheck } from '@/lib/store/library-counts-repair';

// `type: 'module'` keeps the background an ES module, so the jieba wasm is emitted as an asset
// instead of being inlined as base64 into background.js. main() must stay synchronous: listeners
// are registered in the first turn so a waking worker sees its event.
export default defineBackground({
  type: 'module',
  main() {
    browser.runtime.onMessage.addListener(createMessageListener(openQubaoDb));
    // The database opens now, with the worker kept alive until it is open: the first open after
    // an update runs the schema upgrades (013 rewrites every search postings block, about a
    // minute at 100k articles on a slow machine), and a worker stopped half-way aborts it.
    void keepWorkerAliveWhile(openQubaoDb().open()).catch(logError);
    browser.permissions.onAdded.addListener(() => void syncContentScripts().catch(logError));
    browser.permissions.onRemoved.addListener(() => void syncContentScripts().catch(logError));
    browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details.reason).catch(logError));
    // Fails harmlessly while the browser shuts down; nothing to report.
    browser.tabs.onRemoved.addListener((tabId) => void clearTabStatus(tabId).catch(() => undefined));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      // A new document in the tab: its old status is stale until the content script reports again.
      if (change.status === 'loading' && change.url) void clearTabStatus(tabId).catch(logError);
    });
    // Registrations persist, but permissions may have changed while we were not running.
    const registration = syncContentScripts().catch(logError);
    // jieba: never awaited here. The wasm compile and dictionary build (~0.4–1 s per worker start,
    // partly synchronous) overlap the first messages; only parses that ask for words wait for it
    // (parse-with-words.ts, which starts it itself if needed). It starts once the registration
    // check is done: a few ms on a normal start, but on the first start after install the
    // dictionary build would otherwise delay the content script's registration by ~0.5 s.
    void registration.then(() => initJieba()).catch(logError);
    // A save job the stopped worker was running goes on from its last persisted step.
    void resumeSaveJobs(openQubaoDb()).catch(logError);
    // Search index: saved articles are indexed after their write; older ones by a catch-up job.
    void startIndexing().catch(logError);
    // Topic alerts on every saved article, the unread badge, and the followed papers' alarm.
    void startAlerts().catch(logError);
    // Captures a stopped worker (or a killed browser) left in the inbox are finished now, after
    // the hooks above are in place so their index and alert steps are seen.
    void startInbox(openQubaoDb()).catch(logError);
    // The popup's running library counts: rebuilt if flagged or missing, recounted weekly (15 s on).
    scheduleLibraryCountsCheck(openQubaoDb(), logError);
  },
});

function logError(e: unknown): void {
  console.error('[qubao]', e);
}
