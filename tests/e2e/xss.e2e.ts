// The XSS corpus (tests/security/xss-payloads.ts, 768 payloads) saved THROUGH THE REAL EXTENSION
// in Chromium: a local Founder-shaped paper carries them in titles, 引题/副题, bylines, bodies
// (as text and as live markup), picture captions, image and link URLs; topics get hostile names.
// The content script captures some pages, "保存整期" fetches the rest, topics alert on all of them,
// and a hostile backup (40 more articles, long topic names) is imported through the options page.
// Then the popup (articles, alerts, follow, search), options, the digest and the reader on every
// article are opened: no payload may set its marker, open a dialog, reach the beacon, trip the
// CSP, or appear as markup in an extension page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';
import { inLanes } from './support/pool';
import { CHECK_PAGE_JS, pagesToCheck, READ_ARTICLE_IDS_JS, RECORD_CSP_JS, topicMessage, topicNamePayloads, type PageCheck } from '../security/xss-e2e-support';
import { xssPayloads, type XssPayload } from '../security/xss-payloads';
import { startBeacon, startXssSite, type Beacon, type XssSite } from '../security/xss-site';
import { hostileBackupText } from '../security/hostile-backup';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';

const READ_JOB_JS = `(() => {
  const p = document.querySelector('[data-testid="job-progress"]');
  const c = document.querySelector('[data-testid="job-counts"]');
  return p && c ? { status: p.getAttribute('data-status'), done: Number(c.getAttribute('data-done')), total: Number(c.getAttribute('data-total')), failed: Number(c.getAttribute('data-failed')) } : null;
})()`;

describe('XSS corpus through the real extension in Chromium', () => {
  let beacon: Beacon;
  let payloads: XssPayload[];
  let site: XssSite;
  let s: ChromiumSession;
  let ext: Page;
  let layoutTabId: number | null = null;
  const dialogs: string[] = [];
  const cspConsole: string[] = [];
  const checks: PageCheck[] = [];

  const articleIds = async () => (await ext.evaluate(READ_ARTICLE_IDS_JS)) as string[];
  const sendFromExtension = (msg: unknown) => ext.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), msg);

  beforeAll(async () => {
    beacon = await startBeacon();
    payloads = xssPayloads(beacon.url);
    site = await startXssSite(payloads);
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: site.url });
    const ctx = s.browser.context;
    await ctx.addInitScript(RECORD_CSP_JS);
    ctx.on('dialog', (d) => {
      dialogs.push(`${d.page()?.url() ?? '?'}: ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    ctx.on('console', (m) => {
      const from = m.page()?.url() ?? '';
      if (from.startsWith(s.extensionUrl) && /Content Security Policy|Refused to/i.test(m.text())) cspConsole.push(`${from}: ${m.text()}`);
    });
    ext = await ctx.newPage();
    await ext.goto(`${s.extensionUrl}popup.html`);
  }, 120_000);
  afterAll(async () => {
    await s?.close();
    await site?.close();
    await beacon?.close();
  });

  it('holds at least 500 payloads', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(500);
  });

  it('creates topics with hostile names that alert on every hostile article', async () => {
    for (const p of topicNamePayloads(beacon.url, payloads.length + 1)) {
      expect(await sendFromExtension(topicMessage(p.text)), p.text).toMatchObject({ ok: true });
    }
  });

  it('captures hostile article pages through the content script', async () => {
    const paths = site.articlePaths.slice(0, 3);
    for (const [i, p] of paths.entries()) {
      const tab = await s.visit(`${p}?from=${encodeURIComponent(`"><svg onload=alert(${9000 + i})>`)}`);
      await s.waitForBadge(tab, (t) => t === '✓' || t === '1' || t === '!', 'saved');
      await tab.close();
    }
    expect((await articleIds()).length).toBeGreaterThanOrEqual(3);
  });

  it('saves the whole hostile issue from the popup, skipping links that are not http(s)', async () => {
    const tab = await s.visit(site.layoutPaths[0]!);
    await s.waitForBadge(tab, (t) => t === '版', '版');
    const sw = await s.browser.serviceWorker();
    layoutTabId = await sw.evaluate(async (url) => {
      const tabs: Array<{ id: number; url?: string }> = await (globalThis as any).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, tab.url());
    const popup = await s.browser.context.newPage();
    await popup.goto(`${s.extensionUrl}popup.html?tabId=${layoutTabId}`);
    await popup.locator('[data-testid="save-issue-button"]').click({ timeout: 15_000 });
    const done = await waitFor(() => popup.evaluate(READ_JOB_JS) as Promise<{ status: string; total: number; failed: number } | null>, (j) => j?.status === 'done', 'the issue save', 120_000);
    expect(done).toMatchObject({ total: site.articlePaths.length, failed: 0 });
    await popup.close();
    expect((await articleIds()).length).toBeGreaterThanOrEqual(site.articlePaths.length);
  }, 180_000);

  it('imports a hostile backup through the options page', async () => {
    const { text, ids } = await hostileBackupText(payloads, 40);
    const file = nodePath.join(mkdtempSync(nodePath.join(os.tmpdir(), 'qubao-xss-')), 'hostile-backup.json');
    writeFileSync(file, text);
    const before = (await articleIds()).length;
    const options = await s.browser.context.newPage();
    await options.goto(`${s.extensionUrl}options.html`);
    await options.locator('[data-testid="backup-file"]').setInputFiles(file, { timeout: 15_000 });
    await waitFor(async () => (await articleIds()).length, (n) => n === before + ids.length, 'the imported articles', 30_000);
    await options.close();
  });

  it('renders popup, options, digest and every reader page without running or loading anything', async () => {
    const ids = await articleIds();
    // Three tabs at a time, each reused for the next page (a navigation is a fresh window: the marker,
    // the init script's CSP log and the DOM all start over).
    const results = await inLanes(
      pagesToCheck(ids, layoutTabId),
      3,
      () => s.browser.context.newPage(),
      async (page, path) => {
        await page.goto(`${s.extensionUrl}${path}`, { waitUntil: 'load' });
        if (path.startsWith('reader.html')) await page.locator('[data-testid="reader-title"], .not-found').first().waitFor({ timeout: 15_000 });
        else await page.waitForTimeout(700); // Preact renders after its IndexedDB reads
        // On a busy machine a list may take longer than that: wait (up to 4 s) for hostile text to show.
        const check = () => page.evaluate(CHECK_PAGE_JS) as Promise<PageCheck>;
        return waitFor(check, (c) => c.payloadText > 0, 'hostile text', 4_000, 100).catch(check);
      },
      (page) => page.close(),
    );
    checks.push(...results);
    const bad = checks.filter((c) => c.marker !== null || c.injected.length > 0 || c.csp.length > 0);
    expect(bad).toEqual([]);
    // Not vacuous: the hostile text is on screen, as text.
    const readers = checks.filter((c) => c.url.includes('reader.html'));
    expect(readers.length).toBe(ids.length);
    expect(readers.filter((c) => c.payloadText === 0).map((c) => c.url)).toEqual([]);
    expect(checks.find((c) => c.url.endsWith('popup.html'))!.payloadText).toBeGreaterThan(0);
    expect(checks.find((c) => c.url.includes('options.html'))!.payloadText).toBeGreaterThan(0);
  }, 300_000);

  it('shows a hostile headline verbatim, as text', async () => {
    const [id] = await articleIds();
    const page = await s.browser.context.newPage();
    await page.goto(`${s.extensionUrl}reader.html?id=${encodeURIComponent(id!)}`);
    const title = (await page.locator('[data-testid="reader-title"]').textContent({ timeout: 15_000 })) ?? '';
    const placed = [...site.placed.entries()].filter(([k]) => k.endsWith('.title')).map(([, p]) => p.text);
    expect(placed.some((p) => title.includes(p.replace(/\s+/g, ' ').trim()) || title.replace(/\s+/g, ' ').includes(p.replace(/\s+/g, ' ').trim()))).toBe(true);
    await page.close();
  });

  it('no payload reached the beacon, opened a dialog or tripped the CSP', async () => {
    await new Promise((r) => setTimeout(r, 1500));
    expect(beacon.hits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(cspConsole).toEqual([]);
    console.log(`[xss] ${payloads.length} payloads, ${checks.length} extension pages checked, 0 beacon hits, 0 dialogs, 0 CSP reports`);
  });

  it('control: the same checks see markup injected into an extension page by hand', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`${s.extensionUrl}options.html`);
    await page.evaluate((b) => document.body.insertAdjacentHTML('beforeend', `<img src="${b}/x/control"><img src=x onerror="top.__qubaoXss=1">`), beacon.url);
    await waitFor(async () => beacon.hits.length, (n) => n > 0, 'the control image request');
    const check = (await page.evaluate(CHECK_PAGE_JS)) as PageCheck;
    expect(check.injected.length).toBeGreaterThan(0);
    expect(check.csp.length).toBeGreaterThan(0); // the inline handler was refused, and recorded
    expect(check.marker).toBeNull();
    expect(beacon.hits).toEqual(['/x/control']);
    await page.close();
  });
});
