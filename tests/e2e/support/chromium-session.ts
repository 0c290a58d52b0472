// One Chromium session against the demo site: open pages, read the badge, read the saved list
// from popup.html (opened as a tab) and open the reader. Shared by the e2e tests and the demo.
import type { Page } from 'playwright-core';
import { badgeTextFor, launchChromiumWithExtension, waitFor, type ExtensionBrowser } from './chromium';
import { libraryFresh, READ_READER_JS, READ_SAVED_LIST_JS, type ReaderView, type SavedList } from './saved-list';

export class ChromiumSession {
  private popup: Page | null = null;

  private constructor(
    readonly browser: ExtensionBrowser,
    readonly siteUrl: string,
  ) {}

  static async start(opts: { extensionDir: string; siteUrl: string; headless?: boolean }): Promise<ChromiumSession> {
    const browser = await launchChromiumWithExtension(opts);
    // A fresh profile's worker registers the content script a second or two after it starts
    // (longer on a busy machine); a page opened before that is never read.
    const sw = await browser.serviceWorker();
    await waitFor(
      () => sw.evaluate(async () => ((await (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as unknown[]).length),
      (n) => n > 0,
      'the content script registration',
    );
    return new ChromiumSession(browser, opts.siteUrl);
  }

  get extensionUrl(): string {
    return `chrome-extension://${this.browser.extensionId}/`;
  }

  /** Opens a site path in a new tab and waits for the page (and any meta refresh) to load. */
  async visit(sitePath: string, opts: { expectUrl?: RegExp } = {}): Promise<Page> {
    const page = await this.browser.context.newPage();
    await page.goto(new URL(sitePath, this.siteUrl).href, { waitUntil: 'load' });
    if (opts.expectUrl) await page.waitForURL(opts.expectUrl, { waitUntil: 'load' });
    return page;
  }

  async badge(page: Page): Promise<string> {
    return badgeTextFor(await this.browser.serviceWorker(), page.url());
  }

  /** Waits until the tab's badge satisfies `ok` (the content script and background work asynchronously). */
  async waitForBadge(page: Page, ok: (text: string) => boolean, what: string): Promise<string> {
    return waitFor(() => this.badge(page), ok, `badge ${what} on ${page.url()}`);
  }

  /** The saved list as popup.html shows it, reloaded fresh. */
  async savedList(): Promise<SavedList> {
    if (!this.popup || this.popup.isClosed()) this.popup = await this.browser.context.newPage();
    await this.popup.goto(`${this.extensionUrl}popup.html`);
    await this.popup.waitForSelector('[data-testid="article-row"], [data-testid="empty-state"], [data-testid="failed-row"]', { timeout: 15_000 });
    // Rows may be the last popup's snapshot, drawn before the database is read: wait for the
    // database's rows (use-library's mark) or its empty state.
    await this.popup.waitForFunction(libraryFresh, undefined, { timeout: 15_000 });
    return this.popup.evaluate(READ_SAVED_LIST_JS) as Promise<SavedList>;
  }

  /** Polls the popup until `ok` accepts the saved list. */
  async waitForSaved(ok: (list: SavedList) => boolean, what: string): Promise<SavedList> {
    return waitFor(() => this.savedList(), ok, what, 20_000);
  }

  /** Clicks the row with this title in the popup and returns the reader tab it opens. */
  async openReader(title: string): Promise<{ page: Page; view: ReaderView }> {
    await this.savedList();
    const popup = this.popup!;
    const row = popup.locator('[data-testid="article-row"]').filter({ has: popup.locator('[data-testid="row-title"]', { hasText: title }) });
    const [reader] = await Promise.all([
      this.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('reader.html'), timeout: 15_000 }),
      row.first().click({ timeout: 10_000 }),
    ]);
    await reader.waitForLoadState('load');
    const view = (await waitFor(() => reader.evaluate(READ_READER_JS) as Promise<ReaderView | null>, (v) => v !== null, `reader for ${title}`)) as ReaderView;
    return { page: reader, view };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
