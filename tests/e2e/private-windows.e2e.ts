// Private windows in Chromium: with the extension allowed in incognito (Chrome's default
// "spanning" mode, one background for both profiles), an article read in an incognito window is
// NOT saved while 隐私窗口 is off (the default); after the user turns it on in options, the next
// one is. Incognito access is granted the way chrome://extensions does it, through the profile's
// Preferences (extensions.settings.<id>.incognito), before the browser starts.
// Firefox: its add-on install over WebDriver BiDi has no way to allow private windows, so the
// Firefox path (tab.incognito, the same check) is covered by tests/security/message-senders.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, nth } from '../../demo/tools/site-papers';
import { CHROMIUM_PATH, waitFor } from './support/chromium';
import { CHROME_BUILD_DIR } from './support/paths';

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${CHROME_BUILD_DIR}`, `--load-extension=${CHROME_BUILD_DIR}`];
const [first, second] = [nth(nth(JIANGWAN.pages, 0).articles, 1), nth(nth(JIANGWAN.pages, 0).articles, 2)];

async function launch(userDataDir: string): Promise<{ ctx: BrowserContext; sw: Worker }> {
  const ctx = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  const sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { ctx, sw };
}

/** What chrome://extensions' "Allow in Incognito" switch writes. */
function allowIncognito(userDataDir: string, extensionId: string): void {
  const file = path.join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const entry = prefs.extensions?.settings?.[extensionId];
  if (!entry) throw new Error(`no extension settings for ${extensionId} in ${file}`);
  entry.incognito = true;
  writeFileSync(file, JSON.stringify(prefs));
}

describe('private windows in Chromium (spanning mode)', () => {
  let server: DemoServer;
  let userDataDir: string;
  let ctx: BrowserContext;
  let sw: Worker;
  let ext: Page;
  let extensionUrl: string;
  const articleUrl = (id: string) => new URL(`${issueDir(JIANGWAN)}/content_${id}.htm`, server.url).href;
  /** Titles of every stored article, read from the extension's IndexedDB in one of its pages. */
  const titles = async () =>
    (await ext.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('qubao');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => { const r = open.result.transaction('articles').objectStore('articles').getAll(); r.onsuccess = () => { resolve(r.result.map((a) => a.title)); open.result.close(); }; };
    })`)) as string[];
  const openIncognito = (url: string) =>
    sw.evaluate(async (u) => {
      const w = await (globalThis as any).chrome.windows.create({ url: u, incognito: true });
      return w.incognito as boolean;
    }, url);
  const incognitoTabDone = (url: string) =>
    waitFor(
      () => sw.evaluate(async (u) => (await (globalThis as any).chrome.tabs.query({})).find((t: any) => t.url === u && t.incognito)?.status ?? null, url),
      (s) => s === 'complete',
      `the incognito tab ${url}`,
    );

  beforeAll(async () => {
    if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json'))) throw new Error(`no build in ${CHROME_BUILD_DIR}`);
    server = await startDemoServer();
    userDataDir = mkdtempSync(path.join(os.tmpdir(), 'qubao-private-'));
    let started = await launch(userDataDir);
    const extensionId = new URL(started.sw.url()).host;
    await started.ctx.close();
    allowIncognito(userDataDir, extensionId);
    started = await launch(userDataDir);
    ({ ctx, sw } = started);
    extensionUrl = `chrome-extension://${extensionId}/`;
    await waitFor(() => sw.evaluate(async () => ((await (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as unknown[]).length), (n) => n > 0, 'content script registration');
    ext = await ctx.newPage();
    await ext.goto(`${extensionUrl}popup.html`);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('runs with incognito access (the precondition of this test)', async () => {
    expect(await sw.evaluate(() => new Promise((r) => (globalThis as any).chrome.extension.isAllowedIncognitoAccess(r)))).toBe(true);
  });

  it('does not save an article read in an incognito window while 隐私窗口 is off (default)', async () => {
    expect(await openIncognito(articleUrl(first.id))).toBe(true);
    await incognitoTabDone(articleUrl(first.id));
    await new Promise((r) => setTimeout(r, 4000)); // what a capture and parse take, with margin
    expect(await titles()).not.toContain(first.title);
  });

  it('saves articles from incognito windows once the user turns 隐私窗口 on in options', async () => {
    const options = await ctx.newPage();
    await options.goto(`${extensionUrl}options.html`);
    const box = options.locator('[data-testid="private-capture"]');
    await box.waitFor({ timeout: 15_000 });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await options.close();
    expect(await openIncognito(articleUrl(second.id))).toBe(true);
    const saved = await waitFor(titles, (t) => t.includes(second.title), second.title, 30_000);
    expect(saved).not.toContain(first.title);
  });
});
