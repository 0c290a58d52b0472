// How the library and the reader name the pages an article is printed on (the list itself is
// components/library, a windowed listbox).
import type { ArticleRecord } from '@/lib/store/types';
import { t } from './i18n';

const bare = (n: string) => n.replace(/^0+(?=\d)/, '');

export function pageLabel(a: Pick<ArticleRecord, 'pageNumber' | 'pageName'>): string {
  if (!a.pageNumber) return a.pageName ?? '';
  const n = t('pageNumber', bare(a.pageNumber));
  return a.pageName ? `${n} ${a.pageName}` : n;
}

/** The pages an entry spans: "第3版 综合新闻" for one part, "第1版、第2版" for a continued article. */
export function entryPageLabel(parts: Pick<ArticleRecord, 'pageNumber' | 'pageName'>[]): string {
  if (parts.length === 1) return pageLabel(parts[0]!);
  const numbers = [...new Set(parts.map((p) => p.pageNumber).filter((n): n is string => !!n).map(bare))];
  return numbers.map((n) => t('pageNumber', n)).join(t('nameSeparator'));
}
