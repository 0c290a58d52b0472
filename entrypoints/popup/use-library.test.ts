// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { openQubaoDb } from '@/lib/store';
import { generatedLibrary } from '@/lib/store/library-entries-test-support';
import { LibraryView } from '@/components/library/library-view';
import { FIRST_PAGE, preloadLibrary, useLibrary } from './use-library';

// Plain h() calls: vitest only collects *.test.ts under entrypoints/.
const opened: string[] = [];
function Library() {
  return h(LibraryView, { ...useLibrary((id) => opened.push(id)), empty: h('p', { 'data-testid': 'empty-state' }, '空') });
}

const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
const qa = (id: string) => [...document.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
const db = openQubaoDb();
const lib = generatedLibrary(300);

beforeEach(async () => {
  opened.length = 0;
  await Promise.all([db.articles.clear(), db.articleMarks.clear(), db.topicAlerts.clear()]);
  await db.articles.bulkPut(lib);
});
afterEach(() => render(null, document.body));

describe('useLibrary', () => {
  it('shows the first page with the total from the running counts, stars into articleMarks, and marks an opened article read', async () => {
    render(h(Library, null), document.body);
    await vi.waitFor(() => expect(qa('article-row').length).toBeGreaterThan(3));
    await vi.waitFor(() => expect(q('library-count')!.textContent).toContain('共 300 篇'));
    const first = qa('article-row')[0]!;
    const id = first.dataset.id!;
    (first.querySelector('[data-testid="row-star"]') as HTMLElement).click();
    await vi.waitFor(async () => expect((await db.articleMarks.get(id))?.starred).toBe(1));
    await vi.waitFor(() => expect(qa('article-row')[0]!.querySelector('[data-testid="row-star"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.articles.get(id))!.starred).toBe(0); // the article row is not rewritten
    qa('article-row')[1]!.click();
    expect(opened).toEqual([qa('article-row')[1]!.dataset.id]);
    await vi.waitFor(async () => expect((await db.articleMarks.get(opened[0]!))?.readAt).toBeGreaterThan(0));
  });

  it('paints the first page with its marks in the first render when it was read before', async () => {
    await db.articleMarks.put({ articleId: lib[299]!.id, starred: 1, readAt: 0, tags: ['交通'], updatedAt: 1 });
    await preloadLibrary();
    render(h(Library, null), document.body);
    const rows = qa('article-row');
    expect(rows).not.toHaveLength(0);
    expect(rows.length).toBeLessThanOrEqual(FIRST_PAGE);
    const starredRow = rows.find((r) => r.dataset.id === lib[299]!.id);
    expect(starredRow?.querySelector('[data-testid="row-tag"]')?.textContent).toBe('交通');
    await vi.waitFor(() => expect(q('library-count')!.textContent).toContain('共 300 篇'));
  });

  it('deletes at once and puts the article back on 撤销', async () => {
    render(h(Library, null), document.body);
    await vi.waitFor(() => expect(qa('article-row').length).toBeGreaterThan(3));
    const id = qa('article-row')[0]!.dataset.id!;
    (qa('article-row')[0]!.querySelector('[data-testid="row-delete"]') as HTMLElement).click();
    await vi.waitFor(() => expect(q('undo-toast')!.textContent).toContain('已删除 1 篇'));
    expect(await db.articles.get(id)).toBeUndefined();
    expect(qa('article-row').some((r) => r.dataset.id === id)).toBe(false);
    // The total follows from the running counts (no index count).
    await vi.waitFor(() => expect(q('library-count')!.textContent).toContain('共 299 篇'));
    q('undo-button')!.click();
    await vi.waitFor(async () => expect(await db.articles.get(id)).toBeDefined());
    await vi.waitFor(() => expect(qa('article-row')[0]!.dataset.id).toBe(id));
    await vi.waitFor(() => expect(q('library-count')!.textContent).toContain('共 300 篇'));
    expect(q('undo-toast')).toBeNull();
  });

  it('filters to the starred articles and selects all of them for the bulk bar', async () => {
    const starred = [lib[5]!.id, lib[250]!.id];
    await db.articleMarks.bulkPut(starred.map((articleId) => ({ articleId, starred: 1, readAt: 0, tags: [], updatedAt: 1 })));
    render(h(Library, null), document.body);
    await vi.waitFor(() => expect(qa('article-row').length).toBeGreaterThan(3));
    const state = q('filter-state') as unknown as HTMLSelectElement;
    state.value = 'starred';
    state.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(qa('article-row').map((r) => r.dataset.id).sort()).toEqual([...starred].sort()));
    // No count answers a marks filter: counted by a scan after the rows are shown.
    await vi.waitFor(() => expect(q('library-count')!.textContent).toContain('共 2 篇'));
    q('bulk-select-all')!.click();
    await vi.waitFor(() => expect(q('bulk-count')!.textContent).toBe('已选 2 篇'));
  });
});
