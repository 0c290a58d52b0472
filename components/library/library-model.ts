import type { ExportFormat } from '@/lib/export';
import type { ArticleMarkRecord } from '@/lib/store/article-marks';
import type { LibraryEntry } from '@/lib/store/library-entries';
import type { LibraryFilter } from '@/lib/store/library-entries-filter';
import type { FilterOptions } from './library-filters';

/** What the library screen shows (entrypoints/popup/use-library does the I/O). */
export interface LibraryModel {
  filter: LibraryFilter;
  options: FilterOptions;
  /** Entries read so far in list order; null before the first page. */
  entries: LibraryEntry[] | null;
  /** No more entries to read. */
  done: boolean;
  /** Articles matching, when an index count gives it; null otherwise. */
  total: number | null;
  groupCounts: ReadonlyMap<string, number>;
  marks: ReadonlyMap<string, ArticleMarkRecord>;
  /** Selected entry ids. */
  selected: ReadonlySet<string>;
  /** The undo offer after a delete; `key` changes with every delete. */
  toast: { message: string; key: number } | null;
  notice: string | null;
  busy: boolean;
  actions: LibraryActions;
}

export interface LibraryActions {
  setFilter: (change: Partial<LibraryFilter>) => void;
  clearFilter: () => void;
  loadMore: () => void;
  countGroups: (keys: string[]) => void;
  open: (id: string) => void;
  star: (ids: string[], on: boolean) => void;
  read: (ids: string[], on: boolean) => void;
  setTags: (id: string, tags: string[]) => void;
  remove: (ids: string[]) => void;
  undo: () => void;
  dismissToast: () => void;
  select: (ids: string[], on: boolean) => void;
  selectAll: () => void;
  clearSelection: () => void;
  exportSelected: (format: ExportFormat) => void;
  copyCitations: () => void;
}
