import { browser } from 'wxt/browser';
import type { QubaoDb } from '@/lib/store';
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
export const NEWER_DB_NOTICE_KEY = 'durability.newerDatabase';

export async function startInbox(db: QubaoDb, onError: (e: unknown) => void = (e) => console.error('[qubao] inbox', e)): Promise<string[]> {
  setInboxSettler(settlerFor(), onError);
  const notice = await versionNotice(db);
  if (notice) {
    await showNewerDatabase(notice).catch(onError);
    return [];
  }
  await repairAfterOlderBuild(db).catch(onError);
  return resumeInbox(db);
}

function settlerFor() {
  return async (ids: string[], resumed: boolean): Promise<void> => {
    if (!ids.length) return;
    const text = textServices();
    const alerts = alertServices();
    if (resumed) {
      // Written by an earlier worker: no hook of this one saw them. Both steps are idempotent
      // (index rows replace themselves; alert ids come from topic and article, so an alert that
      // exists is neither reported nor notified again).
      await text.indexer.run(ids);
      await alerts.queue.run(ids);
    } else {
      // Written just now: the hooks queued them; wait for those queues.
      await text.indexer.idle();
      await alerts.queue.idle();
    }
    // Notify now rather than at the end of the notifier's grouping window: a worker stopped
    // inside that window would leave these alerts unshown. Alerts of one capture stay grouped.
    // Alerts recorded by a worker stopped before it showed them are not shown by a later run:
    // whether they were shown is not stored (the notifier's own 1.5 s timer may have shown
    // them), and showing one twice is worse than missing one. Their rows stay in the 提醒 inbox.
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
