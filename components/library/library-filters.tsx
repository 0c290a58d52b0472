import { useState } from 'preact/hooks';
import type { LibraryFilter, LibraryGroupBy, LibraryState } from '@/lib/store/library-entries-filter';
import { t } from '../i18n';

export interface FilterOptions {
  papers: string[];
  topics: { id: number; name: string }[];
  tags: string[];
  /** Places found in the articles listed so far (suggestions; any place can be typed). */
  places: string[];
}

export interface LibraryFiltersProps {
  filter: LibraryFilter;
  options: FilterOptions;
  onChange: (change: Partial<LibraryFilter>) => void;
  onClear: () => void;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** How many of the filters behind the 筛选 button are set. */
export function moreFiltersSet(f: LibraryFilter): number {
  return [f.paper, f.from, f.to, f.page, f.topicId, f.place, f.tag].filter((v) => v != null && v !== '').length;
}

/**
 * Grouping and filters of the library; every control is labelled for screen readers. Grouping
 * and 未读/已加星 are always shown; the rest open from 筛选 (the popup is 600 px at most).
 */
export function LibraryFilters({ filter, options, onChange, onClear }: LibraryFiltersProps) {
  const set = moreFiltersSet(filter);
  const [open, setOpen] = useState(set > 0);
  const field = (label: string, control: preact.ComponentChildren) => (
    <label class="lib-field">
      <span>{label}</span>
      {control}
    </label>
  );
  return (
    <fieldset class="library-filters" data-testid="library-filters">
      <legend class="sr-only">{t('libraryFilters')}</legend>
      {field(
        t('libraryGroupBy'),
        <select data-testid="filter-group" value={filter.groupBy} onChange={(e) => onChange({ groupBy: value(e) as LibraryGroupBy })}>
          <option value="date">{t('libraryGroupDate')}</option>
          <option value="paper">{t('libraryGroupPaper')}</option>
        </select>,
      )}
      {field(
        t('libraryFilterState'),
        <select data-testid="filter-state" value={filter.state} onChange={(e) => onChange({ state: value(e) as LibraryState })}>
          <option value="all">{t('libraryStateAll')}</option>
          <option value="unread">{t('libraryStateUnread')}</option>
          <option value="starred">{t('libraryStateStarred')}</option>
        </select>,
      )}
      <button type="button" class="lib-more" aria-expanded={open} aria-controls="library-more-filters" data-testid="filter-more" onClick={() => setOpen(!open)}>
        {t('libraryFilters')}
        {set > 0 ? ` (${set})` : ''} {open ? '▴' : '▾'}
      </button>
      <div id="library-more-filters" class="lib-more-filters" hidden={!open}>
        {field(
          t('libraryFilterPaper'),
          <select data-testid="filter-paper" value={filter.paper ?? ''} onChange={(e) => onChange({ paper: orNull(value(e)) })}>
            <option value="">{t('libraryAllPapers')}</option>
            {options.papers.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>,
        )}
        {field(t('libraryFilterFrom'), <input type="date" data-testid="filter-from" value={filter.from ?? ''} onChange={(e) => onChange({ from: orNull(value(e)) })} />)}
        {field(t('libraryFilterTo'), <input type="date" data-testid="filter-to" value={filter.to ?? ''} onChange={(e) => onChange({ to: orNull(value(e)) })} />)}
        {field(t('libraryFilterPage'), <input type="text" size={6} data-testid="filter-page" placeholder={t('libraryFilterPageHint')} value={filter.page ?? ''} onChange={(e) => onChange({ page: orNull(value(e)) })} />)}
        {field(
          t('libraryFilterTopic'),
          <select data-testid="filter-topic" value={filter.topicId == null ? '' : String(filter.topicId)} onChange={(e) => onChange({ topicId: value(e) ? Number(value(e)) : null })}>
            <option value="">{t('libraryAllTopics')}</option>
            {options.topics.map((tp) => (
              <option key={tp.id} value={String(tp.id)}>
                {tp.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          t('libraryFilterPlace'),
          <>
            <input type="text" size={8} list="library-places" data-testid="filter-place" value={filter.place ?? ''} onChange={(e) => onChange({ place: orNull(value(e)) })} />
            <datalist id="library-places">
              {options.places.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </>,
        )}
        {field(
          t('libraryFilterTag'),
          <select data-testid="filter-tag" value={filter.tag ?? ''} onChange={(e) => onChange({ tag: orNull(value(e)) })}>
            <option value="">{t('libraryAllTags')}</option>
            {options.tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>,
        )}
        <button type="button" class="lib-clear" data-testid="filter-clear" onClick={onClear}>
          {t('libraryFiltersClear')}
        </button>
      </div>
    </fieldset>
  );
}
