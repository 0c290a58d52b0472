import type { Migration } from './types';

// Notification claims for topic alerts (issue 8, durability). An alert row is written when its
// article is matched; its notification is shown later (the notifier groups alerts for 1.5 s, and a
// worker stopped in between never showed it). To show every alert exactly once across worker
// stops, the notifier first claims the alert here, in one transaction, and only the claimer calls
// notifications.create; a later worker shows the unclaimed alerts of the captures it resumes.
// - A table of its own, not a field of `topicAlerts`: re-matching an article rewrites its alert row
//   (lib/alerts mergeAlerts), which would wipe a field the notifier had set in between.
// - `&id` is the alert id (topic + article), so a second claim of the same alert is refused.
// Alerts that exist before this version were notified (or missed) by the build that wrote them:
// they are claimed now, so the upgrade never brings up old notifications.
export const migration010: Migration = {
  version: 10,
  stores: {
    alertNotices: '&id',
  },
  upgrade: async (tx) => {
    const notices: { id: string; notifiedAt: number }[] = [];
    await tx
      .table('topicAlerts')
      .toCollection()
      .each((a: { id: string; createdAt?: unknown }) => {
        notices.push({ id: a.id, notifiedAt: typeof a.createdAt === 'number' ? a.createdAt : 0 });
      });
    if (notices.length) await tx.table('alertNotices').bulkPut(notices);
  },
};
