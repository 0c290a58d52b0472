// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openQubaoDb } from '@/lib/store';
import { generatedLibrary } from '@/lib/store/library-entries-test-support';
import { readLibrarySnapshot, writeLibrarySnapshot } from '@/lib/store/library-snapshot';
import { readFirstPaintSnapshot } from './first-paint';
import { firstPaintViews } from './first-paint-views';
import { recordedCount, resetFirstFrameActions } from './first-frame-actions';
import { startPopup } from './popup-app';
import { PopupRoot, resetPopupRoot } from './popup-root';
import { PopupView } from './popup-view';
import { preloadLibrary, readyFirstPage } from './use-library';

// Plain h() calls: vitest only collects *.test.ts under entrypoints/.
const db = openQubaoDb();
const lib = generatedLibrary(60);
const boxes: HTMLElement[] = [];
const box = () => {
  const el = document.createElement('div');
  document.body.appendChild(el);
  boxes.push(el);
  return el;
};

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false as never);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false } as never);
  localStorage.clear();
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('chrome-extension://test-extension-id/popup.html');
  await Promise.all([db.articles.clear(), db.articleMarks.clear()]);
  await db.articles.bulkPut(lib);
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 150)); // a hook-up still waiting for its frame (at most 100 ms) lands in this test
  for (const el of boxes.splice(0)) (render(null, el), el.remove());
  resetFirstFrameActions();
  resetPopupRoot();
});

describe('popup first paint', () => {
  it('draws from the first states exactly what the popup with its hooks draws in its first render', () => {
    const newest = [...lib].reverse().slice(0, 24);
    writeLibrarySnapshot(newest.map((a) => ({ id: a.id, lead: a, parts: [a] })), new Map([[newest[1]!.id, { articleId: newest[1]!.id, starred: 1 as const, readAt: 3, tags: ['民生'], updatedAt: 1 }]]));
    const first = box();
    render(h(PopupView, firstPaintViews(readFirstPaintSnapshot()!)), first);
    expect(first.querySelectorAll('[data-testid="article-row"]').length).toBeGreaterThan(3);
    const app = box();
    readFirstPaintSnapshot();
    startPopup(app, true);
    expect(app.innerHTML).toBe(first.innerHTML);
  });

  it('mounts over the first frame and replaces its rows with the database first page', async () => {
    writeLibrarySnapshot([{ id: 'gone', lead: { ...lib[0]!, id: 'gone', title: '删掉的' }, parts: [{ ...lib[0]!, id: 'gone', title: '删掉的' }] }], new Map());
    const app = box();
    render(h(PopupView, firstPaintViews(readFirstPaintSnapshot()!)), app);
    expect(app.querySelector('[data-testid="row-title"]')!.textContent).toBe('删掉的');
    startPopup(app, true);
    await vi.waitFor(() => expect(app.querySelectorAll('[data-testid="article-row"]').length).toBeGreaterThan(3));
    expect([...app.querySelectorAll('[data-testid="row-title"]')].map((r) => r.textContent)).not.toContain('删掉的');
    await vi.waitFor(() => expect(readLibrarySnapshot()!.entries[0]!.id).toBe(lib[59]!.id));
  });

  it('without a snapshot draws nothing until the first page is read, then its rows', async () => {
    expect(readFirstPaintSnapshot()).toBeNull();
    const app = box();
    startPopup(app, false);
    expect(app.innerHTML).toBe('');
    await vi.waitFor(() => expect(app.querySelectorAll('[data-testid="article-row"]').length).toBeGreaterThan(3));
  });

  it('hooks up over the first frame in place: its row nodes stay, and a star clicked before the hooks is stored', async () => {
    const newest = [...lib].reverse().slice(0, 24);
    writeLibrarySnapshot(newest.map((a) => ({ id: a.id, lead: a, parts: [a] })), new Map());
    const app = box();
    // As main.tsx draws it: the root component with the first frame's views.
    render(h(PopupRoot, { first: firstPaintViews(readFirstPaintSnapshot()!) }), app);
    const row = app.querySelector('[data-testid="article-row"]')!;
    (row.querySelector('[data-testid="row-star"]') as HTMLButtonElement).click();
    expect(recordedCount()).toBeGreaterThan(0);
    expect(await db.articleMarks.get(newest[0]!.id)).toBeUndefined();
    startPopup(app, true);
    expect(app.querySelector('[data-testid="article-row"]')).toBe(row);
    await vi.waitFor(async () => expect((await db.articleMarks.get(newest[0]!.id))?.starred).toBe(1));
    await vi.waitFor(() => expect(app.querySelector('[data-testid="row-star"]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(recordedCount()).toBe(0);
    expect(app.querySelector('[data-testid="article-row"]')).toBe(row);
  });

  it('a tab chosen in the first frame stays chosen when the hooks come up', async () => {
    writeLibrarySnapshot([{ id: lib[0]!.id, lead: lib[0]!, parts: [lib[0]!] }], new Map());
    const app = box();
    render(h(PopupRoot, { first: firstPaintViews(readFirstPaintSnapshot()!) }), app);
    const tabs = [...app.querySelectorAll('[role="tab"]')] as HTMLElement[];
    expect(tabs.length).toBe(3);
    tabs[1]!.click();
    await vi.waitFor(() => expect(tabs[1]!.getAttribute('aria-selected')).toBe('true'));
    startPopup(app, true);
    await new Promise((r) => setTimeout(r, 50));
    expect(app.querySelector('[role="tab"][aria-selected="true"]')).toBe(tabs[1]);
  });

  it('without a snapshot draws the first page read as a first frame: the same DOM the hooks then render over it', async () => {
    await preloadLibrary();
    const page = readyFirstPage()!;
    expect(page.entries.length).toBeGreaterThan(3);
    const first = box();
    render(h(PopupRoot, { first: firstPaintViews(page, page.done) }), first);
    expect(first.querySelectorAll('[data-testid="article-row"]').length).toBeGreaterThan(3);
    const app = box();
    startPopup(app, true); // the hooks start from that same page read
    expect(app.innerHTML).toBe(first.innerHTML);
  });
});

