import { setRead, setStarred } from './article-marks';
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

// Marks live in `articleMarks` since migration 008 (a click must not rewrite the article row).
export function setArticleRead(db: QubaoDb, id: string, read: boolean): Promise<void> {
  return setRead(db, [id], read);
}

export function setArticleStarred(db: QubaoDb, id: string, starred: boolean): Promise<void> {
  return setStarred(db, [id], starred);
}
