import { Component } from 'preact';
import type { LibraryEntry } from '@/lib/store/library-entries';
import type { ArticleMarkRecord } from '@/lib/store/article-marks';
import { entryPageLabel } from '../article-list';
import { t } from '../i18n';

/** What a row's controls do, by item index; one stable object for all rows (see LibraryRow). */
export interface RowHandlers {
  click: (index: number, e: MouseEvent) => void;
  toggleSelect: (index: number, e: MouseEvent) => void;
  star: (index: number) => void;
  read: (index: number) => void;
  tags: (index: number) => void;
  remove: (index: number) => void;
}

export interface LibraryRowProps {
  entry: LibraryEntry;
  marks: ArticleMarkRecord | undefined;
  index: number;
  active: boolean;
  selected: boolean;
  handlers: RowHandlers;
}

// Element Timing (Chromium): the browser reports when each row title was first presented on
// screen, which is what the popup benchmark times as "first row painted" (bench/popup.browser-bench.ts).
const ROW_TIMING = { elementtiming: 'qubao-row' };

/**
 * One article of the library: select box, star, title, paper · date · 版次, tags, and the read
 * and delete buttons. Page content (title, paper, tags) is rendered as text only. The buttons
 * are out of the tab order: the list is one stop, its keys (S, R, T, Delete) do the same.
 */
function Row({ entry, marks, index, active, selected, handlers: h }: LibraryRowProps) {
  const a = entry.lead;
  const starred = marks?.starred === 1;
  const read = !!marks?.readAt;
  const failed = a.parseStatus === 'failed';
  const cls = ['row', 'lib-row', read ? 'read' : '', active ? 'active' : '', selected ? 'selected' : '', failed ? 'failed' : ''].filter(Boolean).join(' ');
  const stop = (fn: (i: number) => void) => (e: MouseEvent) => {
    e.stopPropagation();
    fn(index);
  };
  return (
    <div
      id={`lib-row-${index}`}
      role="option"
      aria-selected={selected}
      class={cls}
      data-testid={failed ? 'failed-row' : 'article-row'}
      data-id={entry.id}
      data-parts={entry.parts.length}
      onClick={(e) => h.click(index, e)}
    >
      <input type="checkbox" class="lib-check" tabIndex={-1} checked={selected} aria-label={t('librarySelect')} data-testid="row-select" onClick={(e) => { e.stopPropagation(); h.toggleSelect(index, e); }} />
      <button type="button" tabIndex={-1} class={starred ? 'icon star on' : 'icon star'} aria-pressed={starred} title={t(starred ? 'libraryUnstar' : 'libraryStar')} aria-label={t(starred ? 'libraryUnstar' : 'libraryStar')} data-testid="row-star" onClick={stop(h.star)}>
        {starred ? '★' : '☆'}
      </button>
      <div class="lib-main">
        <span data-testid="row-title" class="row-title" {...ROW_TIMING}>
          {failed && <span class="label-failed">{t('failedLabel')}</span>}
          {a.title}
        </span>
        <span class="row-meta">
          <span data-testid="row-paper">{a.paperName ?? ''}</span>
          <span data-testid="row-date">{a.date ?? ''}</span>
          <span data-testid="row-page">{entryPageLabel(entry.parts)}</span>
          {failed && a.parseError && <span class="row-error">{a.parseError}</span>}
          {marks?.tags.map((tag) => (
            <span key={tag} class="lib-tag" data-testid="row-tag">
              {tag}
            </span>
          ))}
        </span>
      </div>
      <span class="lib-actions">
        <button type="button" tabIndex={-1} class="icon" title={t('libraryTagsEdit')} aria-label={t('libraryTagsEdit')} data-testid="row-tags" onClick={stop(h.tags)}>
          #
        </button>
        <button type="button" tabIndex={-1} class="icon" title={t(read ? 'libraryMarkUnread' : 'libraryMarkRead')} aria-label={t(read ? 'libraryMarkUnread' : 'libraryMarkRead')} data-testid="row-read" onClick={stop(h.read)}>
          {read ? '○' : '●'}
        </button>
        <button type="button" tabIndex={-1} class="icon danger" title={t('libraryDelete')} aria-label={t('libraryDelete')} data-testid="row-delete" onClick={stop(h.remove)}>
          ✕
        </button>
      </span>
    </div>
  );
}

/**
 * Rows re-render only when what they show changes: scrolling re-renders the window every frame,
 * and the handlers object is stable (it reads the view's latest state when called). A class
 * rather than preact/compat's memo: importing compat would turn every onChange into onInput.
 */
export class LibraryRow extends Component<LibraryRowProps> {
  override shouldComponentUpdate(next: LibraryRowProps): boolean {
    const p = this.props;
    return next.entry !== p.entry || next.marks !== p.marks || next.index !== p.index || next.active !== p.active || next.selected !== p.selected || next.handlers !== p.handlers;
  }
  override render(props: LibraryRowProps) {
    return <Row {...props} />;
  }
}
