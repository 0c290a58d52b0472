import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import { MIGRATIONS } from './migrations';
import { type LegacyTopic, watchTopicFromLegacy } from './migrations/006-topics-alerts-follows';

// What a newer build repairs after an older build ran on the same database (a rolled-back
// update, then the update again). An older Dexie build opens a newer database at its stored
// version; if its own schema lacks a table, Dexie adds it (a "schema patch": the stored version
// becomes n×10+1), and it writes rows the way that build knew. The invariants restored here:
// 1. Topics live in `watchTopics` (006). A pre-006 build writes topics to a re-created legacy
//    `topics` table: they are carried over (as 006 does) unless a topic of that name exists,
//    then the legacy rows are cleared so they are not carried twice.
// 2. Reader marks live in `articleMarks` (008). A pre-008 build writes read/starred/tags into the
//    article row: an article with such marks and no marks row gets one. An existing marks row
//    is the newer build's and is kept.
// 3. Captures left in the inbox (009) by the newer build are finished by the inbox resume
//    (an older build never touches them), and articles an older build saved without indexing are
//    indexed by the search catch-up job; nothing to do here for those.
// The repair runs when the database says an older build opened it: the build that last opened
// it (settings `durability.openedBy`) is older than this one, or the stored version is not a
// multiple of 10 (a schema patch) and differs from the one this build last recorded.

export const OPENED_BY_KEY = SETTINGS.openedBy;
const KNOWN = Math.max(...MIGRATIONS.map((m) => m.version));

export interface RepairReport {
  ran: boolean;
  topicsCarried: number;
  marksCarried: number;
}

/** Records that this build opened the database (and at which stored version). Older builds with this code record theirs. */
export async function recordOpenedBy(db: QubaoDb, version = KNOWN, now = Date.now()): Promise<void> {
  await db.open();
  const native = db.backendDB().version;
  const old = (await db.settings.get(OPENED_BY_KEY))?.value as { version?: unknown; native?: unknown } | undefined;
  // Written only when it changes: every worker start reads it, and a write would wake liveQuery readers.
  if (old?.version === version && old?.native === native) return;
  await db.settings.put({ key: OPENED_BY_KEY, value: { version, native, at: now } });
}

export async function needsRepair(db: QubaoDb, known = KNOWN): Promise<boolean> {
  await db.open();
  const native = db.backendDB().version;
  const rec = (await db.settings.get(OPENED_BY_KEY))?.value as { version?: unknown; native?: unknown } | undefined;
  // A schema patch this build has not seen yet.
  if (native % 10 !== 0 && rec?.native !== native) return true;
  return typeof rec?.version === 'number' && rec.version < known;
}

/** Repairs if needed, then records this build. Never deletes an article, topic or mark. */
export async function repairAfterOlderBuild(db: QubaoDb, known = KNOWN): Promise<RepairReport> {
  const report: RepairReport = { ran: false, topicsCarried: 0, marksCarried: 0 };
  if (await needsRepair(db, known)) {
    report.ran = true;
    report.topicsCarried = await carryLegacyTopics(db);
    report.marksCarried = await carryRowMarks(db);
  }
  await recordOpenedBy(db, known);
  return report;
}

/** Reads and clears the legacy `topics` store (not in this build's schema: raw IndexedDB). */
async function takeLegacyTopics(db: QubaoDb): Promise<LegacyTopic[]> {
  const idb = db.backendDB();
  if (!idb.objectStoreNames.contains('topics')) return [];
  const tx = idb.transaction('topics', 'readwrite');
  const store = tx.objectStore('topics');
  const rows = await new Promise<LegacyTopic[]>((resolve, reject) => {
    const r = store.getAll();
    r.onsuccess = () => resolve(r.result as LegacyTopic[]);
    r.onerror = () => reject(r.error);
  });
  if (rows.length) store.clear();
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  return rows;
}

async function carryLegacyTopics(db: QubaoDb): Promise<number> {
  // Added first, cleared after: a stop in between leaves legacy rows that are skipped by name next time.
  const idb = db.backendDB();
  if (!idb.objectStoreNames.contains('topics')) return 0;
  const peek = await new Promise<LegacyTopic[]>((resolve, reject) => {
    const r = idb.transaction('topics', 'readonly').objectStore('topics').getAll();
    r.onsuccess = () => resolve(r.result as LegacyTopic[]);
    r.onerror = () => reject(r.error);
  });
  const usable = peek.map(watchTopicFromLegacy).filter((t) => t !== null);
  let carried = 0;
  await db.transaction('rw', db.watchTopics, async () => {
    for (const topic of usable) {
      if (await db.watchTopics.where('name').equals(topic.name).count()) continue;
      await db.watchTopics.add(topic as never);
      carried += 1;
    }
  });
  await takeLegacyTopics(db);
  return carried;
}

async function carryRowMarks(db: QubaoDb): Promise<number> {
  const ids = new Set<string>();
  for (const key of await db.articles.where('starred').equals(1).primaryKeys()) ids.add(key);
  for (const key of await db.articles.where('read').equals(1).primaryKeys()) ids.add(key);
  for (const key of await db.articles.where('tags').notEqual('').primaryKeys()) ids.add(key);
  if (!ids.size) return 0;
  const list = [...ids];
  const existing = await db.articleMarks.bulkGet(list);
  const missing = list.filter((_, i) => !existing[i]);
  const rows = (await db.articles.bulkGet(missing)).filter((a) => !!a);
  const marks = rows.map((a) => {
    const row = a as unknown as { id: string; read?: unknown; starred?: unknown; tags?: unknown; updatedAt?: unknown; savedAt?: unknown };
    const when = typeof row.updatedAt === 'number' ? row.updatedAt : typeof row.savedAt === 'number' ? row.savedAt : 1;
    const tags = Array.isArray(row.tags) ? row.tags.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
    return { articleId: row.id, starred: row.starred === 1 ? 1 : 0, readAt: row.read === 1 ? Math.max(1, when) : 0, tags, updatedAt: when };
  });
  if (marks.length) await db.articleMarks.bulkPut(marks as never);
  return marks.length;
}
