// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NO_FILTER } from '@/lib/store/library-entries-filter';
import type { LibraryEntry } from '@/lib/store/library-entries';
import { sampleArticle, sampleEntry } from '../test-data';
import { LibraryView, UNDO_MS } from './library-view';
import { libraryModel } from './library-test-model';

const root = () => document.body.appendChild(document.createElement('div'));
const all = (el: Element, id: string) => [...el.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
const one = (el: Element, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement;
afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.useRealTimers();
});

function library(n: number, days = 10): LibraryEntry[] {
  return Array.from({ length: n }, (_, i) => sampleEntry(sampleArticle({ id: `a${i}`, title: `第${i}篇`, date: `2026-05-${String(28 - Math.floor(i / Math.ceil(n / days))).padStart(2, '0')}` })));
}

const key = (el: Element, k: string, extra: KeyboardEventInit = {}) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...extra })));

describe('LibraryView list', () => {
  it('draws only the rows in view of a long list, under date headers, and asks for more near the end', () => {
    const el = root();
    const m = libraryModel({ entries: library(5000, 50), done: false, total: 100000 });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    const rows = all(el, 'article-row');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(30);
    expect(all(el, 'group-header')[0]!.textContent).toContain('2026-05-28');
    expect(one(el, 'library-list').getAttribute('role')).toBe('listbox');
    expect(rows[0]!.getAttribute('role')).toBe('option');
    expect(one(el, 'library-count').textContent).toContain('共 100000 篇');
    expect(m.actions.countGroups).toHaveBeenCalledWith(['2026-05-28']);
    expect(m.actions.loadMore).not.toHaveBeenCalled();

    const short = libraryModel({ entries: library(8), done: false });
    act(() => render(<LibraryView {...short} empty={null} />, el));
    expect(short.actions.loadMore).toHaveBeenCalled();
  });

  it('moves with the arrow keys (headers skipped), opens with Enter, stars with S, deletes with Delete', () => {
    const el = root();
    const m = libraryModel({ entries: library(6, 2) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    const list = one(el, 'library-list');
    key(list, 'ArrowDown');
    key(list, 'ArrowDown');
    key(list, 'ArrowDown');
    key(list, 'ArrowDown'); // past the second date header
    expect(el.querySelector('.lib-row.active [data-testid="row-title"]')!.textContent).toBe('第3篇');
    expect(list.getAttribute('aria-activedescendant')).toBe(el.querySelector('.lib-row.active')!.id);
    key(list, 'Enter');
    expect(m.actions.open).toHaveBeenCalledWith('a3');
    key(list, 's');
    expect(m.actions.star).toHaveBeenCalledWith(['a3'], true);
    key(list, 'Delete');
    expect(m.actions.remove).toHaveBeenCalledWith(['a3']);
    key(list, 'ArrowUp', { shiftKey: true });
    expect(m.actions.select).toHaveBeenCalledWith(['a2', 'a3'], true);
  });

  it('selects with the box and shift-click ranges; a row click opens the article', () => {
    const el = root();
    const m = libraryModel({ entries: library(5, 1) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    all(el, 'row-select')[1]!.click();
    expect(m.actions.select).toHaveBeenLastCalledWith(['a1'], true);
    act(() => void all(el, 'article-row')[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true })));
    expect(m.actions.select).toHaveBeenLastCalledWith(['a1', 'a2', 'a3'], true);
    all(el, 'article-row')[4]!.click();
    expect(m.actions.open).toHaveBeenCalledWith('a4');
  });

  it('acts on the whole selection from a selected row, and from the bulk bar', () => {
    const el = root();
    const m = libraryModel({ entries: library(4, 1), selected: new Set(['a0', 'a2']) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    expect(one(el, 'bulk-count').textContent).toBe('已选 2 篇');
    all(el, 'row-read')[2]!.click();
    expect(m.actions.read).toHaveBeenCalledWith(['a0', 'a2'], true);
    all(el, 'row-star')[1]!.click();
    expect(m.actions.star).toHaveBeenCalledWith(['a1'], true);
    one(el, 'bulk-delete').click();
    expect(m.actions.remove).toHaveBeenCalledWith(['a0', 'a2']);
    (one(el, 'bulk-format') as unknown as HTMLSelectElement).value = 'ris';
    act(() => void one(el, 'bulk-format').dispatchEvent(new Event('change', { bubbles: true })));
    one(el, 'bulk-export').click();
    expect(m.actions.exportSelected).toHaveBeenCalledWith('ris');
    one(el, 'bulk-select-all').click();
    expect(m.actions.selectAll).toHaveBeenCalled();
  });

  it('shows marks: star, read, tags as text', () => {
    const el = root();
    const marks = new Map([['a0', { articleId: 'a0', starred: 1 as const, readAt: 5, tags: ['<b>交通</b>'], updatedAt: 5 }]]);
    act(() => render(<LibraryView {...libraryModel({ entries: library(2, 1), marks })} empty={null} />, el));
    const row = all(el, 'article-row')[0]!;
    expect(row.classList.contains('read')).toBe(true);
    expect(one(row, 'row-star').getAttribute('aria-pressed')).toBe('true');
    expect(one(row, 'row-tag').textContent).toBe('<b>交通</b>');
    expect(row.querySelector('b')).toBeNull();
  });

  it('edits tags of the active row', () => {
    const el = root();
    const m = libraryModel({ entries: library(2, 1) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    act(() => all(el, 'row-tags')[0]!.click());
    const input = one(el, 'tag-input') as HTMLInputElement;
    input.value = '交通，民生 河道';
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    act(() => void one(el, 'tag-editor').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(m.actions.setTags).toHaveBeenCalledWith('a0', ['交通', '民生', '河道']);
    expect(one(el, 'tag-editor')).toBeNull();
  });
});

describe('LibraryView when its rows are replaced (the database page over the snapshot)', () => {
  const fresh = (n: number) => sampleEntry(sampleArticle({ id: `new${n}`, title: `新${n}篇`, date: '2026-05-28' }));

  it('keeps the keyboard-active row on its article when new articles land above it, and asks for the visible group counts again', () => {
    const el = root();
    const m = libraryModel({ entries: library(6, 2) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    const list = one(el, 'library-list');
    for (let i = 0; i < 4; i++) key(list, 'ArrowDown');
    expect(el.querySelector('.lib-row.active [data-testid="row-title"]')!.textContent).toBe('第3篇');
    m.actions.countGroups.mockClear();
    act(() => render(<LibraryView {...m} entries={[fresh(1), fresh(2), ...library(6, 2)]} empty={null} />, el));
    expect(el.querySelector('.lib-row.active [data-testid="row-title"]')!.textContent).toBe('第3篇');
    expect(list.getAttribute('aria-activedescendant')).toBe(el.querySelector('.lib-row.active')!.id);
    expect(m.actions.countGroups).toHaveBeenCalled();
    key(list, 'Enter');
    expect(m.actions.open).toHaveBeenCalledWith('a3');
  });

  it('keeps the row at the top of a scrolled list in place', () => {
    const el = root();
    const m = libraryModel({ entries: library(200, 4) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    const list = one(el, 'library-list');
    list.scrollTop = 58 * 50;
    act(() => render(<LibraryView {...m} entries={[fresh(1), fresh(2), fresh(3), ...library(200, 4)]} empty={null} />, el));
    expect(list.scrollTop).toBe(58 * 53);
  });
});

describe('LibraryView filters, empty states and undo', () => {
  it('sends filter changes and clears them', () => {
    const el = root();
    const m = libraryModel({ entries: library(2, 1) });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    const set = (id: string, v: string) => {
      const c = one(el, id) as HTMLInputElement;
      c.value = v;
      act(() => void c.dispatchEvent(new Event('change', { bubbles: true })));
    };
    const more = one(el, 'filter-more');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect((el.querySelector('#library-more-filters') as HTMLElement).hidden).toBe(true);
    act(() => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect((el.querySelector('#library-more-filters') as HTMLElement).hidden).toBe(false);
    set('filter-paper', '茅河报');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ paper: '茅河报' });
    set('filter-state', 'starred');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ state: 'starred' });
    set('filter-topic', '3');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ topicId: 3 });
    set('filter-page', ' 2 ');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ page: '2' });
    set('filter-from', '2026-05-01');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ from: '2026-05-01' });
    set('filter-group', 'paper');
    expect(m.actions.setFilter).toHaveBeenLastCalledWith({ groupBy: 'paper' });
    one(el, 'filter-clear').click();
    expect(m.actions.clearFilter).toHaveBeenCalled();
    expect(el.querySelector('label select[data-testid="filter-paper"]')).not.toBeNull();
  });

  it('shows the empty library state without filters and a no-match line with them', () => {
    const el = root();
    act(() => render(<LibraryView {...libraryModel({ entries: [], done: true })} empty={<p data-testid="empty-state">空</p>} />, el));
    expect(one(el, 'empty-state')).not.toBeNull();
    act(() => render(<LibraryView {...libraryModel({ entries: [], done: true, filter: { ...NO_FILTER, state: 'unread' } })} empty={<p data-testid="empty-state">空</p>} />, el));
    expect(one(el, 'empty-state')).toBeNull();
    expect(one(el, 'library-no-match').textContent).toBe('没有符合筛选条件的文章。');
  });

  it('offers 撤销 after a delete, and lets the offer lapse after its time', () => {
    vi.useFakeTimers();
    const el = root();
    const m = libraryModel({ entries: library(1, 1), toast: { message: '已删除 1 篇', key: 1 } });
    act(() => render(<LibraryView {...m} empty={null} />, el));
    expect(one(el, 'undo-toast').getAttribute('role')).toBe('status');
    one(el, 'undo-button').click();
    expect(m.actions.undo).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(m.actions.dismissToast).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(m.actions.dismissToast).toHaveBeenCalledTimes(1);
  });
});
