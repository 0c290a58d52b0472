// What the popup shows before any of its I/O has answered: each hook's first state (the hooks
// start from these, so the two can never differ), and the library snapshot of the last popup.
// main.tsx draws the popup from them with the same components before Dexie and the hooks are
// even loaded (popup-app.tsx); nothing here imports Dexie or the extension API.
import { NO_FILTER, type LibraryFilter } from '@/lib/store/library-entries-filter';
import { readLibrarySnapshot, type LibrarySnapshot } from '@/lib/store/library-snapshot';
import type { FilterOptions } from '@/components/library/library-filters';
import type { LibraryModel } from '@/components/library/library-model';
import type { SearchView } from '@/components/search-panel';
import type { TabView } from '@/components/tab-status-panel';

export const NO_TAB: TabView = { tabId: null, url: null, origin: null, enabled: false, status: null, mode: 'auto' };
export const NO_OPTIONS: FilterOptions = { papers: [], topics: [], tags: [], places: [] };

/** The library's filter as the URL sets it (the reader's place and tag chips open the popup that way). */
export function initialFilter(): LibraryFilter {
  const q = new URLSearchParams(location.search);
  return { ...NO_FILTER, place: q.get('place'), tag: q.get('tag') };
}

export const initialSearch = (): SearchView => ({ query: new URLSearchParams(location.search).get('q') ?? '', hits: null, total: 0, error: null });

export const sameFilter = (a: LibraryFilter, b: LibraryFilter) => JSON.stringify(a) === JSON.stringify(b);

let snapshot: LibrarySnapshot | null = null;

/**
 * The last popup's first page (lib/store/library-snapshot.ts), when this popup opens on the view
 * it was taken of (no filter from the URL): the popup then paints at once, before the database
 * answers, and useLibrary replaces these rows with the real first page as soon as it is read.
 */
export function readFirstPaintSnapshot(): LibrarySnapshot | null {
  snapshot = sameFilter(initialFilter(), NO_FILTER) ? readLibrarySnapshot() : null;
  return snapshot;
}

/** The snapshot for the first library mounted; once (a library mounted later reads the database). */
export function takeSnapshot(): LibrarySnapshot | null {
  const s = snapshot;
  snapshot = null;
  return s;
}

/**
 * The library as useLibrary starts on a snapshot, or on the first page read before it mounted
 * (entries from it, `done` as the read found it, nothing counted yet), with the given actions.
 */
export function snapshotLibrary(s: LibrarySnapshot, actions: LibraryModel['actions'], done = false): LibraryModel {
  return { filter: initialFilter(), options: NO_OPTIONS, entries: s.entries, done, total: null, groupCounts: new Map(), marks: s.marks, selected: new Set(), toast: null, notice: null, busy: false, actions };
}
