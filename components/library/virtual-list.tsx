import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { followItem, groupAt, HEADER_HEIGHT, itemAt, itemOffsets, visibleRange, type LibraryItem } from './library-items';

export interface VirtualListProps {
  items: LibraryItem[];
  /** Index of the keyboard-active item (an entry), or -1. */
  active: number;
  label: string;
  /** Draws one item; `top` is its place in the list. */
  renderItem: (item: LibraryItem, index: number) => ComponentChildren;
  renderStickyHeader: (key: string) => ComponentChildren;
  onKeyDown: (e: KeyboardEvent) => void;
  /** The range drawn changed (loading more near the end, counting visible groups). */
  onRange: (first: number, last: number) => void;
  /** Viewport height before the first layout (happy-dom has no layout). */
  initialHeight?: number;
}

/**
 * A windowed listbox: only the items in view (plus overscan) are in the DOM, each absolutely
 * placed at its prefix-sum offset, so 100,000 entries cost what 30 do. The keyboard-active item
 * is kept in view and named by aria-activedescendant (focus stays on the list itself).
 */
export function VirtualList({ items, active, label, renderItem, renderStickyHeader, onKeyDown, onRange, initialHeight = 360 }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  const offsets = useMemo(() => itemOffsets(items), [items]);
  const [first, last] = visibleRange(offsets, scrollTop, height);
  const marked = useRef(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.clientHeight > 0) setHeight(el.clientHeight);
  }, []);

  useEffect(() => onRange(first, last), [first, last, items]);

  // Rows replaced under a scrolled list (the database's page over the snapshot, new articles on
  // top): the row at the top of the view stays there rather than the view jumping by their height.
  const before = useRef({ items, offsets });
  useLayoutEffect(() => {
    const prev = before.current;
    before.current = { items, offsets };
    const el = ref.current;
    if (!el || prev.items === items || el.scrollTop <= 0) return;
    const top = itemAt(prev.offsets, el.scrollTop);
    const now = followItem(prev.items, items, top);
    const shift = now < 0 ? 0 : offsets[now]! - prev.offsets[top]!;
    if (shift === 0) return;
    el.scrollTop += shift;
    setScrollTop(el.scrollTop);
  }, [items]);

  // The first painted rows, for the popup benchmark (bench/popup.browser-bench.ts): from the
  // commit that puts them in the DOM, the next frame's callback, then a task after that frame
  // (its paint done). useEffect would first wait for a paint of its own and mark a frame late.
  useLayoutEffect(() => {
    if (marked.current || !items.some((it) => it.kind === 'entry')) return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('qubao:first-row'), 0));
  }, [items]);

  // Keep the active item in view when the keyboard moves it.
  useEffect(() => {
    const el = ref.current;
    if (!el || active < 0 || active >= items.length) return;
    const top = offsets[active]!;
    const bottom = offsets[active + 1]!;
    if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = Math.max(0, top - HEADER_HEIGHT);
    else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
  }, [active]);

  const pending = useRef(false);
  const onScroll = () => {
    if (pending.current) return;
    pending.current = true;
    requestAnimationFrame(() => {
      pending.current = false;
      if (ref.current) setScrollTop(ref.current.scrollTop);
    });
  };

  const sticky = groupAt(items, itemAt(offsets, scrollTop));
  const activeItem = active >= 0 ? items[active] : undefined;
  const drawn: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    drawn.push(
      <div key={items[i]!.id} class="vl-item" style={{ top: `${offsets[i]}px`, height: `${offsets[i + 1]! - offsets[i]!}px` }}>
        {renderItem(items[i]!, i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      class="library-viewport"
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      aria-activedescendant={activeItem?.kind === 'entry' ? `lib-row-${active}` : undefined}
      tabIndex={0}
      data-testid="library-list"
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      {sticky != null && scrollTop > 0 && (
        <div class="vl-sticky" aria-hidden="true" data-testid="sticky-header">
          {renderStickyHeader(sticky)}
        </div>
      )}
      <div class="vl-inner" style={{ height: `${offsets[items.length]}px` }}>
        {drawn}
      </div>
    </div>
  );
}
