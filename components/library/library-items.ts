// The library list as the windowed list draws it: entries with a group header before each new
// date or paper, and the pixel offset of every item (fixed heights per kind, so an item's place
// is a prefix sum and the first visible item a binary search, whatever the list's length).
import type { LibraryEntry } from '@/lib/store/library-entries';
import { groupKeyOf, type LibraryGroupBy } from '@/lib/store/library-entries-filter';

export const ROW_HEIGHT = 58;
export const HEADER_HEIGHT = 26;

export type LibraryItem = { kind: 'header'; key: string; id: string } | { kind: 'entry'; entry: LibraryEntry; group: string; id: string };

export function libraryItems(entries: readonly LibraryEntry[], by: LibraryGroupBy): LibraryItem[] {
  const out: LibraryItem[] = [];
  let last: string | null = null;
  for (const entry of entries) {
    const key = groupKeyOf(entry.lead, by);
    if (key !== last) out.push({ kind: 'header', key, id: `g:${key}` });
    last = key;
    out.push({ kind: 'entry', entry, group: key, id: entry.id });
  }
  return out;
}

/** offsets[i] = top of item i; offsets[length] = total height. */
export function itemOffsets(items: readonly LibraryItem[]): Float64Array {
  const out = new Float64Array(items.length + 1);
  for (let i = 0; i < items.length; i++) out[i + 1] = out[i]! + (items[i]!.kind === 'header' ? HEADER_HEIGHT : ROW_HEIGHT);
  return out;
}

/** The item at pixel `y` (the last whose top is at or above it). */
export function itemAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Items to draw for a viewport: the visible ones plus `overscan` either side. */
export function visibleRange(offsets: Float64Array, scrollTop: number, height: number, overscan = 6): [number, number] {
  const count = offsets.length - 1;
  if (count <= 0) return [0, 0];
  const first = Math.max(0, itemAt(offsets, scrollTop) - overscan);
  const last = Math.min(count, itemAt(offsets, scrollTop + height) + 1 + overscan);
  return [first, last];
}

/** The group of the item at the top of the viewport (for the sticky header). */
export function groupAt(items: readonly LibraryItem[], index: number): string | null {
  for (let i = Math.min(index, items.length - 1); i >= 0; i--) {
    const it = items[i]!;
    if (it.kind === 'header') return it.key;
    if (it.kind === 'entry') return it.group;
  }
  return null;
}

/**
 * Where item `index` of `before` is in `after`, matched by id (-1 when it is gone): the list read
 * again from the database (new articles saved meanwhile) can put rows above it.
 */
export function followItem(before: readonly LibraryItem[], after: readonly LibraryItem[], index: number): number {
  const id = before[index]?.id;
  if (id === undefined) return -1;
  if (after[index]?.id === id) return index;
  return after.findIndex((it) => it.id === id);
}
