// Telling the user about new alerts: browser notifications (lib/alerts summaries: one per alert,
// or one grouped notification when many arrive together), the toolbar badge with the unread
// count, and what a click on a notification opens.
//
// Badge precedence: a tab whose page Qubao read shows that page's own state (✓/count, 版, 文, !;
// tab-status.ts); every other tab shows the global badge, the number of unread alerts of topics
// that are not muted. The page state wins because it answers "what happened to this page" right
// where the user is looking; the unread count is still visible on every other tab and in the
// popup's 提醒 tab. tab-status.ts clears a tab's own text with null, which falls back to this one.
import { browser } from 'wxt/browser';
import { summarizeAlerts, type Alert, type NotificationText } from '@/lib/alerts/alerts';
import type { QubaoDb } from '@/lib/store';
import { markAlertsRead, unreadAlertCount } from '@/lib/store/topics';
import { claimAndPlanNotices, markNoticesShown, pendingNoticesOf, unnotifiedAlertsOf, type PendingNotice } from '@/lib/store/topics-notices';

export const ALERT_BADGE_COLOR = '#b71c1c';
/** Alerts that arrive within this window of each other are notified together. */
export const NOTIFY_WINDOW_MS = 1500;

/** The reader on an article with words to highlight (the reader reads ?hl= as extra watched words). */
export function readerUrlFor(articleId: string, terms: readonly string[]): string {
  const q = new URLSearchParams({ id: articleId });
  for (const t of terms) q.append('hl', t);
  return browser.runtime.getURL(`/reader.html?${q}` as '/reader.html');
}

export function digestUrl(): string {
  return browser.runtime.getURL('/digest.html');
}

export async function refreshAlertBadge(db: QubaoDb): Promise<number> {
  const n = await unreadAlertCount(db);
  await browser.action.setBadgeText({ text: n > 0 ? String(Math.min(n, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: ALERT_BADGE_COLOR });
  return n;
}

function uiLang(): 'zh' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

/** Shows notifications for these new alerts (Firefox: basic notifications only, which is all we use). */
export async function showAlertNotifications(alerts: readonly Alert[]): Promise<string[]> {
  const texts = summarizeAlerts(alerts, { lang: uiLang() });
  const iconUrl = browser.runtime.getURL('/icon-128.png');
  const ids: string[] = [];
  for (const n of texts) {
    ids.push(await browser.notifications.create(n.id, { type: 'basic', iconUrl, title: n.title, message: n.message }));
  }
  return ids;
}

/** Creates each notification, then records it shown (so a stop in between means "make it again", never "lost"). */
async function createNotices(db: QubaoDb, texts: readonly NotificationText[], mine?: Set<string>): Promise<string[]> {
  const iconUrl = browser.runtime.getURL('/icon-128.png');
  const ids: string[] = [];
  for (const n of texts) {
    mine?.add(n.id);
    ids.push(await browser.notifications.create(n.id, { type: 'basic', iconUrl, title: n.title, message: n.message }));
    await markNoticesShown(db, n.alertIds);
  }
  return ids;
}

/**
 * Shows these alerts unless they were claimed before: each is claimed (lib/store topics-notices, one
 * transaction that also records the notification it goes into) and only the alerts this call claimed
 * are shown, so the grouping timer, a resume and a later worker never show one alert in two
 * notifications. Nothing but the claim is awaited before notifications.create; the claim is marked
 * shown after create resolves. Ids are deterministic (the alert id, or the group's first alert and
 * size); Chrome and Firefox replace a notification created again with an id still shown.
 * `mine`: notification ids this worker made (or is making), which a resume must not make again.
 */
export async function showAlertsOnce(db: QubaoDb, alerts: readonly Alert[], now = Date.now(), mine?: Set<string>): Promise<string[]> {
  const lang = uiLang();
  const texts = await claimAndPlanNotices(db, alerts, (fresh) => summarizeAlerts(fresh, { lang }), now);
  return createNotices(db, texts, mine);
}

/**
 * Makes again the notifications a stopped worker claimed but never confirmed: same id (so a shown
 * one is replaced, not doubled), same alerts. One whose alerts were all read since is only marked.
 */
export async function showPendingNotices(db: QubaoDb, pending: readonly PendingNotice[], mine: Set<string>): Promise<string[]> {
  const lang = uiLang();
  const texts: NotificationText[] = [];
  const done: string[] = [];
  for (const p of pending) {
    if (mine.has(p.noticeId)) continue;
    mine.add(p.noticeId);
    const [t] = p.alerts.some((a) => a.read === 0) ? summarizeAlerts(p.alerts, { lang, maxSeparate: p.alertIds.length > 1 ? 0 : 1 }) : [];
    if (t) texts.push({ ...t, id: p.noticeId, alertIds: p.alertIds });
    else done.push(...p.alertIds);
  }
  await markNoticesShown(db, done);
  return createNotices(db, texts, mine);
}

/**
 * Collects new alerts for a short window and then notifies once, so a whole issue saved in a
 * few seconds gives one grouped notification instead of a dozen. The badge is refreshed at once.
 */
export function createAlertNotifier(db: QubaoDb, onError: (e: unknown) => void = () => undefined, windowMs = NOTIFY_WINDOW_MS) {
  let buffer: Alert[] = [];
  let pending: PendingNotice[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const mine = new Set<string>();
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const [batch, again] = [buffer, pending];
    buffer = [];
    pending = [];
    if (again.length) await showPendingNotices(db, again, mine).catch(onError);
    if (batch.length) await showAlertsOnce(db, batch, Date.now(), mine).catch(onError);
  };
  return {
    async onCreated(alerts: Alert[]): Promise<void> {
      await refreshAlertBadge(db).catch(onError);
      buffer.push(...alerts);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), windowMs);
    },
    /**
     * Resume: queues the alerts of these articles that a stopped worker recorded but never claimed,
     * and the notifications it claimed but never confirmed shown (call flush() after). Any that the
     * timer shows first are claimed (or made by this worker) by then and skipped.
     */
    async addUnnotified(articleIds: readonly string[]): Promise<number> {
      const [left, again] = await Promise.all([unnotifiedAlertsOf(db, articleIds), pendingNoticesOf(db, articleIds)]);
      const fresh = again.filter((p) => !mine.has(p.noticeId) && !pending.some((q) => q.noticeId === p.noticeId));
      buffer.push(...left);
      pending.push(...fresh);
      return left.length + fresh.reduce((k, p) => k + p.alertIds.length, 0);
    },
    /** Sends what is buffered now (tests, and before the worker would be stopped). */
    flush,
  };
}

/** A click on a notification: one alert opens the reader on its article; a group opens the digest. */
export async function openNotification(db: QubaoDb, notificationId: string): Promise<void> {
  const alert = await db.topicAlerts.get(notificationId);
  if (alert) {
    await browser.tabs.create({ url: readerUrlFor(alert.articleId, alert.terms) });
    await markAlertsRead(db, [alert.id]);
    await refreshAlertBadge(db);
  } else {
    await browser.tabs.create({ url: digestUrl() });
  }
  await browser.notifications.clear(notificationId).catch(() => false);
}
