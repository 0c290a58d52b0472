import type { SearchHit } from '@/lib/search/types';
import { HighlightText } from './highlight-text';
import { t, uiLanguage } from './i18n';
import './search-panel.css';

/** The most results one request may ask for (lib/protocol TEXT_LIMITS.resultLimit). */
export const MAX_RESULTS = 100;

/** What the popup knows about the current search. */
export interface SearchView {
  query: string;
  /** null before the first answer for this query (or with an empty query). */
  hits: SearchHit[] | null;
  total: number;
  /** false: `total` is the index's upper bound (not every candidate was checked), shown as 约 N. */
  exact?: boolean;
  error: string | null;
}

/** The catch-up indexing job, while it has work left. */
export interface IndexProgressView {
  done: number;
  total: number;
}

export interface SearchPanelProps {
  search: SearchView;
  indexing: IndexProgressView | null;
  onQuery: (query: string) => void;
  onOpen: (id: string) => void;
  /** Asks for the next results (shown when more match than are listed). */
  onMore?: () => void;
}

/**
 * The library's search box and, while a query is typed, its results: title and snippet with the
 * matched words in <mark>. Hits are page content: text nodes only.
 */
export function SearchPanel({ search, indexing, onQuery, onOpen, onMore }: SearchPanelProps) {
  const active = search.query.trim() !== '';
  return (
    <section class="search-panel">
      <input
        type="search"
        data-testid="search-input"
        class="search-input"
        placeholder={t('searchPlaceholder')}
        title={t('searchSyntaxHint')}
        value={search.query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {indexing && (
        <p data-testid="index-progress" class="hint">
          {t('indexProgress', String(indexing.done), String(indexing.total))}
        </p>
      )}
      {active && search.error && <p class="row-error">{t('searchFailed', search.error)}</p>}
      {active && search.hits && (
        <>
          <p data-testid="search-count" class="hint">
            {search.exact === false ? t('popupSearchCountAbout', search.total.toLocaleString(uiLanguage())) : t('searchCount', String(search.total))}
          </p>
          <ul class="article-list search-results">
            {search.hits.map((hit) => (
              <li key={hit.id} data-testid="search-result" class="row" onClick={() => onOpen(hit.id)}>
                <span data-testid="result-title" class="row-title">
                  <HighlightText text={hit.title} ranges={hit.titleHighlights} />
                </span>
                <p data-testid="result-snippet" class="result-snippet">
                  <HighlightText text={hit.snippet} ranges={hit.snippetHighlights} />
                </p>
              </li>
            ))}
          </ul>
          {onMore && search.hits.length < search.total && search.hits.length < MAX_RESULTS && (
            <button type="button" data-testid="search-more" class="search-more" onClick={onMore}>
              {t('searchMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
