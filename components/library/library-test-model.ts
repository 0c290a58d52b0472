// Test support: a LibraryModel with spy actions, for component tests.
import { vi } from 'vitest';
import { NO_FILTER } from '@/lib/store/library-entries-filter';
import type { LibraryActions, LibraryModel } from './library-model';

export function libraryModel(over: Partial<LibraryModel> = {}): LibraryModel & { actions: { [K in keyof LibraryActions]: ReturnType<typeof vi.fn> } } {
  const names: (keyof LibraryActions)[] = ['setFilter', 'clearFilter', 'loadMore', 'countGroups', 'open', 'star', 'read', 'setTags', 'remove', 'undo', 'dismissToast', 'select', 'selectAll', 'clearSelection', 'exportSelected', 'copyCitations'];
  const actions = Object.fromEntries(names.map((n) => [n, vi.fn()])) as never;
  return {
    filter: NO_FILTER,
    options: { papers: ['江湾报', '茅河报'], topics: [{ id: 3, name: '河道整治' }], tags: ['交通'], places: ['山阳镇'] },
    entries: [],
    done: true,
    total: 0,
    groupCounts: new Map(),
    marks: new Map(),
    selected: new Set(),
    toast: null,
    notice: null,
    busy: false,
    actions,
    ...over,
  } as never;
}
