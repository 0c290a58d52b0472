// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { SearchHit } from '@/lib/search/types';
import { SearchPanel, type SearchView } from './search-panel';

afterEach(() => (document.body.innerHTML = ''));
const root = () => document.body.appendChild(document.createElement('div'));
const all = (el: Element, id: string) => [...el.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

const hit: SearchHit = {
  id: 'a1',
  score: 3.2,
  title: '张堰镇老街改造完成',
  titleHighlights: [{ start: 0, end: 3 }],
  snippet: '…今年张堰镇完成了老街改造<b>',
  snippetHighlights: [{ start: 3, end: 6 }],
};

function view(over: Partial<SearchView> = {}): SearchView {
  return { query: '张堰镇', hits: [hit], total: 1, error: null, ...over };
}

describe('SearchPanel', () => {
  it('shows ranked results with the matched words in <mark>, as text', () => {
    const el = root();
    const onOpen = vi.fn();
    render(<SearchPanel search={view()} indexing={null} onQuery={vi.fn()} onOpen={onOpen} />, el);
    const [row] = all(el, 'search-result');
    expect(row!.querySelector('[data-testid="result-title"] mark')?.textContent).toBe('张堰镇');
    const snippet = row!.querySelector('[data-testid="result-snippet"]')!;
    expect(snippet.querySelector('mark')?.textContent).toBe('张堰镇');
    expect(snippet.querySelector('b')).toBeNull();
    expect(snippet.textContent).toContain('<b>');
    row!.click();
    expect(onOpen).toHaveBeenCalledWith('a1');
  });

  it('reports typing and shows no results for an empty query', () => {
    const el = root();
    const onQuery = vi.fn();
    render(<SearchPanel search={view({ query: '' })} indexing={null} onQuery={onQuery} onOpen={vi.fn()} />, el);
    expect(all(el, 'search-result')).toHaveLength(0);
    const input = all(el, 'search-input')[0] as HTMLInputElement;
    input.value = '启迪';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onQuery).toHaveBeenCalledWith('启迪');
  });

  it('shows the indexing job progress while it runs', () => {
    const el = root();
    render(<SearchPanel search={view({ query: '' })} indexing={{ done: 40, total: 120 }} onQuery={vi.fn()} onOpen={vi.fn()} />, el);
    expect(all(el, 'index-progress')[0]?.textContent).toContain('40');
    expect(all(el, 'index-progress')[0]?.textContent).toContain('120');
  });

  it('offers more results only when more match than are listed', () => {
    const el = root();
    const onMore = vi.fn();
    render(<SearchPanel search={view({ total: 35 })} indexing={null} onQuery={vi.fn()} onOpen={vi.fn()} onMore={onMore} />, el);
    all(el, 'search-more')[0]!.click();
    expect(onMore).toHaveBeenCalledTimes(1);
    render(<SearchPanel search={view({ total: 1 })} indexing={null} onQuery={vi.fn()} onOpen={vi.fn()} onMore={onMore} />, el);
    expect(all(el, 'search-more')).toEqual([]);
  });

  it('shows an exact total as it is and an upper bound as approximate (约 N)', () => {
    const el = root();
    render(<SearchPanel search={view({ total: 1200, exact: true })} indexing={null} onQuery={vi.fn()} onOpen={vi.fn()} />, el);
    expect(all(el, 'search-count')[0]!.textContent).toBe('找到 1200 篇');
    render(<SearchPanel search={view({ total: 1200, exact: false })} indexing={null} onQuery={vi.fn()} onOpen={vi.fn()} />, el);
    expect(all(el, 'search-count')[0]!.textContent).toBe('约 1,200 篇');
  });
});
