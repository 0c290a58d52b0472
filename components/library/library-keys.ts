import type { LibraryItem } from './library-items';

/** The entry item `step` entries away from `from` (headers skipped), clamped to the list. */
export function moveActive(items: readonly LibraryItem[], from: number, step: number): number {
  const entries: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i]!.kind === 'entry') entries.push(i);
  if (!entries.length) return -1;
  if (from < 0) return step >= 0 ? entries[0]! : entries[entries.length - 1]!;
  let at = entries.findIndex((i) => i >= from);
  if (at < 0) at = entries.length - 1;
  return entries[Math.max(0, Math.min(entries.length - 1, at + step))]!;
}

/** Entry ids between two item indexes, inclusive (shift-click and shift-arrow selection). */
export function idsBetween(items: readonly LibraryItem[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) {
    const it = items[i];
    if (it?.kind === 'entry') out.push(it.id);
  }
  return out;
}
