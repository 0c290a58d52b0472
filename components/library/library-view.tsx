import type { ComponentChildren } from 'preact';
import { isFiltered } from '@/lib/store/library-entries-filter';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { BulkBar } from './bulk-bar';
import { LibraryFilters } from './library-filters';
import { followItem, libraryItems, type LibraryItem } from './library-items';
import { idsBetween, moveActive } from './library-keys';
import type { LibraryModel } from './library-model';
import { LibraryRow, type RowHandlers } from './library-row';
import { TagEditor } from './tag-editor';
import { UndoToast } from './undo-toast';
import { VirtualList } from './virtual-list';

export const UNDO_MS = 6000;

export interface LibraryViewProps extends LibraryModel {
  /** Shown instead of the list when the library itself is empty (no filter). */
  empty: ComponentChildren;
}

/** The 文章 tab: filters, selection bar, the windowed list with group headers, undo toast. */
export function LibraryView(props: LibraryViewProps) {
  const { filter, options, entries, done, total, groupCounts, marks, selected, toast, notice, busy, actions, empty } = props;
  const items = useMemo(() => libraryItems(entries ?? [], filter.groupBy), [entries, filter.groupBy]);
  const [active, setActive] = useState(-1);
  const [tagging, setTagging] = useState<string | null>(null);
  const anchor = useRef(-1);
  // The keyboard-active row stays on its article when the rows are replaced (the database's first
  // page over the snapshot, with articles saved meanwhile above it); gone, it stays at its place.
  const shown = useRef(items);
  let current = active;
  if (shown.current !== items) {
    const moved = active >= 0 ? followItem(shown.current, items, active) : -1;
    shown.current = items;
    if (moved >= 0 && moved !== active) setActive((current = moved));
  }
  const activeIndex = current < items.length ? current : -1;

  const groupLabel = (key: string) => {
    const name = key || t(filter.groupBy === 'date' ? 'libraryUndated' : 'libraryNoPaper');
    const n = groupCounts.get(key);
    return (
      <div class="lib-group" role="presentation" data-testid="group-header">
        <span>{name}</span>
        {n != null && <span class="hint">{t('libraryGroupCount', String(n))}</span>}
      </div>
    );
  };

  const entryAt = (i: number) => {
    const it = items[i];
    return it?.kind === 'entry' ? it.entry : null;
  };
  /** The selection if the item is in it, else just the item. */
  const targets = (i: number) => {
    const e = entryAt(i);
    if (!e) return [];
    return selected.has(e.id) ? [...selected] : [e.id];
  };
  const isStarred = (id: string) => marks.get(id)?.starred === 1;
  const isRead = (id: string) => !!marks.get(id)?.readAt;

  const select = (i: number, e: MouseEvent | KeyboardEvent, toggle: boolean) => {
    const item = entryAt(i);
    if (!item) return;
    if (e.shiftKey && anchor.current >= 0) actions.select(idsBetween(items, anchor.current, i), true);
    else if (toggle) actions.select([item.id], !selected.has(item.id));
    anchor.current = i;
    setActive(i);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8, Home: -Infinity, End: Infinity }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      const next = step === -Infinity ? moveActive(items, -1, 1) : step === Infinity ? moveActive(items, -1, -1) : moveActive(items, activeIndex, activeIndex < 0 ? 0 : step);
      if (e.shiftKey && activeIndex >= 0) actions.select(idsBetween(items, activeIndex, next), true);
      setActive(next);
      if (step === Infinity && !done) actions.loadMore();
      return;
    }
    const entry = entryAt(activeIndex);
    if (!entry) return;
    const key = e.key.toLowerCase();
    if (e.key === 'Enter') actions.open(entry.id);
    else if (e.key === ' ') select(activeIndex, e, true);
    else if (key === 's') actions.star(targets(activeIndex), !isStarred(entry.id));
    else if (key === 'r') actions.read(targets(activeIndex), !isRead(entry.id));
    else if (key === 't') setTagging(entry.id);
    else if (e.key === 'Delete' || e.key === 'Backspace') actions.remove(targets(activeIndex));
    else if (e.key === 'Escape' && selected.size) actions.clearSelection();
    else return;
    e.preventDefault();
  };

  // One handlers object for every row, for the life of the view; it calls the latest closures.
  const latest = useRef<RowHandlers>(null!);
  latest.current = {
    click: (i, e) => {
      const id = entryAt(i)?.id;
      if (!id) return;
      if (e.shiftKey || e.ctrlKey || e.metaKey) select(i, e, !e.shiftKey);
      else actions.open(id);
    },
    toggleSelect: (i, e) => select(i, e, true),
    star: (i) => entryAt(i) && actions.star(targets(i), !isStarred(entryAt(i)!.id)),
    read: (i) => entryAt(i) && actions.read(targets(i), !isRead(entryAt(i)!.id)),
    tags: (i) => setTagging(entryAt(i)?.id ?? null),
    remove: (i) => actions.remove(targets(i)),
  };
  const handlers = useMemo<RowHandlers>(
    () => ({
      click: (i, e) => latest.current.click(i, e),
      toggleSelect: (i, e) => latest.current.toggleSelect(i, e),
      star: (i) => latest.current.star(i),
      read: (i) => latest.current.read(i),
      tags: (i) => latest.current.tags(i),
      remove: (i) => latest.current.remove(i),
    }),
    [],
  );

  const renderItem = (item: LibraryItem, i: number) => {
    if (item.kind === 'header') return groupLabel(item.key);
    const id = item.entry.id;
    return <LibraryRow entry={item.entry} marks={marks.get(id)} index={i} active={i === activeIndex} selected={selected.has(id)} handlers={handlers} />;
  };

  const onRange = (first: number, last: number) => {
    if (!done && last >= items.length - 20) actions.loadMore();
    const keys = new Set<string>();
    for (let i = first; i < last; i++) if (items[i]?.kind === 'header') keys.add((items[i] as { key: string }).key);
    if (keys.size) actions.countGroups([...keys]);
  };

  const taggingEntry = tagging ? (entries ?? []).find((e) => e.id === tagging) : undefined;
  const isEmptyLibrary = entries != null && entries.length === 0 && done;
  const unfiltered = !isFiltered(filter);
  return (
    <section class="library" aria-label={t('libraryListLabel')}>
      <LibraryFilters filter={filter} options={options} onChange={actions.setFilter} onClear={actions.clearFilter} />
      <p class="hint lib-count" data-testid="library-count" aria-live="polite">
        {total != null ? t('libraryCount', String(total)) : entries ? t('libraryCountLoaded', String(entries.length) + (done ? '' : '+')) : ''}
        {' · '}
        <span class="lib-keys">{t('libraryKeysHint')}</span>
      </p>
      {(selected.size > 0 || (entries?.length ?? 0) > 0) && (
        <BulkBar
          count={selected.size}
          busy={busy}
          onSelectAll={actions.selectAll}
          onClear={actions.clearSelection}
          onStar={() => actions.star([...selected], true)}
          onRead={() => actions.read([...selected], true)}
          onDelete={() => actions.remove([...selected])}
          onExport={actions.exportSelected}
          onCopyCitation={actions.copyCitations}
        />
      )}
      {notice && <p class="notice" data-testid="library-notice">{notice}</p>}
      {taggingEntry && (
        <TagEditor
          title={taggingEntry.lead.title}
          tags={marks.get(taggingEntry.id)?.tags ?? []}
          onSave={(tags) => {
            actions.setTags(taggingEntry.id, tags);
            setTagging(null);
          }}
          onCancel={() => setTagging(null)}
        />
      )}
      {entries == null ? (
        <p class="loading">{t('readerLoading')}</p>
      ) : isEmptyLibrary ? (
        unfiltered ? empty : <p class="hint" data-testid="library-no-match">{t('libraryNoMatch')}</p>
      ) : (
        <VirtualList items={items} active={activeIndex} label={t('libraryListLabel')} renderItem={renderItem} renderStickyHeader={groupLabel} onKeyDown={onKeyDown} onRange={onRange} />
      )}
      {toast && <UndoToast key={toast.key} message={toast.message} ms={UNDO_MS} onUndo={actions.undo} onExpire={actions.dismissToast} />}
    </section>
  );
}
