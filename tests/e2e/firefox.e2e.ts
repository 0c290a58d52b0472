// Firefox: the MV3 build passes addons-linter, and in firefox-esr the content script recognises a
// demo article and the background (an event page in Firefox) stores it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { launchFirefoxWithAddon, openExtensionPage, type FirefoxWithAddon } from './support/firefox';
import { FIREFOX_BUILD_DIR, REPO_ROOT } from './support/paths';
import { libraryFresh, READ_READER_JS, READ_SAVED_LIST_JS, type ReaderView, type SavedList } from './support/saved-list';

describe('web-ext lint', () => {
  it('reports no errors for .output/firefox-mv3', () => {
    const r = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    const errors = report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code}: ${e.message} (${e.file ?? ''})`);
    expect(errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('Qubao in Firefox ESR', () => {
  let server: DemoServer;
  let ff: FirefoxWithAddon;
  let popup: Page | undefined;
  const lead = nth(nth(JIANGWAN.pages, 0).articles, 0);
  const gbk = nth(nth(MAOHE.pages, 0).articles, 0);

  const savedList = async (): Promise<SavedList> => {
    popup = await openExtensionPage(ff, 'popup.html', popup);
    await popup.waitForSelector('[data-testid="article-row"], [data-testid="empty-state"], [data-testid="failed-row"]', { timeout: 15_000 });
    await popup.waitForFunction(libraryFresh, { timeout: 15_000 });
    return popup.evaluate(READ_SAVED_LIST_JS) as Promise<SavedList>;
  };

  beforeAll(async () => {
    server = await startDemoServer();
    ff = await launchFirefoxWithAddon({ addonDir: FIREFOX_BUILD_DIR });
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('is granted the e2e hosts, so the content script runs without a prompt', async () => {
    const page = await openExtensionPage(ff, 'popup.html');
    const perms = (await page.evaluate('browser.permissions.getAll()')) as { origins: string[] };
    expect(perms.origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
    await page.close();
  });

  it('detects a demo article, stores it and lists it in the popup', async () => {
    const article = await ff.browser.newPage();
    const url = new URL(`${issueDir(JIANGWAN)}/content_${lead.id}.htm`, server.url).href;
    await article.goto(url);
    const list = await waitFor(savedList, (l) => l.rows.some((r) => r.title === lead.title), lead.title, 30_000);
    expect(list.rows.find((r) => r.title === lead.title)!.paper).toContain(JIANGWAN.name);
    const badge = await popup!.evaluate(`(async () => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
      return browser.action.getBadgeText({ tabId: tab.id });
    })()`);
    expect(['✓', '1']).toContain(badge);
    await article.close();
  });

  it('reads the GBK paper as Chinese and shows it in the reader', async () => {
    const article = await ff.browser.newPage();
    await article.goto(new URL(`${issueDir(MAOHE)}/content_${gbk.id}.htm`, server.url).href);
    await waitFor(savedList, (l) => l.rows.some((r) => r.title === gbk.title), gbk.title, 30_000);
    const before = new Set((await ff.browser.pages()).map((p) => p.target()));
    await popup!.evaluate(`[...document.querySelectorAll('[data-testid="article-row"]')]
      .find((r) => r.querySelector('[data-testid="row-title"]')?.textContent?.trim() === ${JSON.stringify(gbk.title)}).click()`);
    const reader = await waitFor(
      async () => (await ff.browser.pages()).find((p) => !before.has(p.target())) ?? null,
      (p) => p !== null,
      'reader tab',
    );
    const view = (await waitFor(() => reader!.evaluate(READ_READER_JS) as Promise<ReaderView | null>, (v) => v !== null, 'reader')) as ReaderView;
    expect(view.title).toBe(gbk.title);
    expect(view.body).toContain('无人驾驶拖拉机');
    await article.close();
  });
});
