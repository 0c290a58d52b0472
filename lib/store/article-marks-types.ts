// Record shape of `articleMarks` (migration 008): the reader's marks on one article, kept apart
// from the article row so a click never rewrites the article (see the migration's comment).
export interface ArticleMarkRecord {
  articleId: string;
  starred: 0 | 1;
  /** When the article was last marked read (ms); 0 = unread. */
  readAt: number;
  tags: string[];
  updatedAt: number;
}
