// The reader and the options page driven the way a keyboard user drives them (Chromium,
// headless, the demo site): Tab order starts with the skip link, focus is visible, pictures stay
// unloaded until 「加载图片」, 下一篇 / 上一篇 of the same 版面 follow by Enter, the highlight
// switch toggles by Space; options sections are reached from their links, a site is added from
// the keyboard, every control has a name for screen readers, a bad backup is refused with a
// message, and the language switch turns Qubao's pages to English and back.
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { issueDir, JIANGWAN, nth } from '../../demo/tools/site-papers';
import { waitFor } from './support/chromium';
import { ChromiumSession } from './support/chromium-session';
import { CHROME_BUILD_DIR } from './support/paths';

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => !!document.activeElement?.matches(sel), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element's outline as drawn (the visible focus ring). */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });

/** Controls with no name a screen reader could read (no label, aria-label, aria-labelledby or text). */
const UNNAMED_CONTROLS_JS = `(() => [...document.querySelectorAll('button, input:not([type=hidden]):not([aria-hidden=true]), select, textarea, a[href]')]
  .filter((el) => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.labels && el.labels.length) || (el.textContent || '').trim() || el.getAttribute('title')))
  .map((el) => el.outerHTML.slice(0, 120)))()`;

const title = (page: Page) => page.evaluate(() => document.querySelector('[data-testid="reader-title"]')?.textContent ?? '');

describe('reader and options by keyboard (Chromium)', () => {
  let server: DemoServer;
  let s: ChromiumSession;
  let dir: string;
  const page1 = nth(JIANGWAN.pages, 0);
  const [lead, photo, care] = [0, 1, 2].map((i) => nth(page1.articles, i));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qubao-ro-e2e-'));
    server = await startDemoServer();
    s = await ChromiumSession.start({ extensionDir: CHROME_BUILD_DIR, siteUrl: server.url });
    for (const a of [lead, photo, care]) await s.visit(`${issueDir(JIANGWAN)}/content_${a!.id}.htm`);
    await s.waitForSaved((l) => [lead, photo, care].every((a) => l.rows.some((r) => r.title === a!.title)), 'three articles of 第1版');
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reader: skip link first, pictures on request, same-版面 links and the highlight switch by keyboard, visible focus', async () => {
    const { page: reader, view } = await s.openReader(photo!.title);
    expect(view.title).toBe(photo!.title);
    await reader.waitForSelector('[data-testid="reader-image-placeholder"]');
    expect(await reader.textContent('[data-testid="reader-caption"]')).toContain(photo!.picCaption!);
    expect(await reader.locator('img[data-testid="reader-image"]').count()).toBe(0);
    expect(await reader.evaluate(UNNAMED_CONTROLS_JS)).toEqual([]);

    await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await reader.keyboard.press('Tab');
    const skip = await reader.evaluate(() => ({ cls: document.activeElement?.className, left: document.activeElement!.getBoundingClientRect().left }));
    expect(skip).toMatchObject({ cls: 'skip-link' });
    expect(skip.left).toBeGreaterThanOrEqual(0); // shown on screen while focused
    await reader.keyboard.press('Enter');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('reader-body');

    await tabTo(reader, '[data-testid="reader-highlight-toggle"]');
    expect((await focusRing(reader)).style).not.toBe('none');
    const before = await reader.isChecked('[data-testid="reader-highlight-toggle"]');
    await reader.keyboard.press('Space');
    expect(await reader.isChecked('[data-testid="reader-highlight-toggle"]')).toBe(!before);

    await tabTo(reader, '[data-testid="reader-image-load"]');
    const ring = await focusRing(reader);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await reader.keyboard.press('Enter');
    const loaded = await waitFor(() => reader.evaluate(() => (document.querySelector('img[data-testid="reader-image"]') as HTMLImageElement | null)?.naturalWidth ?? 0), (w) => w > 0, 'the picture from the demo site');
    expect(loaded).toBeGreaterThan(0);

    // Same 版面, in page order: 上一篇 is the lead story, 下一篇 the third.
    expect(await reader.textContent('[data-testid="reader-prev"]')).toContain(lead!.title);
    await tabTo(reader, '[data-testid="reader-next"]');
    await Promise.all([reader.waitForURL(/reader\.html\?id=/), reader.keyboard.press('Enter')]);
    await waitFor(() => title(reader), (t) => t === care!.title, 'the next article of the page');
    await tabTo(reader, '[data-testid="reader-prev"]');
    await Promise.all([reader.waitForURL(/reader\.html\?id=/), reader.keyboard.press('Enter')]);
    await waitFor(() => title(reader), (t) => t === photo!.title, 'back to the previous article');
    // The article as a RIS record for Zotero / EndNote, downloaded from the reader.
    const [ris] = await Promise.all([reader.waitForEvent('download'), reader.click('[data-testid="reader-export-ris"]')]);
    const risFile = path.join(dir, ris.suggestedFilename());
    await ris.saveAs(risFile);
    const risText = readFileSync(risFile, 'utf8');
    expect(risText.startsWith('TY  - NEWS\r\n')).toBe(true);
    expect(risText).toContain(`TI  - ${photo!.title}`);
    expect(risText).toContain('T2  - 江湾时报');
    const original = await reader.getAttribute('[data-testid="reader-original-link"]', 'href');
    expect(original).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('options: section links, a site added from the keyboard, named controls, storage, a bad backup refused, English and back', async () => {
    const opt = await s.browser.context.newPage();
    await opt.goto(`${s.extensionUrl}options.html`);
    await opt.waitForSelector('[data-testid="backup-export"]');
    expect(await opt.evaluate(UNNAMED_CONTROLS_JS)).toEqual([]);

    await tabTo(opt, 'a[href="#backup-heading"]');
    expect((await focusRing(opt)).style).not.toBe('none');
    await opt.keyboard.press('Enter');
    expect(await opt.evaluate(() => location.hash)).toBe('#backup-heading');

    await tabTo(opt, '[data-testid="site-add-input"]');
    await opt.keyboard.type('news.example.cn/paper/index.htm');
    await opt.keyboard.press('Enter');
    await opt.waitForSelector('[data-testid="site-mode-row"] code:text("https://news.example.cn")');
    expect(await opt.getAttribute('[data-testid="site-mode-select"]', 'aria-label')).toContain('https://news.example.cn');
    await tabTo(opt, '[data-testid="site-add-input"]');
    await opt.keyboard.type('javascript:alert(1)');
    await opt.keyboard.press('Enter');
    expect(await opt.textContent('[role="alert"]')).toContain('http');

    expect(await opt.textContent('[data-testid="storage-usage"]')).toMatch(/已用 [\d.]+ (B|KB|MB)/);
    expect(await opt.textContent('[data-testid="storage-persisted"]')).toMatch(/持久存储/);

    const bad = path.join(dir, 'not-a-backup.json');
    writeFileSync(bad, '{"format":"something-else"}');
    await opt.setInputFiles('[data-testid="backup-file"]', bad);
    await waitFor(() => opt.textContent('[data-testid="backup-message"]'), (t) => /不是有效的区报备份/.test(t ?? ''), 'the bad-file message');

    await Promise.all([opt.waitForEvent('load'), opt.check('[data-testid="language-en"]')]);
    await waitFor(() => opt.textContent('h1'), (t) => t === 'Qubao settings', 'the English options page');
    expect(await opt.evaluate(() => document.documentElement.lang)).toBe('en');
    const { page: reader } = await s.openReader(lead!.title);
    expect(await reader.textContent('.skip-link')).toBe('Skip to the article');
    await reader.close();
    await Promise.all([opt.waitForEvent('load'), opt.check('[data-testid="language-auto"]')]);
    await waitFor(() => opt.textContent('h1'), (t) => /区报设置|欢迎使用区报/.test(t ?? ''), 'Chinese again');
  });
});
