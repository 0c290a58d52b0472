// Notification claims of topic alerts (migration 010). The notifier claims alerts here right before
// it shows them: the claim transaction reads and writes the claims together, and IndexedDB runs
// read-write transactions on one table one after the other, so of two claimers (the grouping timer
// and a resume, or two worker lifetimes) only the first gets an alert. A claim that commits in a
// worker stopped before notifications.create loses that one notification; that is the narrow
// price of never showing one twice.
import type { Alert } from '../alerts/alerts';
import type { QubaoDb } from './db';
import { listTopics } from './topics';

/** Claims the alerts not claimed before; returns the ids this call claimed (the ones to show). */
export async function claimAlertNotices(db: QubaoDb, ids: readonly string[], now = Date.now()): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  return db.transaction('rw', db.alertNotices, async () => {
    const old = await db.alertNotices.bulkGet(unique);
    const fresh = unique.filter((_, i) => !old[i]);
    if (fresh.length) await db.alertNotices.bulkAdd(fresh.map((id) => ({ id, notifiedAt: now })));
    return new Set(fresh);
  });
}

/**
 * Alerts of these articles that nobody claimed to notify, still unread, of topics not muted: what a
 * worker stopped between recording and showing left behind. Oldest first, as the notifier groups.
 */
export async function unnotifiedAlertsOf(db: QubaoDb, articleIds: readonly string[]): Promise<Alert[]> {
  if (!articleIds.length) return [];
  const alerts = await db.topicAlerts.where('articleId').anyOf([...articleIds]).toArray();
  const unread = alerts.filter((a) => a.read === 0);
  if (!unread.length) return [];
  const [claims, topics] = await Promise.all([db.alertNotices.bulkGet(unread.map((a) => a.id)), listTopics(db)]);
  const muted = new Set<unknown>(topics.filter((t) => t.muted).map((t) => t.id));
  return unread.filter((a, i) => !claims[i] && !muted.has(a.topicId)).sort((a, b) => a.createdAt - b.createdAt);
}

/** Claims of alerts that are gone (a deleted topic's). */
export async function deleteAlertNotices(db: QubaoDb, ids: readonly string[]): Promise<void> {
  await db.alertNotices.bulkDelete([...ids]);
}
