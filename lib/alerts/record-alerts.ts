// From a saved article to stored alerts, behind a small storage interface (the Dexie version
// lives in lib/store; MemoryAlertStore serves tests and the demo), plus the pure views the
// badge and the inbox need.
import { createAlerts, mergeAlerts, type Alert, type AlertArticle } from './alerts';
import type { TopicMatcher } from './matcher';
import type { Topic, TopicId } from './topic';
import type { WordSegmenter } from './word-boundaries';

export interface AlertStore {
  /** Stored alerts among these ids. */
  getMany(ids: readonly string[]): Promise<Map<string, Alert>>;
  putMany(alerts: readonly Alert[]): Promise<void>;
}

export class MemoryAlertStore implements AlertStore {
  readonly alerts = new Map<string, Alert>();

  async getMany(ids: readonly string[]): Promise<Map<string, Alert>> {
    const out = new Map<string, Alert>();
    for (const id of ids) {
      const a = this.alerts.get(id);
      if (a) out.set(id, a);
    }
    return out;
  }

  async putMany(alerts: readonly Alert[]): Promise<void> {
    for (const a of alerts) this.alerts.set(a.id, a);
  }
}

/**
 * Matches one saved article against the topics and stores its alerts. Returns only the alerts
 * that are new (to notify); an article saved again refreshes its alerts without new ones.
 */
export async function recordAlerts(
  article: AlertArticle,
  matcher: TopicMatcher,
  topics: readonly Topic[],
  store: AlertStore,
  now: number,
  segmenter?: WordSegmenter | null,
): Promise<Alert[]> {
  const matches = matcher.match(article, segmenter);
  if (matches.length === 0) return [];
  const fresh = createAlerts(article, matches, topics, now);
  const stored = await store.getMany(fresh.map((a) => a.id));
  const { put, created } = mergeAlerts(fresh, stored);
  await store.putMany(put);
  return created;
}

/** The toolbar badge number: unread alerts of topics that are not muted. */
export function unreadCount(alerts: Iterable<Alert>, topics: readonly Topic[]): number {
  const muted = new Set(topics.filter((t) => t.muted).map((t) => t.id));
  let n = 0;
  for (const a of alerts) if (!a.read && !muted.has(a.topicId)) n++;
  return n;
}

export interface InboxGroup {
  topicId: TopicId;
  topicName: string;
  muted: boolean;
  unread: number;
  /** Unread first, newest first within each. */
  alerts: Alert[];
}

/** The inbox: one group per topic, groups with unread alerts first, then by newest alert. */
export function inboxGroups(alerts: Iterable<Alert>, topics: readonly Topic[]): InboxGroup[] {
  const byTopic = new Map<TopicId, Alert[]>();
  for (const a of alerts) {
    const list = byTopic.get(a.topicId) ?? [];
    list.push(a);
    byTopic.set(a.topicId, list);
  }
  const topicById = new Map(topics.map((t) => [t.id, t] as const));
  const groups: InboxGroup[] = [];
  for (const [topicId, list] of byTopic) {
    list.sort((a, b) => a.read - b.read || b.createdAt - a.createdAt);
    const topic = topicById.get(topicId);
    groups.push({ topicId, topicName: topic?.name ?? list[0]!.topicName, muted: !!topic?.muted, unread: list.filter((a) => !a.read).length, alerts: list });
  }
  const newest = (g: InboxGroup) => Math.max(...g.alerts.map((a) => a.createdAt));
  return groups.sort((a, b) => Number(b.unread > 0) - Number(a.unread > 0) || Number(a.muted) - Number(b.muted) || newest(b) - newest(a));
}
