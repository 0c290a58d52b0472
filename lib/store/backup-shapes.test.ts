import { describe, expect, it } from 'vitest';
import { ROW_SHAPES, rowHasShape } from './backup-shapes';
import { freshDb } from './test-db';

describe('backup row shapes', () => {
  it('names every table of the current schema, so a new table cannot be imported unchecked', () => {
    const db = freshDb();
    const missing = db.tables.map((t) => t.name).filter((name) => !(name in ROW_SHAPES));
    expect(missing).toEqual([]);
  });

  it('rejects marks, inbox rows and notices of the wrong shape', () => {
    expect(rowHasShape('articleMarks', { articleId: 'a', starred: 1, readAt: 0, tags: ['区情'], updatedAt: 1 })).toBe(true);
    expect(rowHasShape('articleMarks', { articleId: 'a', starred: 'yes', readAt: 0, tags: [], updatedAt: 1 })).toBe(false);
    expect(rowHasShape('articleMarks', { articleId: 'a', starred: 0, readAt: 0, tags: 'x', updatedAt: 1 })).toBe(false);
    const inbox = { id: 'a:1', url: 'http://x/', html: '', manual: 0, stage: 'stored', articleIds: ['a'], receivedAt: 1, attempts: 0, nextAttemptAt: 0 };
    expect(rowHasShape('inbox', inbox)).toBe(true);
    expect(rowHasShape('inbox', { ...inbox, stage: 'parsed' })).toBe(false);
    expect(rowHasShape('inbox', { ...inbox, articleIds: [1] })).toBe(false);
    expect(rowHasShape('alertNotices', { id: 'x', notifiedAt: 5 })).toBe(true);
    expect(rowHasShape('alertNotices', { id: 'x' })).toBe(false);
  });
});
