import type { ArticleRecord } from '@/lib/store/types';
import type { LibraryEntry } from '@/lib/store/library-entries';
import { t } from './i18n';

export interface ArticleListProps {
  entries: LibraryEntry[];
  onOpen: (id: string) => void;
}

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

/** Saved articles, newest first as given. Every string is page content and is rendered as text. */
export function ArticleList({ entries, onOpen }: ArticleListProps) {
  return (
    <ul class="article-list">
      {entries.map(({ id, lead: a, parts }) =>
        a.parseStatus === 'failed' ? (
          <li key={id} data-testid="failed-row" class="row failed" onClick={() => onOpen(id)}>
            <span class="label-failed">{t('failedLabel')}</span>
            <span data-testid="row-title" class="row-title">{a.title}</span>
            <span class="row-error">{a.parseError}</span>
          </li>
        ) : (
          <li key={id} data-testid="article-row" data-parts={parts.length} class={parts.every((p) => p.read) ? 'row read' : 'row'} onClick={() => onOpen(id)}>
            <div class="row-meta">
              <span data-testid="row-paper">{a.paperName ?? ''}</span>
              <span data-testid="row-date">{a.date ?? ''}</span>
              <span data-testid="row-page">{entryPageLabel(parts)}</span>
            </div>
            <span data-testid="row-title" class="row-title">{a.title}</span>
          </li>
        ),
      )}
    </ul>
  );
}
