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
    const old = (await tx.table('topics').toArray()) as { name?: unknown; words?: unknown; createdAt?: unknown }[];
    const rows = old
      .filter((t) => typeof t.name === 'string' && t.name.trim() && Array.isArray(t.words) && t.words.some((w) => typeof w === 'string' && w.trim()))
      .map((t) => ({
        name: (t.name as string).trim(),
        anyOf: (t.words as unknown[]).filter((w): w is string => typeof w === 'string' && !!w.trim()),
        mustHave: [],
        exclude: [],
        scope: 'both',
        newspapers: [],
        mode: 'word',
        muted: 0,
        createdAt: typeof t.createdAt === 'number' ? t.createdAt : Date.now(),
      }));
    if (rows.length) await tx.table('watchTopics').bulkAdd(rows);
  },
};
