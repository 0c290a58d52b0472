// Search, keywords and highlights in the built extension (Chromium, headless) over the demo
// site: saved articles are indexed in the background, found from the popup's search box with
// the matched words marked, shown in the reader with keyword chips, and watched words are
// highlighted on the newspaper page itself until the popup's switch turns them off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, MAOHE, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';

const page1 = nth(JIANGWAN.pages, 0);
const page2 = nth(JIANGWAN.pages, 1);
const lead = nth(page1.articles, 0);
const care = nth(page1.articles, 2);
const fire = nth(page2.articles, 1);
const farm = nth(nth(MAOHE.pages, 0).articles, 0);
const jw = (file: string) => `${issueDir(JIANGWAN)}/${file}`;
const mh = (file: string) => `${issueDir(MAOHE)}/${file}`;

interface ResultView {
  title: string;
  marks: string[];
}

const READ_RESULTS_JS = `(() => [...document.querySelectorAll('[data-testid="search-result"]')].map((r) => ({
  title: (r.querySelector('[data-testid="result-title"]')?.textContent ?? '').trim(),
  marks: [...r.querySelectorAll('[data-testid="result-snippet"] mark, [data-testid="result-title"] mark')].map((m) => m.textContent),
})))()`;

/** Page highlights as the page sees them: CSS Custom Highlight ranges, or fallback marks. */
const READ_PAGE_HIGHLIGHTS_JS = `(() => {
  const h = globalThis.CSS && CSS.highlights && CSS.highlights.get('qubao-watched');
  const ranges = h ? [...h].map((r) => r.toString()) : [];
  const marks = [...document.querySelectorAll('mark[data-qubao-highlight]')].map((m) => m.textContent);
  return [...ranges, ...marks];
})()`;

describe('Qubao search and highlights in Chromium', () => {
  let server: DemoServer;
  let s: ChromiumSession;
  let popup: Page;

  beforeAll(async () => {
    server = await startDemoServer();
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  async function searchFor(query: string, ok: (rows: ResultView[]) => boolean): Promise<ResultView[]> {
    popup ??= await s.browser.context.newPage();
    await popup.goto(`${s.extensionUrl}popup.html`);
    const input = popup.locator('[data-testid="search-input"]');
    await input.fill(query);
    // The index is written just after the save; retype until the answer is in.
    return waitFor(
      async () => {
        const rows = (await popup.evaluate(READ_RESULTS_JS)) as ResultView[];
        if (!ok(rows)) {
          await input.fill('');
          await input.fill(query);
          await popup.waitForTimeout(400);
        }
        return (await popup.evaluate(READ_RESULTS_JS)) as ResultView[];
      },
      ok,
      `search results for ${query}`,
      30_000,
    );
  }

  it('saves demo articles and finds one by a word of its body, the word marked in the snippet', async () => {
    const tabs = [await s.visit(jw(`content_${lead.id}.htm`)), await s.visit(jw(`content_${care.id}.htm`)), await s.visit(jw(`content_${fire.id}.htm`))];
    await s.waitForSaved((l) => [lead, care, fire].every((a) => l.rows.some((r) => r.title === a.title)), 'three articles');
    await Promise.all(tabs.map((t) => t.close()));

    const rows = await searchFor('石库门', (r) => r.length > 0);
    expect(rows.map((r) => r.title)).toEqual([lead.title]);
    expect(rows[0]!.marks).toContain('石库门');
  });

  it('understands the query syntax: exclusions and 记者: filters', async () => {
    // 社区 is in the lead's subtitle and in the care-station article.
    const both = await searchFor('社区', (r) => r.length >= 2);
    expect(both.map((r) => r.title).sort()).toEqual([lead.title, care.title].sort());
    const without = await searchFor('社区 -石库门', (r) => r.length >= 1);
    expect(without.map((r) => r.title)).toEqual([care.title]);
    const byReporter = await searchFor('记者:赵晨', (r) => r.length >= 1);
    expect(byReporter.map((r) => r.title)).toEqual([fire.title]);
  });

  it('opens the reader with keyword chips and the keywords marked in the body, with a working toggle', async () => {
    const { page } = await s.openReader(care.title);
    await page.waitForSelector('[data-testid="reader-keywords"] [data-testid="keyword-chip"]', { timeout: 20_000 });
    const chips = await page.locator('[data-testid="keyword-chip"]').allTextContents();
    expect(chips.length).toBeGreaterThan(2);
    expect(chips.some((c) => c.includes('服务站') || c.includes('养老'))).toBe(true);
    await page.waitForSelector('[data-testid="reader-body"] mark', { timeout: 15_000 });
    await page.locator('[data-testid="reader-highlight-toggle"]').click();
    await waitFor(() => page.locator('[data-testid="reader-body"] mark').count(), (n) => n === 0, 'reader marks cleared');
    await page.close();
  });

  it('lists the articles mentioning a place when its chip is clicked in the reader', async () => {
    // The farm article names 叶榭镇, a town the gazetteer places in 上海市松江区.
    const tab = await s.visit(mh(`content_${farm.id}.htm`));
    await s.waitForSaved((l) => l.rows.some((r) => r.title === farm.title), farm.title);
    await tab.close();
    const { page } = await s.openReader(farm.title);
    const chip = page.locator('[data-testid="keyword-chip"][data-kind="place"]', { hasText: '叶榭镇' });
    await chip.waitFor({ timeout: 20_000 });
    expect(await chip.textContent()).toContain('松江区');
    const [library] = await Promise.all([
      s.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('popup.html?q='), timeout: 15_000 }),
      chip.click(),
    ]);
    expect(await library.locator('[data-testid="search-input"]').inputValue()).toBe('叶榭镇');
    const rows = await waitFor(() => library.evaluate(READ_RESULTS_JS) as Promise<ResultView[]>, (r) => r.length > 0, 'place results');
    expect(rows.map((r) => r.title)).toEqual([farm.title]);
    expect(rows[0]!.marks).toContain('叶榭镇');
    await Promise.all([library.close(), page.close()]);
  });

  it('highlights watched words on the newspaper page and clears them from the popup switch', async () => {
    const options = await s.browser.context.newPage();
    await options.goto(`${s.extensionUrl}options.html`);
    await options.locator('[data-testid="watched-input"]').fill('消防');
    await options.locator('[data-testid="watched-add"]').click();
    await options.waitForSelector('[data-testid="watched-word"]');
    await options.close();

    const article = await s.visit(jw(`content_${fire.id}.htm`));
    const marked = await waitFor(() => article.evaluate(READ_PAGE_HIGHLIGHTS_JS) as Promise<string[]>, (m) => m.length > 0, 'page highlights');
    expect(new Set(marked)).toEqual(new Set(['消防']));

    const tabId = (await (await s.browser.serviceWorker()).evaluate(async (url) => {
      const tabs: Array<{ id: number; url?: string }> = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)!.id;
    }, article.url())) as number;
    const switcher = await s.browser.context.newPage();
    await switcher.goto(`${s.extensionUrl}popup.html?tabId=${tabId}`);
    const toggle = switcher.locator('[data-testid="highlight-toggle"]');
    await waitFor(() => toggle.isChecked(), (on) => on, 'switch shows on');
    await toggle.click();
    await waitFor(() => article.evaluate(READ_PAGE_HIGHLIGHTS_JS) as Promise<string[]>, (m) => m.length === 0, 'page highlights cleared');
    await Promise.all([switcher.close(), article.close()]);
  });
});
