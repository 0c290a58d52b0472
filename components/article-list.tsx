import type { ArticleRecord } from '@/lib/store/types';
import { t } from './i18n';

export interface ArticleListProps {
  articles: ArticleRecord[];
  onOpen: (id: string) => void;
}

export function pageLabel(a: Pick<ArticleRecord, 'pageNumber' | 'pageName'>): string {
  if (!a.pageNumber) return a.pageName ?? '';
  const n = t('pageNumber', a.pageNumber.replace(/^0+(?=\d)/, ''));
  return a.pageName ? `${n} ${a.pageName}` : n;
}

/** Saved articles, newest first as given. Every string is page content and is rendered as text. */
export function ArticleList({ articles, onOpen }: ArticleListProps) {
  return (
    <ul class="article-list">
      {articles.map((a) =>
        a.parseStatus === 'failed' ? (
          <li key={a.id} data-testid="failed-row" class="row failed" onClick={() => onOpen(a.id)}>
            <span class="label-failed">{t('failedLabel')}</span>
            <span data-testid="row-title" class="row-title">{a.title}</span>
            <span class="row-error">{a.parseError}</span>
          </li>
        ) : (
          <li key={a.id} data-testid="article-row" class={a.read ? 'row read' : 'row'} onClick={() => onOpen(a.id)}>
            <div class="row-meta">
              <span data-testid="row-paper">{a.paperName ?? ''}</span>
              <span data-testid="row-date">{a.date ?? ''}</span>
              <span data-testid="row-page">{pageLabel(a)}</span>
            </div>
            <span data-testid="row-title" class="row-title">{a.title}</span>
          </li>
        ),
      )}
    </ul>
  );
}
