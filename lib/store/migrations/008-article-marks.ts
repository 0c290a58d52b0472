import type { Migration } from './types';

// The reader's own marks on an article (issue 7): starred, tags, when it was read. They change
// one click at a time while article rows are large (paragraphs, raw text) and watched by the
// search indexer and alert matcher through Dexie hooks; writing a mark into the article row
// would rewrite it and wake both. So marks live in `articleMarks`, one small row per article
// that has any mark, keyed by the article id:
// - `starred` 0/1 and `readAt` (0 = unread) are indexed for the 已加星/未读 filters,
// - `*tags` (multiEntry) for the tag filter and the list of tags in use.
// The upgrade carries over the old read/starred/tags fields of article rows; those fields stay
// in the article rows untouched (no rewrite of 100k rows) and are no longer read.
export const migration008: Migration = {
  version: 8,
  stores: {
    articleMarks: '&articleId, starred, readAt, *tags, updatedAt',
  },
  upgrade: async (tx) => {
    const marks: { articleId: string; starred: 0 | 1; readAt: number; tags: string[]; updatedAt: number }[] = [];
    await tx.table('articles').each((a: { id: string; read?: unknown; starred?: unknown; tags?: unknown; updatedAt?: unknown; savedAt?: unknown }) => {
      const tags = Array.isArray(a.tags) ? a.tags.filter((x): x is string => typeof x === 'string' && !!x.trim()) : [];
      const starred = a.starred === 1 || a.starred === true ? 1 : 0;
      const read = a.read === 1 || a.read === true;
      if (!starred && !read && !tags.length) return;
      // The old rows never said when they were read: their last update is the best guess.
      const when = typeof a.updatedAt === 'number' ? a.updatedAt : typeof a.savedAt === 'number' ? a.savedAt : 1;
      marks.push({ articleId: a.id, starred, readAt: read ? Math.max(1, when) : 0, tags, updatedAt: when });
    });
    if (marks.length) await tx.table('articleMarks').bulkPut(marks);
  },
};
