// Launches Debian's Chromium with the built extension loaded. Test tools cannot download their own
// browsers on our machines, so this always uses /usr/bin/chromium (override with CHROMIUM_PATH).
// The flags are the ones that work as root and headless on a closed network: without the
// background-networking ones Chromium keeps trying Google hosts it cannot reach.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker; re-fetched after a restart via serviceWorker(). */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchChromiumWithExtension(opts: {
  extensionDir: string;
  headless?: boolean;
  /** A profile folder to use and keep (benches reuse a seeded library); default: a fresh one, deleted on close. */
  userDataDir?: string;
}): Promise<ExtensionBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  if (!existsSync(path.join(opts.extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${opts.extensionDir}: run the build first (npm run build:e2e)`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'qubao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's _locales choice) from the
    // environment, not from --lang; the demo and screenshots should show Qubao's Chinese UI.
    env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
    ],
  });
  const findWorker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const first = await findWorker();
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    serviceWorker: async () => {
      const live = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
      if (live) return live;
      // A stopped worker starts again on the next extension event; opening an extension page is one.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => {});
      const w = await context.waitForEvent('serviceworker', { timeout: 15_000 });
      await page.close();
      return w;
    },
    close: async () => {
      await context.close().catch(() => {});
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Badge text the extension set for the tab showing `pageUrl` (read inside the service worker). */
export async function badgeTextFor(sw: Worker, pageUrl: string): Promise<string> {
  return sw.evaluate(async (url) => {
    const c = (globalThis as any).chrome;
    const tabs: Array<{ id: number; url?: string }> = await c.tabs.query({});
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab shows ${url}; open tabs: ${tabs.map((t) => t.url).join(', ')}`);
    return c.action.getBadgeText({ tabId: tab.id });
  }, pageUrl);
}

/** Polls until `read` returns a value accepted by `ok`, or fails with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${lastError}` : ''}`);
}

/** Stops every service worker (the extension's included) through CDP, as Chrome does after 30 s idle. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
