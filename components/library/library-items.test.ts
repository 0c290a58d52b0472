import { describe, expect, it } from 'vitest';
import { sampleArticle, sampleEntry } from '../test-data';
import { groupAt, HEADER_HEIGHT, itemAt, itemOffsets, libraryItems, ROW_HEIGHT, visibleRange } from './library-items';

const entry = (id: string, date: string | null, paperName = '江湾报') => sampleEntry(sampleArticle({ id, date, paperName }));

describe('library items', () => {
  it('puts a header before each new group, by date or by paper', () => {
    const entries = [entry('a', '2026-05-06'), entry('b', '2026-05-06', '茅河报'), entry('c', '2026-05-05', '茅河报'), entry('d', null)];
    expect(libraryItems(entries, 'date').map((i) => (i.kind === 'header' ? `#${i.key}` : i.id))).toEqual(['#2026-05-06', 'a', 'b', '#2026-05-05', 'c', '#', 'd']);
    expect(libraryItems(entries, 'paper').map((i) => (i.kind === 'header' ? `#${i.key}` : i.id))).toEqual(['#江湾报', 'a', '#茅河报', 'b', 'c', '#江湾报', 'd']);
  });

  it('finds the items in view of a 100,000-entry list by offset', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => entry(`a${i}`, `2026-01-${String(1 + Math.floor(i / 4000)).padStart(2, '0')}`));
    const items = libraryItems(entries, 'date');
    const offsets = itemOffsets(items);
    expect(offsets[items.length]).toBe(100_000 * ROW_HEIGHT + 25 * HEADER_HEIGHT);
    const y = offsets[50_010]! + 3;
    expect(itemAt(offsets, y)).toBe(50_010);
    const [first, last] = visibleRange(offsets, y, 360, 6);
    expect(first).toBe(50_004);
    expect(last - first).toBeLessThan(25);
    expect(groupAt(items, 50_010)).toBe('2026-01-13');
    expect(visibleRange(itemOffsets([]), 0, 360)).toEqual([0, 0]);
  });
});
