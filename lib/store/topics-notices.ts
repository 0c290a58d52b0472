// Notification claims of topic alerts (migration 010). The notifier claims alerts here right before
// it shows them: the claim transaction reads and writes the claims together, and IndexedDB runs
// read-write transactions on one table one after the other, so of two claimers (the grouping timer
// and a resume, or two worker lifetimes) only the first gets an alert.
// Delivery is at least once, never two different notifications for one alert: a claim records the
// notification it belongs to (its deterministic id, and a group's members on the group's first
// alert) and gets `shownAt` only after notifications.create resolved. A worker stopped between the
// claim and that point leaves a pending claim; the next one makes the same notification again with
// the same id, which the browser shows as one (Chrome and Firefox replace a notification created
// again with an id it still shows).
import type { Alert, NotificationText } from '../alerts/alerts';
import type { AlertNoticeRecord } from './alert-types';
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
 * Claims the alerts not claimed before and plans their notifications in the same transaction
 * (`plan` is pure and synchronous, e.g. summarizeAlerts), recording each claim's notification.
 * Returns the notifications to show, made only of alerts this call claimed.
 */
export async function claimAndPlanNotices(db: QubaoDb, alerts: readonly Alert[], plan: (fresh: Alert[]) => NotificationText[], now = Date.now()): Promise<NotificationText[]> {
  const unique = [...new Map(alerts.map((a) => [a.id, a] as const)).values()];
  if (!unique.length) return [];
  return db.transaction('rw', db.alertNotices, async () => {
    const old = await db.alertNotices.bulkGet(unique.map((a) => a.id));
    const fresh = unique.filter((_, i) => !old[i]);
    if (!fresh.length) return [];
    const texts = plan(fresh);
    const rows: AlertNoticeRecord[] = [];
    for (const t of texts) {
      const [lead, ...rest] = t.alertIds;
      if (!rest.length) rows.push({ id: lead!, notifiedAt: now, noticeId: t.id });
      else rows.push({ id: lead!, notifiedAt: now, noticeId: t.id, members: t.alertIds }, ...rest.map((id) => ({ id, notifiedAt: now, noticeId: t.id, lead: lead! })));
    }
    await db.alertNotices.bulkAdd(rows);
    return texts;
  });
}

/** Records that these alerts' notification was created (notifications.create resolved). */
export async function markNoticesShown(db: QubaoDb, alertIds: readonly string[], now = Date.now()): Promise<void> {
  if (!alertIds.length) return;
  await db.alertNotices.bulkUpdate(alertIds.map((key) => ({ key, changes: { shownAt: now } })));
}

/** A notification claimed by a worker that stopped before it was confirmed shown: make it again. */
export interface PendingNotice {
  /** The id it was claimed under; create it again with this id. */
  noticeId: string;
  /** Its alerts (still stored), oldest first. */
  alerts: Alert[];
  /** Every alert id the claim covered, to mark shown afterwards. */
  alertIds: string[];
}

/**
 * Notifications that hold alerts of these articles, claimed but never confirmed shown. A group is
 * made again whole (its members from its first alert's claim), so it gets the same id and text.
 */
export async function pendingNoticesOf(db: QubaoDb, articleIds: readonly string[]): Promise<PendingNotice[]> {
  if (!articleIds.length) return [];
  const alerts = await db.topicAlerts.where('articleId').anyOf([...articleIds]).toArray();
  if (!alerts.length) return [];
  const claims = await db.alertNotices.bulkGet(alerts.map((a) => a.id));
  const pending = claims.filter((c): c is AlertNoticeRecord => !!c && c.noticeId !== undefined && c.shownAt === undefined);
  const byNotice = new Map<string, string>(); // noticeId → its first alert
  for (const c of pending) byNotice.set(c.noticeId!, c.lead ?? c.id);
  if (!byNotice.size) return [];
  const leads = await db.alertNotices.bulkGet([...byNotice.values()]);
  const out: PendingNotice[] = [];
  for (const [noticeId, leadId] of byNotice) {
    const lead = leads.find((l) => l?.id === leadId);
    const alertIds = lead?.members ?? [leadId];
    const rows = (await db.topicAlerts.bulkGet(alertIds)).filter((a): a is Alert => !!a);
    out.push({ noticeId, alerts: rows.sort((a, b) => a.createdAt - b.createdAt), alertIds });
  }
  return out;
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

/**
 * Articles with unread alerts created since `since` ([read+createdAt] index) that are unclaimed or
 * claimed but never confirmed shown: where a worker start looks for alerts recorded outside a
 * capture (a followed paper's check, a whole-issue save) whose notification a stopped worker never
 * made. Reads keys and claims only; alert rows just for the few left.
 */
export async function articlesWithUnshownAlerts(db: QubaoDb, since: number): Promise<string[]> {
  const ids = (await db.topicAlerts.where('[read+createdAt]').between([0, since], [0, Infinity], true, true).primaryKeys()) as string[];
  if (!ids.length) return [];
  const claims = await db.alertNotices.bulkGet(ids);
  const left = ids.filter((_, i) => !claims[i] || (claims[i]!.noticeId !== undefined && claims[i]!.shownAt === undefined));
  if (!left.length) return [];
  const alerts = await db.topicAlerts.bulkGet(left);
  return [...new Set(alerts.flatMap((a) => (a ? [a.articleId] : [])))];
}

/** Claims of alerts that are gone (a deleted topic's). */
export async function deleteAlertNotices(db: QubaoDb, ids: readonly string[]): Promise<void> {
  await db.alertNotices.bulkDelete([...ids]);
}
