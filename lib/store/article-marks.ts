// The reader's marks on articles (table `articleMarks`, migration 008). A row exists only for an
// article that has or had a mark; a missing row means unread, not starred, no tags.
import type { ArticleMarkRecord } from './article-marks-types';
import type { QubaoDb } from './db';

export type { ArticleMarkRecord } from './article-marks-types';

export function noMarks(articleId: string): ArticleMarkRecord {
  return { articleId, starred: 0, readAt: 0, tags: [], updatedAt: 0 };
}

/** Marks of these articles, by id (every id present, defaults for unmarked ones). */
export async function readMarks(db: QubaoDb, ids: string[]): Promise<Map<string, ArticleMarkRecord>> {
  const rows = await db.articleMarks.bulkGet(ids);
  return new Map(ids.map((id, i) => [id, rows[i] ?? noMarks(id)]));
}

/** Changes the marks of several articles in one transaction (read-modify-write per row). */
async function updateMarks(db: QubaoDb, ids: string[], change: (m: ArticleMarkRecord) => ArticleMarkRecord): Promise<void> {
  if (!ids.length) return;
  await db.transaction('rw', db.articleMarks, async () => {
    const now = Date.now();
    const current = await readMarks(db, ids);
    await db.articleMarks.bulkPut(ids.map((id) => ({ ...change(current.get(id)!), updatedAt: now })));
  });
}

export function setStarred(db: QubaoDb, ids: string[], starred: boolean): Promise<void> {
  return updateMarks(db, ids, (m) => ({ ...m, starred: starred ? 1 : 0 }));
}

export function setRead(db: QubaoDb, ids: string[], read: boolean, at = Date.now()): Promise<void> {
  // Re-reading keeps the first read time; only a change of state moves it.
  return updateMarks(db, ids, (m) => ({ ...m, readAt: read ? m.readAt || Math.max(1, at) : 0 }));
}

/** Trims, drops empties and duplicates; tags are short labels the user typed. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ').slice(0, 40)).filter(Boolean))];
}

export function setTags(db: QubaoDb, id: string, tags: string[]): Promise<void> {
  return updateMarks(db, [id], (m) => ({ ...m, tags: cleanTags(tags) }));
}

export function addTag(db: QubaoDb, ids: string[], tag: string): Promise<void> {
  return updateMarks(db, ids, (m) => ({ ...m, tags: cleanTags([...m.tags, tag]) }));
}

/** Every tag in use, sorted (distinct keys of the multiEntry index, no row is read). */
export async function tagsInUse(db: QubaoDb): Promise<string[]> {
  return (await db.articleMarks.orderBy('tags').uniqueKeys()) as string[];
}

export function starredIds(db: QubaoDb): Promise<string[]> {
  return db.articleMarks.where('starred').equals(1).primaryKeys();
}

export function readIds(db: QubaoDb): Promise<string[]> {
  return db.articleMarks.where('readAt').above(0).primaryKeys();
}

export function taggedIds(db: QubaoDb, tag: string): Promise<string[]> {
  return db.articleMarks.where('tags').equals(tag).primaryKeys();
}
