import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { openQubaoDb } from '@/lib/store';
import { getAllowPrivateCapture, setAllowPrivateCapture } from '@/lib/store/private-windows';

/**
 * Options: whether pages read in private windows are saved (off by default; the background
 * checks the same setting, entrypoints/background/senders.ts). The browser must also let the
 * extension run there, which only the user can switch on in the browser's extension settings.
 */
export function PrivateSettings() {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [browserAllows, setBrowserAllows] = useState<boolean | null>(null);

  useEffect(() => {
    getAllowPrivateCapture(openQubaoDb()).then(setAllowed, () => setAllowed(false));
    // Only a hint: a browser without the API (or a test double) just shows the general text.
    new Promise<boolean | undefined>((resolve) => resolve(browser.extension?.isAllowedIncognitoAccess?.())).then(
      (v) => setBrowserAllows(v ?? null),
      () => setBrowserAllows(null),
    );
  }, []);

  const change = async (on: boolean) => {
    await setAllowPrivateCapture(openQubaoDb(), on);
    setAllowed(on);
  };

  return (
    <>
      <h2 id="private">{t('securityPrivateHeading')}</h2>
      <label>
        <input type="checkbox" data-testid="private-capture" checked={allowed === true} disabled={allowed === null} onChange={(e) => void change((e.target as HTMLInputElement).checked)} />{' '}
        {t('securityPrivateLabel')}
      </label>
      <p class="hint">{t(browserAllows ? 'securityPrivateHintAllowed' : 'securityPrivateHint')}</p>
    </>
  );
}
