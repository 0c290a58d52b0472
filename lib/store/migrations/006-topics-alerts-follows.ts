import type { Migration } from './types';

// Topic alerts and followed papers (issue 6). The version-1 `topics` (++id, words) and `alerts`
// (++id, seen) tables never fitted lib/alerts: an alert is keyed by its deterministic id
// (lib/alerts alertId(topic, article)), so the same article saved twice or from two paths writes
// one row, and IndexedDB cannot change a primary key in place. So they are replaced:
// - `watchTopics`: lib/alerts Topic rows (any-of, must-have, exclude, scope, mode, newspapers,
//   muted as 0/1 so it can be indexed), numeric ids. Old topics are carried over (words → any-of).
// - `topicAlerts`: lib/alerts Alert rows by their string id; `[read+createdAt]` serves the
//   inbox and the unread count, `createdAt` the daily digest.
// - `follows`: one row per followed paper (its newspapers id), with the lib/crawl FollowState
//   and the unfinished save job of its check, so a stopped worker resumes where it was.
/** A version-1 `topics` row (++id, name, words), as an older build may still write it. */
export interface LegacyTopic {
  name?: unknown;
  words?: unknown;
  createdAt?: unknown;
}

/** A legacy topic as a watchTopics row (words → any-of), or null when it has no name or no word. */
export function watchTopicFromLegacy(t: LegacyTopic) {
  const anyOf = Array.isArray(t.words) ? t.words.filter((w): w is string => typeof w === 'string' && !!w.trim()) : [];
  if (typeof t.name !== 'string' || !t.name.trim() || !anyOf.length) return null;
  return {
    name: t.name.trim(),
    anyOf,
    mustHave: [],
    exclude: [],
    scope: 'both' as const,
    newspapers: [],
    mode: 'word' as const,
    muted: 0 as const,
    createdAt: typeof t.createdAt === 'number' ? t.createdAt : Date.now(),
  };
}

export const migration006: Migration = {
  version: 6,
  stores: {
    topics: null,
    alerts: null,
    watchTopics: '++id, name, muted, createdAt',
    topicAlerts: '&id, topicId, articleId, createdAt, read, [read+createdAt]',
    follows: '&paperId, nextCheckAt',
  },
  upgrade: async (tx) => {
    const old = (await tx.table('topics').toArray()) as LegacyTopic[];
    const rows = old.map(watchTopicFromLegacy).filter((t) => t !== null);
    if (rows.length) await tx.table('watchTopics').bulkAdd(rows);
  },
};
