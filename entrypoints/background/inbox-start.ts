import type { QubaoDb } from '@/lib/store';
import { alertServices } from './alerts-setup';
import { textServices } from './indexing-setup';
import { resumeInbox, setInboxSettler } from './inbox-runner';

// Worker start for the capture inbox: what "settled" means for stored articles, then the resume
// of every row a stopped worker left. Called from main() after the indexing and alert hooks are
// in place, so the writes of resumed rows are seen by them too.

export function startInbox(db: QubaoDb): Promise<string[]> {
  setInboxSettler(async (ids, resumed) => {
    const text = textServices();
    const alerts = alertServices();
    if (resumed) {
      // Written by an earlier worker: no hook of this one saw them. Both steps are idempotent
      // (index rows replace themselves; alert ids come from topic and article, so an alert
      // that exists is not reported, nor notified, again).
      await text.indexer.run(ids);
      await alerts.queue.run(ids);
    } else {
      // Written just now: the hooks queued them; wait for those queues.
      await text.indexer.idle();
      await alerts.queue.idle();
    }
    // Notify now rather than at the end of the notifier's grouping window: a worker stopped
    // inside that window would never notify these alerts (a resumed run finds them recorded, so
    // it does not notify them either). Alerts of one capture are still grouped together.
    await alerts.notifier.flush();
  });
  return resumeInbox(db);
}
