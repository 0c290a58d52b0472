// Topic alerts and following in Firefox ESR (MV3 event page, basic notifications only): a topic
// saved from an extension page, an alert when the article is read (inbox row, badge count,
// notification), and "关注此报" with a check that saves and matches the 版面 page never opened.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { launchFirefoxWithAddon, openExtensionPage, type FirefoxWithAddon } from './support/firefox';
import { FIREFOX_BUILD_DIR } from './support/paths';

const page1 = nth(JIANGWAN.pages, 0);
const elderly = nth(page1.articles, 2);
const fire = nth(nth(JIANGWAN.pages, 1).articles, 1);

describe('topic alerts and following in Firefox ESR', () => {
  let server: DemoServer;
  let ff: FirefoxWithAddon;
  let ext: Page;
  const url = (file: string) => new URL(`${issueDir(JIANGWAN)}/${file}`, server.url).href;
  const call = <T>(js: string) => ext.evaluate(js) as Promise<T>;

  async function alertTitles(): Promise<string[]> {
    const inbox = await openExtensionPage(ff, 'popup.html?tab=alerts', ext);
    await inbox.waitForSelector('[data-testid="alerts-inbox"], [data-testid="alerts-empty"]', { timeout: 15_000 });
    return inbox.evaluate(`[...document.querySelectorAll('[data-testid="alert-row"] [data-testid="alert-title"]')].map((e) => e.textContent)`) as Promise<string[]>;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    ff = await launchFirefoxWithAddon({ addonDir: FIREFOX_BUILD_DIR });
    ext = await openExtensionPage(ff, 'popup.html');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('alerts on a saved article: inbox row, badge count and a basic notification', async () => {
    const saved = await call<{ ok: boolean }>(`browser.runtime.sendMessage({ type: 'topic/save', topic: { name: '养老', anyOf: ['养老服务站'] } })`);
    expect(saved.ok).toBe(true);
    await call(`browser.runtime.sendMessage({ type: 'topic/save', topic: { name: '消防', anyOf: ['消防安全'] } })`);
    // Headless Firefox closes a notification within seconds (and reports onClosed, not onShown):
    // a page of ours records the notifications that came and went.
    const listener = await openExtensionPage(ff, 'digest.html');
    await listener.evaluate(`window.shown = new Set(); for (const e of [browser.notifications.onShown, browser.notifications.onClosed]) e.addListener((id) => window.shown.add(id))`);
    const article = await ff.browser.newPage();
    await article.goto(url(`content_${elderly.id}.htm`));
    expect(await waitFor(alertTitles, (t) => t.length === 1, 'one alert', 30_000)).toEqual([elderly.title]);
    expect(await call<string>('browser.action.getBadgeText({})')).toBe('1');
    const shown = await waitFor(() => listener.evaluate('[...window.shown]') as Promise<string[]>, (ids) => ids.length > 0, 'a notification');
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(`content_${elderly.id}`);
    await listener.close();
    await article.close();
  });

  it('follows the paper and a check saves and matches the 版面 page never opened', async () => {
    const layout = await ff.browser.newPage();
    const layoutUrl = url(`node_${page1.node}.htm`);
    await layout.goto(layoutUrl);
    const tabId = await waitFor(
      () => call<number>(`browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(layoutUrl)})?.id ?? -1)`),
      (id) => id >= 0,
      'the 版面 tab',
    );
    // The tab's parse is stored once the content script reported the page.
    const followed = await waitFor(
      () => call<{ ok: boolean; name?: string; error?: string }>(`browser.runtime.sendMessage({ type: 'follow/start', tabId: ${tabId} })`),
      (r) => r.ok,
      'follow/start',
    );
    expect(followed.name).toBe(JIANGWAN.name);
    await call(`browser.runtime.sendMessage({ type: 'follow/check-now' })`);
    const titles = await waitFor(alertTitles, (t) => t.includes(fire.title), 'an alert for the unopened page', 60_000);
    expect(titles).toHaveLength(2);
    const follow = await openExtensionPage(ff, 'popup.html?tab=follow', ext);
    await follow.waitForSelector('[data-testid="followed-row"]', { timeout: 15_000 });
    expect(await follow.evaluate(`document.querySelector('[data-testid="followed-found"]').textContent`)).not.toBe('0');
    await layout.close();
  });
});
