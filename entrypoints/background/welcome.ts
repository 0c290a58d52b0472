import { browser } from 'wxt/browser';

/** First install: open the options page, which offers the one-click "enable on known e-paper sites". */
export async function openWelcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html?welcome=1') });
}
