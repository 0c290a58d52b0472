// "保存整期 / 保存本版" and continued articles, in Chromium against the demo paper: from the first
// 版面 page the popup saves the whole issue (the background fetches the other 版面 page and every
// article), the library shows the 下转/上接 article once with both pages, the reader shows both
// parts under page dividers, and saving the page again fetches nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { stopServiceWorkers, waitFor } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';
import { startLoggingProxy, type LoggingProxy } from './support/request-log';

const page1 = nth(JIANGWAN.pages, 0);
const page2 = nth(JIANGWAN.pages, 1);
const continued = nth(page1.articles, 0);
const allArticles = JIANGWAN.pages.flatMap((p) => p.articles);
// The continuation repeats the headline of the part it continues.
const separateTitles = new Set(allArticles.map((a) => a.title));
const jw = (file: string) => `${issueDir(JIANGWAN)}/${file}`;
const mh = (file: string) => `${issueDir(MAOHE)}/${file}`;
const mhPage = nth(MAOHE.pages, 0);
/** The GBK paper's articles answer slowly, so its job is still running when the worker is stopped. */
const slowArticles = (path: string) => (path.startsWith(`/${issueDir(MAOHE)}/content_`) ? 1500 : 0);

interface JobState {
  status: string | null;
  done: number;
  total: number;
  failed: number;
  cancel: boolean;
}

const READ_JOB_JS = `(() => {
  const p = document.querySelector('[data-testid="job-progress"]');
  const c = document.querySelector('[data-testid="job-counts"]');
  if (!p || !c) return null;
  return { status: p.getAttribute('data-status'), done: Number(c.getAttribute('data-done')), total: Number(c.getAttribute('data-total')),
    failed: Number(c.getAttribute('data-failed')), cancel: !!document.querySelector('[data-testid="job-cancel"]') };
})()`;

describe('saving a whole issue in Chromium', () => {
  let server: DemoServer;
  let proxy: LoggingProxy;
  let s: ChromiumSession;
  let layoutTab: Page;
  let popup: Page;

  const readJob = () => popup.evaluate(READ_JOB_JS) as Promise<JobState | null>;

  /** Opens the popup as a tab about `page` (popup.html?tabId=…). */
  async function popupFor(page: Page): Promise<Page> {
    const sw = await s.browser.serviceWorker();
    const tabId = await sw.evaluate(async (url) => {
      const tabs: Array<{ id: number; url?: string }> = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, page.url());
    expect(tabId).toBeGreaterThan(0);
    const p = await s.browser.context.newPage();
    await p.goto(`${s.extensionUrl}popup.html?tabId=${tabId}`);
    return p;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    proxy = await startLoggingProxy(server.url, slowArticles);
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: proxy.url });
  });
  afterAll(async () => {
    await s?.close();
    await proxy?.close();
    await server?.close();
  });

  it('offers both saves with the counts of the 版面 page', async () => {
    layoutTab = await s.visit(jw(`node_${page1.node}.htm`));
    await s.waitForBadge(layoutTab, (t) => t === '版', '版');
    popup = await popupFor(layoutTab);
    const layoutButton = popup.locator('[data-testid="save-layout-button"]');
    await layoutButton.waitFor({ timeout: 15_000 });
    expect(await layoutButton.textContent()).toContain(String(page1.articles.length));
    expect(await popup.locator('[data-testid="save-issue-button"]').textContent()).toContain(String(JIANGWAN.pages.length));
  });

  it('saves the whole issue with live progress in the popup', async () => {
    const before = proxy.paths.length;
    await popup.locator('[data-testid="save-issue-button"]').click();
    // Requests are spaced a second apart per host, so the running state is there to be seen.
    const running = await waitFor(readJob, (j) => j?.status === 'running' && j.cancel, 'a running job with a cancel button');
    expect(running!.total).toBeGreaterThan(0);
    const done = await waitFor(readJob, (j) => j?.status === 'done', 'the job to finish', 60_000);
    expect(done).toMatchObject({ done: allArticles.length, total: allArticles.length, failed: 0, cancel: false });
    const fetched = proxy.paths.slice(before);
    expect(fetched).toContain(`/${jw(`node_${page2.node}.htm`)}`);
    for (const a of allArticles) expect(fetched).toContain(`/${jw(`content_${a.id}.htm`)}`);
  });

  it('lists the continued article once, naming both pages', async () => {
    const list = await s.waitForSaved((l) => l.rows.length === separateTitles.size, `${separateTitles.size} library rows`);
    const rows = list.rows.filter((r) => r.title === continued.title);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.page).toBe('第1版、第2版');
    expect(new Set(list.rows.map((r) => r.title))).toEqual(separateTitles);
  });

  it('reads both parts in order under dividers naming each page', async () => {
    const { page: reader, view } = await s.openReader(continued.title);
    expect(view.title).toBe(continued.title);
    expect(view.meta).toContain(page1.name);
    expect(view.meta).toContain(page2.name);
    const dividers = await reader.locator('[data-testid="part-divider"]').allTextContents();
    expect(dividers).toHaveLength(2);
    expect(dividers[0]).toContain('第1版');
    expect(dividers[1]).toContain('第2版');
    const first = view.body.indexOf('一间一间地介绍新家');
    const second = view.body.indexOf('弄堂议事会');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    await reader.close();
  });

  it('fetches nothing already saved when the 版面 page is saved again', async () => {
    const before = proxy.paths.length;
    const layoutButton = popup.locator('[data-testid="save-layout-button"]');
    await popup.reload();
    await layoutButton.waitFor({ timeout: 15_000 });
    await layoutButton.click();
    const done = await waitFor(readJob, (j) => j?.status === 'done' && j.total === page1.articles.length, 'the second job to finish', 30_000);
    expect(done).toMatchObject({ done: page1.articles.length, failed: 0 });
    expect(proxy.paths.slice(before).filter((p) => p.includes('/content_'))).toEqual([]);
    await layoutTab.close();
  });

  it('finishes a job after Chrome stops the service worker in the middle of it', async () => {
    const tab = await s.visit(mh(`node_${mhPage.node}.htm`));
    await s.waitForBadge(tab, (t) => t === '版', '版');
    await popup.close();
    popup = await popupFor(tab);
    const button = popup.locator('[data-testid="save-layout-button"]');
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    await waitFor(async () => proxy.paths.some((p) => slowArticles(p) > 0), (seen) => seen, 'the first slow article request');
    expect((await readJob())?.status).toBe('running');
    await stopServiceWorkers(popup);
    // The next extension event starts the worker again, which resumes the job from the jobs table.
    await popup.reload();
    const done = await waitFor(readJob, (j) => j?.status === 'done', 'the resumed job to finish', 60_000);
    expect(done).toMatchObject({ done: mhPage.articles.length, total: mhPage.articles.length, failed: 0 });
    const list = await s.savedList();
    for (const a of mhPage.articles) expect(list.rows.filter((r) => r.title === a.title)).toHaveLength(1);
    await tab.close();
  });
});
