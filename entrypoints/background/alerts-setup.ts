// Wiring of topic alerts and followed papers for one worker: the matcher fed by the articles
// table's hooks, the notifier, the notification-click and alarm listeners, the badge at start,
// and the follow alarm re-created (alarms may not survive a browser restart). startAlerts() is
// called from the background's main(); its listeners are added synchronously.
import { browser } from 'wxt/browser';
import { openQubaoDb, type QubaoDb } from '@/lib/store';
import { listFollows } from '@/lib/store/follows';
import { articlesWithUnshownAlerts } from '@/lib/store/topics-notices';
import { createAlertMatchQueue, watchArticlesForAlerts, type AlertMatchQueue } from './alerts-matching';
import { createAlertNotifier, openNotification, refreshAlertBadge } from './alerts-notify';
import { FOLLOW_ALARM, runFollowChecks, scheduleFollowAlarm } from './follow-runner';
import { textServices } from './indexing-setup';

export interface AlertServices {
  queue: AlertMatchQueue;
  notifier: ReturnType<typeof createAlertNotifier>;
}

let services: AlertServices | null = null;

/** How far back a worker start looks for alerts whose notification a stopped worker never made. */
export const RESUME_NOTICES_MS = 24 * 3600_000;

function logError(e: unknown): void {
  console.error('[qubao] alerts', e);
}

function createServices(db: QubaoDb): AlertServices {
  const notifier = createAlertNotifier(db, logError);
  const queue = createAlertMatchQueue(db, {
    // The text engine with the user's dictionary (indexing-setup), so whole words agree with search.
    segmenter: () => textServices().engine(),
    now: Date.now,
    onCreated: (alerts) => notifier.onCreated(alerts),
    onError: logError,
  });
  return { queue, notifier };
}

export function alertServices(): AlertServices {
  services ??= createServices(openQubaoDb());
  return services;
}

/** Worker start: listeners first (synchronously), then the badge, the alarm and any interrupted check. */
export function startAlerts(): Promise<void> {
  const db = openQubaoDb();
  const s = alertServices();
  watchArticlesForAlerts(db, s.queue);
  browser.notifications.onClicked.addListener((id) => void openNotification(db, id).catch(logError));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_ALARM) void runFollowChecks(db).catch(logError);
  });
  return (async () => {
    await refreshAlertBadge(db).catch(logError);
    // Alerts recorded outside a capture (a followed paper's check, a whole-issue save) that a stopped
    // worker still held in its grouping window, or claimed and never confirmed shown: shown now.
    // (Captures are resumed with their inbox rows; the claims keep the two from showing one alert twice.)
    await resumeNotices(db, s).catch(logError);
    // A check the stopped worker was in the middle of goes on now, not at the next alarm.
    if ((await listFollows(db)).some((f) => f.state.check)) await runFollowChecks(db);
    else await scheduleFollowAlarm(db);
  })();
}

export async function resumeNotices(db: QubaoDb, s: AlertServices, now = Date.now()): Promise<number> {
  const ids = await articlesWithUnshownAlerts(db, now - RESUME_NOTICES_MS);
  const queued = ids.length ? await s.notifier.addUnnotified(ids) : 0;
  if (queued) await s.notifier.flush();
  return queued;
}
