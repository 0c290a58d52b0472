// The popup library in the built extension (Chromium, headless), popup.html opened as a tab:
// demo articles saved from two papers, then star, tag, filter, delete with 撤销, keyboard,
// bulk select and a CSV export of the selection.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { libraryFresh } from './support/saved-list';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';

const page1 = nth(JIANGWAN.pages, 0);
const jw = [nth(page1.articles, 0), nth(page1.articles, 2), nth(nth(JIANGWAN.pages, 1).articles, 1)];
const farm = nth(nth(MAOHE.pages, 0).articles, 0);
const ALL = [...jw, farm];

const titles = (p: Page) => p.locator('[data-testid="article-row"] [data-testid="row-title"]').allTextContents();
const rowOf = (p: Page, title: string) => p.locator('[data-testid="article-row"]').filter({ has: p.locator('[data-testid="row-title"]', { hasText: title }) });

describe('Qubao popup library in Chromium', () => {
  let server: DemoServer;
  let s: ChromiumSession;
  let popup: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
    const tabs = [];
    for (const a of jw) tabs.push(await s.visit(`${issueDir(JIANGWAN)}/content_${a.id}.htm`));
    tabs.push(await s.visit(`${issueDir(MAOHE)}/content_${farm.id}.htm`));
    await s.waitForSaved((l) => ALL.every((a) => l.rows.some((r) => r.title === a.title)), 'the four demo articles');
    await Promise.all(tabs.map((t) => t.close()));
    popup = await s.browser.context.newPage();
    await popup.goto(`${s.extensionUrl}popup.html`);
    await popup.waitForSelector('[data-testid="article-row"]');
    await popup.waitForFunction(libraryFresh);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  it('lists the saved articles under date headers with a count, and stars one that stays starred', async () => {
    expect((await titles(popup)).sort()).toEqual(ALL.map((a) => a.title).sort());
    // The total comes from the running counts the background's saves kept (library-counts-middleware).
    await waitFor(() => popup.locator('[data-testid="library-count"]').textContent(), (t) => !!t?.includes('共 4 篇'), 'total of 4');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await popup.locator('[data-testid="group-header"]').count()).toBeGreaterThan(0);
    await rowOf(popup, jw[0]!.title).locator('[data-testid="row-star"]').click();
    // The row shows the star once it is written; a reload before that would abort the write.
    await waitFor(() => rowOf(popup, jw[0]!.title).locator('[data-testid="row-star"]').getAttribute('aria-pressed'), (v) => v === 'true', 'star shown');
    await popup.reload();
    await popup.waitForSelector('[data-testid="article-row"]');
    await popup.waitForFunction(libraryFresh);
    await waitFor(() => rowOf(popup, jw[0]!.title).locator('[data-testid="row-star"]').getAttribute('aria-pressed'), (v) => v === 'true', 'star kept after reload');
  });

  it('tags an article and filters by tag, by starred and by paper', async () => {
    await rowOf(popup, jw[1]!.title).locator('[data-testid="row-tags"]').click();
    await popup.locator('[data-testid="tag-input"]').fill('养老，民生');
    await popup.locator('[data-testid="tag-save"]').click();
    await waitFor(() => rowOf(popup, jw[1]!.title).locator('[data-testid="row-tag"]').allTextContents(), (t) => t.join() === '养老,民生', 'tags shown');

    await popup.locator('[data-testid="filter-state"]').selectOption('starred');
    await waitFor(() => titles(popup), (t) => t.join() === jw[0]!.title, 'starred only');
    await popup.locator('[data-testid="filter-state"]').selectOption('all');
    await waitFor(() => popup.locator('[data-testid="filter-tag"] option').allTextContents(), (o) => o.includes('养老'), 'tag in the tag filter');
    await popup.locator('[data-testid="filter-more"]').click();
    await popup.locator('[data-testid="filter-tag"]').selectOption('养老');
    await waitFor(() => titles(popup), (t) => t.join() === jw[1]!.title, 'tagged only');
    await popup.locator('[data-testid="filter-clear"]').click();
    await popup.locator('[data-testid="filter-paper"]').selectOption(MAOHE.name);
    await waitFor(() => titles(popup), (t) => t.join() === farm.title, 'one paper');
    await popup.locator('[data-testid="filter-group"]').selectOption('paper');
    await popup.locator('[data-testid="filter-clear"]').click();
    await waitFor(() => popup.locator('[data-testid="group-header"]').allTextContents(), (h) => h.some((x) => x.includes(JIANGWAN.name)) && h.some((x) => x.includes(MAOHE.name)), 'paper groups');
  });

  it('deletes with 撤销: undo brings the article back, and a lapsed offer leaves it deleted', async () => {
    await rowOf(popup, jw[2]!.title).locator('[data-testid="row-delete"]').click();
    await waitFor(() => titles(popup), (t) => !t.includes(jw[2]!.title), 'row gone');
    await popup.locator('[data-testid="undo-button"]').click();
    await waitFor(() => titles(popup), (t) => t.includes(jw[2]!.title), 'row back after 撤销');

    await rowOf(popup, farm.title).locator('[data-testid="row-delete"]').click();
    await popup.waitForSelector('[data-testid="undo-toast"]');
    await popup.waitForSelector('[data-testid="undo-toast"]', { state: 'detached', timeout: 15_000 });
    await popup.reload();
    await popup.waitForSelector('[data-testid="article-row"]');
    await popup.waitForFunction(libraryFresh);
    expect((await titles(popup)).sort()).toEqual(jw.map((a) => a.title).sort());
    await waitFor(() => popup.locator('[data-testid="library-count"]').textContent(), (t) => !!t?.includes('共 3 篇'), 'total after the delete');
  });

  it('is reachable by keyboard: arrows move a visible active row, S stars, Enter opens the reader', async () => {
    const list = popup.locator('[data-testid="library-list"]');
    await list.focus();
    await popup.keyboard.press('ArrowDown');
    const active = popup.locator('.lib-row.active [data-testid="row-title"]');
    const first = await active.textContent();
    expect(await list.getAttribute('aria-activedescendant')).toMatch(/^lib-row-\d+$/);
    await popup.keyboard.press('ArrowDown');
    expect(await active.textContent()).not.toBe(first);
    const star = popup.locator('.lib-row.active [data-testid="row-star"]');
    const before = await star.getAttribute('aria-pressed');
    await popup.keyboard.press('s');
    await waitFor(() => star.getAttribute('aria-pressed'), (v) => v !== before, 'S toggles the star');
    await popup.keyboard.press('s');
    await waitFor(() => star.getAttribute('aria-pressed'), (v) => v === before, 'S again toggles it back');
    const [reader] = await Promise.all([s.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('reader.html'), timeout: 15_000 }), popup.keyboard.press('Enter')]);
    await reader.close();
  });

  it('bulk-selects with shift-click and select-all, stars them all, and exports the selection as CSV', async () => {
    const boxes = popup.locator('[data-testid="row-select"]');
    await boxes.nth(0).click();
    await boxes.nth(2).click({ modifiers: ['Shift'] });
    await waitFor(() => popup.locator('[data-testid="bulk-count"]').textContent(), (t) => t === '已选 3 篇', 'three selected');
    await popup.locator('[data-testid="bulk-clear"]').click();
    await popup.locator('[data-testid="bulk-select-all"]').click();
    await waitFor(() => popup.locator('[data-testid="bulk-count"]').textContent(), (t) => t === '已选 3 篇', 'all selected');
    await popup.locator('[data-testid="bulk-star"]').click();
    await waitFor(() => popup.locator('[data-testid="row-star"][aria-pressed="true"]').count(), (n) => n === 3, 'all starred');
    await popup.locator('[data-testid="bulk-format"]').selectOption('csv');
    const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 15_000 }), popup.locator('[data-testid="bulk-export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^qubao-\d{8}-\d{4}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    for (const a of jw) expect(csv).toContain(a.title);
  });

  it("paints the last popup's first page at once, then the database's: an article gone since is replaced in the same open", async () => {
    // The kept first page (lib/store/library-snapshot.ts) as a stale one: an article the database no longer has, on top.
    await popup.evaluate(() => {
      const key = 'qubao.library.firstPage';
      const s = JSON.parse(localStorage.getItem(key)!);
      const ghost = structuredClone(s.entries[0]);
      ghost.lead.id = ghost.parts[0].id = 'ghost-article';
      ghost.lead.title = ghost.parts[0].title = '已删除的旧文章';
      s.entries.unshift(ghost);
      localStorage.setItem(key, JSON.stringify(s));
    });
    await popup.addInitScript(() => {
      const seen: string[] = ((window as unknown as { seenTitles: string[] }).seenTitles = []);
      new MutationObserver(() => document.querySelectorAll('[data-testid="row-title"]').forEach((n) => seen.push(n.textContent ?? ''))).observe(document, { subtree: true, childList: true });
    });
    await popup.reload();
    await waitFor(() => titles(popup), (t) => t.length === jw.length && !t.includes('已删除的旧文章'), 'the database first page');
    expect((await titles(popup)).sort()).toEqual(jw.map((a) => a.title).sort());
    expect(await popup.evaluate(() => (window as unknown as { seenTitles: string[] }).seenTitles)).toContain('已删除的旧文章');
    const [painted, fresh] = await popup.evaluate(() => ['qubao:first-row', 'qubao:library-fresh'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN));
    expect(painted).toBeLessThan(fresh!);
    await waitFor(() => popup.evaluate(() => localStorage.getItem('qubao.library.firstPage') ?? ''), (v) => !v.includes('ghost-article') && v.includes(jw[0]!.title), 'snapshot rewritten');
  });
});
