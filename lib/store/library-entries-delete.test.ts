import { afterEach, describe, expect, it } from 'vitest';
import { readMarks, setStarred } from './article-marks';
import type { QubaoDb } from './db';
import { deleteArticles, restoreArticles } from './library-entries-delete';
import { generatedLibrary } from './library-entries-test-support';
import { freshDb } from './test-db';

let db: QubaoDb;
afterEach(async () => db?.delete());

describe('delete with undo', () => {
  it('removes articles with their marks and alerts, and puts the same records back on undo', async () => {
    db = freshDb();
    const lib = generatedLibrary(20);
    await db.articles.bulkPut(lib);
    await setStarred(db, [lib[2]!.id, lib[5]!.id], true);
    await db.topicAlerts.put({ id: 'x', topicId: 1, topicName: '河道', articleId: lib[2]!.id, createdAt: 1, read: 0 } as never);
    await db.topicAlerts.put({ id: 'y', topicId: 1, topicName: '河道', articleId: lib[9]!.id, createdAt: 1, read: 0 } as never);

    const gone = await deleteArticles(db, [lib[2]!.id, lib[3]!.id, 'missing']);
    expect(gone.articles.map((a) => a.id)).toEqual([lib[2]!.id, lib[3]!.id]);
    expect(await db.articles.count()).toBe(18);
    expect(await db.articleMarks.get(lib[2]!.id)).toBeUndefined();
    expect((await db.topicAlerts.toArray()).map((a) => a.id)).toEqual(['y']);

    await restoreArticles(db, gone);
    expect(await db.articles.get(lib[2]!.id)).toEqual(lib[2]);
    expect(await db.articles.count()).toBe(20);
    expect((await readMarks(db, [lib[2]!.id])).get(lib[2]!.id)!.starred).toBe(1);
    expect((await db.topicAlerts.toArray()).map((a) => a.id).sort()).toEqual(['x', 'y']);
  });

  it('keeps an article saved again before the undo as it is now', async () => {
    db = freshDb();
    const [a] = generatedLibrary(1);
    await db.articles.put(a!);
    const gone = await deleteArticles(db, [a!.id]);
    await db.articles.put({ ...a!, title: '重新保存' });
    await restoreArticles(db, gone);
    expect((await db.articles.get(a!.id))!.title).toBe('重新保存');
  });
});
