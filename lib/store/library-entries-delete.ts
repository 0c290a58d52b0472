// Deleting from the library with undo. The rows go at once (closing the popup must not leave a
// deletion half done) and what was removed is returned, so 撤销 puts back the same records: the
// articles, their marks and their topic alerts. The search index follows through the
// background's catch-up (rows without an article are dropped, articles without a row indexed).
import type { ArticleMarkRecord } from './article-marks-types';
import type { TopicAlertRecord } from './alert-types';
import type { QubaoDb } from './db';
import type { ArticleRecord } from './types';

export interface DeletedArticles {
  articles: ArticleRecord[];
  marks: ArticleMarkRecord[];
  alerts: TopicAlertRecord[];
}

export async function deleteArticles(db: QubaoDb, ids: string[]): Promise<DeletedArticles> {
  return db.transaction('rw', [db.articles, db.articleMarks, db.topicAlerts], async () => {
    const articles = (await db.articles.bulkGet(ids)).filter((a): a is ArticleRecord => !!a);
    const marks = (await db.articleMarks.bulkGet(ids)).filter((m): m is ArticleMarkRecord => !!m);
    const alerts = await db.topicAlerts.where('articleId').anyOf(ids).toArray();
    await db.articles.bulkDelete(ids);
    await db.articleMarks.bulkDelete(ids);
    await db.topicAlerts.bulkDelete(alerts.map((a) => a.id));
    return { articles, marks, alerts };
  });
}

/** Undo: the deleted records back as they were (an article saved again meanwhile is kept as saved). */
export async function restoreArticles(db: QubaoDb, deleted: DeletedArticles): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleMarks, db.topicAlerts], async () => {
    const present = new Set((await db.articles.bulkGet(deleted.articles.map((a) => a.id))).filter(Boolean).map((a) => a!.id));
    await db.articles.bulkPut(deleted.articles.filter((a) => !present.has(a.id)));
    await db.articleMarks.bulkPut(deleted.marks);
    await db.topicAlerts.bulkPut(deleted.alerts);
  });
}
