// The background's answers to topic, alert and follow messages (lib/protocol-alerts). Only the
// extension's own pages may send them.
import type { Browser } from 'wxt/browser';
import type { AlertMessage, SaveTopicResponse } from '@/lib/protocol-alerts';
import type { QubaoDb } from '@/lib/store';
import { getFollowPreferences, setFollowPreferences, unfollowPaper } from '@/lib/store/follows';
import { deleteTopic, markAllAlertsRead, markAlertsRead, saveTopic, setTopicMuted } from '@/lib/store/topics';
import { refreshAlertBadge } from './alerts-notify';
import { startFollow, type PageReader } from './follow-start';
import { runFollowChecks, scheduleFollowAlarm } from './follow-runner';
import { isExtensionPage } from './senders';

type Sender = Browser.runtime.MessageSender;

export interface AlertMessageDeps {
  /** How "关注此报" reads an article page (tests pass a fake). */
  readPage?: PageReader;
  onError?: (e: unknown) => void;
}

export async function handleAlertMessage(db: QubaoDb, msg: AlertMessage, sender: Sender, deps: AlertMessageDeps = {}): Promise<unknown> {
  if (!isExtensionPage(sender)) return { ok: false, error: 'sender not allowed' };
  const badge = () => refreshAlertBadge(db).catch(deps.onError ?? (() => undefined));
  switch (msg.type) {
    case 'topic/save': {
      const res = await saveTopic(db, msg.topic);
      await badge(); // muting through an edit changes the count
      return (res.ok ? res : { ok: false, error: res.problems.map((p) => p.zh).join('；'), problems: res.problems }) satisfies SaveTopicResponse;
    }
    case 'topic/delete':
      await deleteTopic(db, msg.id);
      await badge();
      return { ok: true };
    case 'topic/mute':
      await setTopicMuted(db, msg.id, msg.muted);
      await badge();
      return { ok: true };
    case 'alerts/read':
      await markAlertsRead(db, msg.ids);
      await badge();
      return { ok: true };
    case 'alerts/read-all': {
      const n = await markAllAlertsRead(db, msg.topicId ?? undefined);
      await badge();
      return { ok: true, count: n };
    }
    case 'follow/start': {
      const res = await startFollow(db, msg.tabId, deps.readPage);
      if (res.ok) await scheduleFollowAlarm(db);
      return res;
    }
    case 'follow/remove':
      await unfollowPaper(db, msg.paperId);
      await scheduleFollowAlarm(db);
      return { ok: true };
    case 'follow/prefs': {
      await setFollowPreferences(db, { intervalHours: msg.intervalHours, nightPause: msg.nightPause });
      await scheduleFollowAlarm(db);
      return { ok: true, prefs: await getFollowPreferences(db) };
    }
    case 'follow/check-now':
      // Answered at once: the check runs for minutes; pages watch the follows table for progress.
      void runFollowChecks(db, { force: true }).catch(deps.onError ?? (() => undefined));
      return { ok: true };
  }
}
