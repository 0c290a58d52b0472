import { browser } from 'wxt/browser';
import type { QubaoDb } from '@/lib/store';
import { SESSION } from '@/lib/store/keys';
import { versionNotice, type VersionNotice } from '@/lib/store/db-open';
import { repairAfterOlderBuild } from '@/lib/store/db-open-repair';
import { t } from '@/components/i18n';
import { alertServices } from './alerts-setup';
import { textServices } from './indexing-setup';
import { resumeInbox, setInboxSettler } from './inbox-runner';

// Worker start for the capture inbox and the database's versions: what "settled" means for
// stored articles; then, if the database was written by a newer build (a rolled-back update),
// a notice and nothing else (its inbox rows are left for that build); otherwise the repair of
// what an older build may have written (lib/store/db-open-repair) and the resume of every row
// a stopped worker left. Called from main() after the indexing and alert hooks are in place, so
// the writes of resumed rows are seen by them too.

/** storage.session key holding the newer-database notice, for extension pages. */
export const NEWER_DB_NOTICE_KEY = SESSION.newerDatabase;

export async function startInbox(db: QubaoDb, onError: (e: unknown) => void = (e) => console.error('[qubao] inbox', e)): Promise<string[]> {
  setInboxSettler(settlerFor(db), onError);
  const notice = await versionNotice(db);
  if (notice) {
    await showNewerDatabase(notice).catch(onError);
    return [];
  }
  await repairAfterOlderBuild(db).catch(onError);
  return resumeInbox(db);
}

function settlerFor(db: QubaoDb) {
  return async (ids: string[], resumed: boolean): Promise<void> => {
    if (!ids.length) return;
    const text = textServices();
    const alerts = alertServices();
    if (resumed) {
      // Written by an earlier worker: no hook of this one saw them. Both steps are idempotent
      // (index rows replace themselves; alert ids come from topic and article, so an alert that
      // exists is not reported as new again).
      await text.indexer.run(ids);
      await alerts.queue.run(ids);
      // Alerts the stopped worker recorded but never claimed for a notification (it stopped
      // inside the grouping window, or before its flush) are shown now; claimed ones never again.
      await alerts.notifier.addUnnotified(ids);
    } else {
      // Written just now: the hooks queued them; wait for those queues.
      await text.indexer.idle();
      await alerts.queue.idle();
    }
    // Notify now rather than at the end of the notifier's grouping window: a worker stopped
    // inside that window would leave these alerts unshown until the next start. Alerts of one
    // capture stay grouped. Every show claims its alerts first (alerts-notify showAlertsOnce),
    // so this flush, the window's timer and a later worker's resume show each alert once.
    await alerts.notifier.flush();
  };
}

/** The toolbar title says why, on every tab; extension pages can read the notice from storage.session. */
async function showNewerDatabase(n: VersionNotice): Promise<void> {
  const message = t('durabilityNewerDatabase', String(n.stored), String(n.known));
  console.warn('[qubao]', message);
  await browser.storage.session.set({ [NEWER_DB_NOTICE_KEY]: { ...n, message } });
  await browser.action.setTitle({ title: message });
}
