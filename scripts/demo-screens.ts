// The headless demo's second half: Qubao's own screens, each in the light and the dark theme
// (prefers-color-scheme emulated): the popup's three tabs (文章 / 提醒 / 关注), the reader and
// the options page. Run after demo-walkthrough.ts has saved articles in the same session.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { issueDir, JIANGWAN, nth } from '../demo/tools/site-papers';
import { waitFor } from '../tests/e2e/support/chromium';
import type { ChromiumSession } from '../tests/e2e/support/chromium-session';
import type { Shot } from './demo-walkthrough';

const THEMES = ['light', 'dark'] as const;

/** A topic matching an article not saved yet, then that article: the 提醒 tab has an alert to show. */
async function makeAnAlert(s: ChromiumSession, ext: Page): Promise<void> {
  const target = nth(nth(JIANGWAN.pages, 1).articles, 0);
  const term = [...target.title].slice(0, 4).join('');
  await ext.evaluate(`chrome.runtime.sendMessage({ type: 'topic/save', topic: { name: ${JSON.stringify(term)}, anyOf: [${JSON.stringify(term)}], scope: 'both', mode: 'substring' } })`);
  const page = await s.visit(`${issueDir(JIANGWAN)}/content_${target.id}.htm`);
  await s.waitForSaved((l) => l.rows.some((r) => r.title === target.title), 'the article of the alert');
  // 关注此报 from that tab, so the 关注 tab lists a paper (best effort: the demo goes on without it).
  const sw = await s.browser.serviceWorker();
  const tabId = await sw.evaluate(async (url) => ((await (globalThis as any).chrome.tabs.query({})) as { id: number; url: string }[]).find((t) => t.url === url)?.id, page.url());
  if (typeof tabId === 'number') await ext.evaluate(`chrome.runtime.sendMessage({ type: 'follow/start', tabId: ${tabId} })`).catch(() => undefined);
}

export async function takeScreenShots(s: ChromiumSession, outDir: string, readerTitle: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const shot = async (page: Page, name: string, what: string, fullPage = false) => {
    const file = path.join(outDir, name);
    await page.waitForTimeout(300); // fonts and the last render settle
    await page.screenshot({ path: file, fullPage });
    shots.push({ file, what });
  };
  const ctx = s.browser.context;
  const ext = await ctx.newPage();
  await ext.goto(`${s.extensionUrl}options.html`);
  await makeAnAlert(s, ext);

  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`${s.extensionUrl}popup.html`);
  for (const theme of THEMES) {
    await popup.emulateMedia({ colorScheme: theme });
    for (const [tab, label] of [['articles', '文章（文库）'], ['alerts', '提醒'], ['follow', '关注']] as const) {
      await popup.click(`[data-testid="popup-tab-${tab}"]`);
      if (tab === 'alerts') await waitFor(() => popup.locator('[role="tabpanel"] li').count(), (n) => n > 0, 'an alert in the 提醒 tab', 15_000).catch(() => 0);
      await shot(popup, `10-popup-${tab}-${theme}.png`, `弹出窗口「${label}」标签（${theme === 'light' ? '浅色' : '深色'}）`);
    }
  }

  const { page: reader } = await s.openReader(readerTitle);
  await reader.setViewportSize({ width: 1000, height: 1200 });
  for (const theme of THEMES) {
    await reader.emulateMedia({ colorScheme: theme });
    await shot(reader, `11-reader-${theme}.png`, `阅读视图（${theme === 'light' ? '浅色' : '深色'}）：图片占位、关键词、同版上下篇`, true);
  }
  const options = await ctx.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`${s.extensionUrl}options.html`);
  await options.waitForSelector('[data-testid="storage-usage"]', { timeout: 10_000 }).catch(() => undefined);
  for (const theme of THEMES) {
    await options.emulateMedia({ colorScheme: theme });
    await shot(options, `12-options-${theme}.png`, `设置页（${theme === 'light' ? '浅色' : '深色'}）：网站、词典、主题、关注、存储、备份、语言`, true);
  }
  return shots;
}
