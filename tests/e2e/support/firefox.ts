// Launches Debian's firefox-esr through puppeteer-core's WebDriver BiDi and installs the built
// add-on temporarily (BiDi webExtension.install), the same kind of install `web-ext run` does.
// The pref extensions.webextensions.uuids pins the add-on's internal UUID, so the test knows
// its moz-extension:// origin and can open popup.html as an ordinary tab.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor } from './chromium';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed for tests only; a real install gets a random UUID. */
export const FIREFOX_TEST_UUID = '6f1c3e2a-9b7d-4c1e-8a5f-2d4b6e8c0a13';

export interface FirefoxWithAddon {
  browser: Browser;
  addonId: string;
  baseUrl: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(opts: { addonDir: string; headless?: boolean }): Promise<FirefoxWithAddon> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`Firefox not found at ${FIREFOX_PATH}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  const manifest = JSON.parse(readFileSync(path.join(opts.addonDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${opts.addonDir}/manifest.json has no gecko id`);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'qubao-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    userDataDir: profile,
    // Firefox's remote agent refuses BiDi navigation to moz-extension:// unless system access is
    // allowed (remote/shared/BrowsingContextUtils isWebdriverSafeNavigationURL). Test-only flag.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_TEST_UUID }),
      // Keep the closed network quiet: no update, telemetry or remote-settings traffic.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'intl.accept_languages': 'zh-CN, en',
    },
  });
  try {
    const installed = await browser.installExtension(opts.addonDir);
    if (installed !== addonId) throw new Error(`installed add-on id ${installed}, expected ${addonId}`);
  } catch (e) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    browser,
    addonId,
    baseUrl: `moz-extension://${FIREFOX_TEST_UUID}/`,
    close: async () => {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a moz-extension:// page. Firefox's BiDi navigation to it succeeds, but Puppeteer never
 * sees the navigation finish (it lands in the extension process), so poll the document instead.
 */
export async function openExtensionPage(ff: FirefoxWithAddon, file: string, page?: Page): Promise<Page> {
  const tab = page ?? (await ff.browser.newPage());
  void tab.goto(ff.baseUrl + file, { timeout: 20_000 }).catch(() => {});
  await waitFor(
    () => tab.evaluate('location.href + " " + document.readyState') as Promise<string>,
    (s) => s.startsWith(ff.baseUrl + file) && s.endsWith('complete'),
    `${file} to load`,
    20_000,
    50,
  );
  return tab;
}
