// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { openQubaoDb } from '@/lib/store';
import { generatedLibrary } from '@/lib/store/library-entries-test-support';
import { LibraryView } from '@/components/library/library-view';
import { LIBRARY_SNAPSHOT_KEY, readLibrarySnapshot, writeLibrarySnapshot } from '@/lib/store/library-snapshot';
import { FIRST_PAGE, preloadLibrary, readFirstPaintSnapshot, useLibrary } from './use-library';

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
  localStorage.clear();
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

  it("paints the last popup's snapshot in the first render, then replaces it with the database's first page in the same open", async () => {
    // The newest articles are lib[299], lib[298], …: the snapshot has a deleted article, a changed title and a star since removed.
    const newest = lib[299]!;
    const gone = { ...lib[0]!, id: 'deleted-since', title: '已删除的文章' };
    const changed = { ...lib[298]!, title: '旧标题' };
    const entries = [newest, gone, changed].map((a) => ({ id: a.id, lead: a, parts: [a] }));
    writeLibrarySnapshot(entries, new Map([[newest.id, { articleId: newest.id, starred: 1 as const, readAt: 0, tags: ['旧标签'], updatedAt: 1 }]]));
    expect(readFirstPaintSnapshot()).not.toBeNull();
    const page = preloadLibrary();
    render(h(Library, null), document.body);
    // First render: the snapshot's rows, before any read has answered.
    expect(qa('article-row').map((r) => r.dataset.id)).toEqual([newest.id, 'deleted-since', changed.id]);
    expect(qa('row-title')[2]!.textContent).toBe('旧标题');
    expect(qa('row-tag').map((x) => x.textContent)).toEqual(['旧标签']);
    await page;
    await vi.waitFor(() => expect(qa('article-row').length).toBeGreaterThan(3));
    const ids = qa('article-row').map((r) => r.dataset.id);
    expect(ids).not.toContain('deleted-since');
    expect(ids.slice(0, 2)).toEqual([newest.id, changed.id]);
    expect(qa('row-title')[1]!.textContent).toBe(lib[298]!.title);
    expect(qa('row-tag')).toHaveLength(0);
    expect(qa('article-row')[0]!.querySelector('[data-testid="row-star"]')!.getAttribute('aria-pressed')).toBe('false');
    // …and the next popup's snapshot is the real first page.
    await vi.waitFor(() => expect(readLibrarySnapshot()!.entries.map((e) => e.id).slice(0, ids.length)).toEqual(ids));
    expect(readLibrarySnapshot()!.entries).toHaveLength(FIRST_PAGE);
    expect(readLibrarySnapshot()!.entries[1]!.lead.title).toBe(lib[298]!.title);
  });

  it('keeps the snapshot in step with what the popup changes (a star, a delete) and shows it only once per page load', async () => {
    render(h(Library, null), document.body);
    await vi.waitFor(() => expect(readLibrarySnapshot()?.entries.length).toBe(FIRST_PAGE));
    const id = qa('article-row')[0]!.dataset.id!;
    (qa('article-row')[0]!.querySelector('[data-testid="row-star"]') as HTMLElement).click();
    await vi.waitFor(() => expect(readLibrarySnapshot()!.marks.get(id)?.starred).toBe(1));
    (qa('article-row')[0]!.querySelector('[data-testid="row-delete"]') as HTMLElement).click();
    await vi.waitFor(() => expect(readLibrarySnapshot()!.entries.map((e) => e.id)).not.toContain(id));
    render(null, document.body);
    // A library mounted again (tab switch) without readFirstPaintSnapshot reads the database, not a snapshot.
    localStorage.setItem(LIBRARY_SNAPSHOT_KEY, localStorage.getItem(LIBRARY_SNAPSHOT_KEY)!.replace(/第\d+篇 社区新闻/, '不该出现'));
    render(h(Library, null), document.body);
    expect(qa('article-row')).toHaveLength(0);
    await vi.waitFor(() => expect(qa('article-row').length).toBeGreaterThan(3));
    expect(qa('row-title').map((x) => x.textContent)).not.toContain('不该出现');
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
