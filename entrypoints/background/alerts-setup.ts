// Wiring of topic alerts and followed papers for one worker: the matcher fed by the articles
// table's hooks, the notifier, the notification-click and alarm listeners, the badge at start,
// and the follow alarm re-created (alarms may not survive a browser restart). startAlerts() is
// called from the background's main(); its listeners are added synchronously.
import { browser } from 'wxt/browser';
import { openQubaoDb, type QubaoDb } from '@/lib/store';
import { listFollows } from '@/lib/store/follows';
import { createAlertMatchQueue, watchArticlesForAlerts, type AlertMatchQueue } from './alerts-matching';
import { createAlertNotifier, openNotification, refreshAlertBadge } from './alerts-notify';
import { FOLLOW_ALARM, runFollowChecks, scheduleFollowAlarm } from './follow-runner';
import { textServices } from './indexing-setup';

export interface AlertServices {
  queue: AlertMatchQueue;
  notifier: ReturnType<typeof createAlertNotifier>;
}

let services: AlertServices | null = null;

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
    // A check the stopped worker was in the middle of goes on now, not at the next alarm.
    if ((await listFollows(db)).some((f) => f.state.check)) await runFollowChecks(db);
    else await scheduleFollowAlarm(db);
  })();
}
