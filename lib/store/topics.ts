// Topics and their alerts in Dexie (migration 006): the repository the background and the
// extension pages share, and the lib/alerts AlertStore over the `topicAlerts` table.
import type { Alert } from '../alerts/alerts';
import { unreadCount, type AlertStore } from '../alerts/record-alerts';
import { validateTopic, type Topic, type TopicProblem } from '../alerts/topic';
import type { TopicInput, WatchTopicRecord } from './alert-types';
import type { QubaoDb } from './db';

/** Stored rows as lib/alerts topics (muted as a boolean). */
export function toTopic(r: WatchTopicRecord): Topic & { id: number } {
  return { id: r.id!, name: r.name, anyOf: r.anyOf, mustHave: r.mustHave, exclude: r.exclude, scope: r.scope, newspapers: r.newspapers, mode: r.mode, muted: r.muted === 1 };
}

export async function listTopics(db: QubaoDb): Promise<(Topic & { id: number })[]> {
  return (await db.watchTopics.orderBy('createdAt').toArray()).map(toTopic);
}

export type SaveTopicResult = { ok: true; id: number } | { ok: false; problems: TopicProblem[] };

const clean = (terms: readonly string[] | undefined) => (terms ?? []).map((t) => t.trim()).filter(Boolean);

/**
 * Creates (no id) or replaces (id) a topic after lib/alerts validation. A second topic with the
 * same name is refused: the inbox and notifications name topics, two alike would be confusing.
 */
export async function saveTopic(db: QubaoDb, input: TopicInput, now = Date.now()): Promise<SaveTopicResult> {
  const topic = {
    name: input.name.trim(),
    anyOf: clean(input.anyOf),
    mustHave: clean(input.mustHave),
    exclude: clean(input.exclude),
    scope: input.scope,
    newspapers: clean(input.newspapers),
    mode: input.mode,
  };
  const problems = validateTopic(topic);
  if (problems.length) return { ok: false, problems };
  return db.transaction('rw', db.watchTopics, async () => {
    const same = await db.watchTopics.where('name').equals(topic.name).first();
    if (same && same.id !== input.id) return { ok: false, problems: [{ field: 'name', zh: `已有名为“${topic.name}”的主题`, en: `A topic named "${topic.name}" exists` }] };
    if (input.id != null) {
      const old = await db.watchTopics.get(input.id);
      if (!old) return { ok: false, problems: [{ field: 'name', zh: '这个主题已被删除', en: 'This topic was deleted' }] };
      await db.watchTopics.put({ ...topic, id: input.id, muted: (input.muted ?? old.muted === 1) ? 1 : 0, createdAt: old.createdAt });
      return { ok: true, id: input.id };
    }
    const id = await db.watchTopics.add({ ...topic, muted: input.muted ? 1 : 0, createdAt: now });
    return { ok: true, id: id as number };
  });
}

/** Deletes the topic, its alerts and their notification claims (migration 010). */
export async function deleteTopic(db: QubaoDb, id: number): Promise<void> {
  await db.transaction('rw', db.watchTopics, db.topicAlerts, db.alertNotices, async () => {
    await db.watchTopics.delete(id);
    const alertIds = await db.topicAlerts.where('topicId').equals(id).primaryKeys();
    await db.topicAlerts.bulkDelete(alertIds);
    await db.alertNotices.bulkDelete(alertIds);
  });
}

export async function setTopicMuted(db: QubaoDb, id: number, muted: boolean): Promise<void> {
  await db.watchTopics.update(id, { muted: muted ? 1 : 0 });
}

/** lib/alerts AlertStore over the topicAlerts table. */
export class DexieAlertStore implements AlertStore {
  constructor(private readonly db: QubaoDb) {}

  async getMany(ids: readonly string[]): Promise<Map<string, Alert>> {
    const rows = await this.db.topicAlerts.bulkGet([...ids]);
    const out = new Map<string, Alert>();
    for (const r of rows) if (r) out.set(r.id, r);
    return out;
  }

  async putMany(alerts: readonly Alert[]): Promise<void> {
    await this.db.topicAlerts.bulkPut([...alerts]);
  }
}

/** Every alert, newest first (the inbox groups them by topic). */
export function listAlerts(db: QubaoDb, limit = 500): Promise<Alert[]> {
  return db.topicAlerts.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** The toolbar number: unread alerts of topics that are not muted. */
export async function unreadAlertCount(db: QubaoDb): Promise<number> {
  const [unread, topics] = await Promise.all([db.topicAlerts.where('read').equals(0).toArray(), listTopics(db)]);
  return unreadCount(unread, topics);
}

export async function markAlertsRead(db: QubaoDb, ids: readonly string[]): Promise<void> {
  await db.transaction('rw', db.topicAlerts, async () => {
    for (const id of ids) await db.topicAlerts.update(id, { read: 1 });
  });
}

/** Marks every unread alert read, or those of one topic. */
export async function markAllAlertsRead(db: QubaoDb, topicId?: number): Promise<number> {
  const unread = db.topicAlerts.where('read').equals(0);
  return (topicId == null ? unread : unread.filter((a) => a.topicId === topicId)).modify({ read: 1 });
}

/** Alerts created in [from, to), oldest first (the daily digest). */
export function alertsBetween(db: QubaoDb, from: number, to: number): Promise<Alert[]> {
  return db.topicAlerts.where('createdAt').between(from, to, true, false).toArray();
}

/** Terms of the topics that are not muted, for highlights on pages and in the reader. */
export async function topicTerms(db: QubaoDb): Promise<string[]> {
  const rows = await db.watchTopics.where('muted').equals(0).toArray();
  return [...new Set(rows.flatMap((t) => t.anyOf))];
}
