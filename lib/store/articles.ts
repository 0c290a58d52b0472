import type { QubaoDb } from './db';
import type { ArticleRecord } from './types';

/** Saved articles, newest first. */
export function listArticles(db: QubaoDb, { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<ArticleRecord[]> {
  return db.articles.orderBy('savedAt').reverse().offset(offset).limit(limit).toArray();
}

export function getArticle(db: QubaoDb, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id);
}

export function countArticles(db: QubaoDb): Promise<number> {
  return db.articles.count();
}

export async function setArticleRead(db: QubaoDb, id: string, read: boolean): Promise<void> {
  await db.articles.update(id, { read: read ? 1 : 0 });
}

export async function setArticleStarred(db: QubaoDb, id: string, starred: boolean): Promise<void> {
  await db.articles.update(id, { starred: starred ? 1 : 0 });
}
