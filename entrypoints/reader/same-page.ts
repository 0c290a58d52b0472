import type { QubaoDb } from '@/lib/store';
import type { ArticleRecord } from '@/lib/store/types';
import { layoutPageKey } from '@/lib/library/dedupe-key';
import type { SamePageLink } from '@/components/reader-view-nav';

const bare = (n: string | null) => (n ?? '').replace(/^0+(?=\d)/, '');

/**
 * The saved articles printed on the same 版面 as `article`, in the order the page lists them
 * (the saved 版面 page's links) or else by address (content_12 before content_13).
 */
export async function samePageArticles(db: QubaoDb, article: ArticleRecord): Promise<ArticleRecord[]> {
  if (!article.paperName || !article.date || !article.pageNumber) return [];
  const page = bare(article.pageNumber);
  const issue = await db.articles.where('[paperName+date]').equals([article.paperName, article.date]).toArray();
  const onPage = issue.filter((a) => bare(a.pageNumber) === page);
  const layout = await db.pages.get(layoutPageKey(article.pageUrl, article.paperName, article.date, article.pageNumber));
  const order = new Map((layout?.articleLinks ?? []).map((l, i) => [l.url, i] as const));
  const rank = (a: ArticleRecord) => order.get(a.url) ?? Number.MAX_SAFE_INTEGER;
  return onPage.sort((a, b) => rank(a) - rank(b) || a.url.localeCompare(b.url, 'en', { numeric: true }));
}

/** 上一篇 / 下一篇 around the article shown (its other parts are not neighbours). */
export function neighbours(list: ArticleRecord[], parts: ArticleRecord[]): { prev: SamePageLink | null; next: SamePageLink | null } {
  const own = new Set(parts.map((p) => p.id));
  const at = list.findIndex((a) => a.id === parts[0]?.id);
  if (at < 0) return { prev: null, next: null };
  const link = (a: ArticleRecord | undefined) => (a ? { id: a.id, title: a.title } : null);
  const before = list.slice(0, at).filter((a) => !own.has(a.id));
  const after = list.slice(at + 1).filter((a) => !own.has(a.id));
  return { prev: link(before.at(-1)), next: link(after[0]) };
}
