import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES_PATTERNS, knownPaperPatterns, webPatterns } from '@/lib/library/match-patterns';
import type { OptionsScreenProps } from '@/components/options-screen';
import { t } from '@/components/i18n';

/** All I/O of the options / welcome page: granted origins and the grant/revoke actions. */
export function useOptions(): OptionsScreenProps {
  const [sites, setSites] = useState<string[]>([]);
  const [knownEnabled, setKnownEnabled] = useState(false);
  const [allEnabled, setAllEnabled] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(() => {
    browser.permissions.getAll().then((p) => setSites(webPatterns(p.origins ?? [])));
    browser.permissions.contains({ origins: knownPaperPatterns() }).then(setKnownEnabled);
    browser.permissions.contains({ origins: [...ALL_SITES_PATTERNS] }).then(setAllEnabled);
  }, []);
  useEffect(() => {
    refresh();
    const onChange = () => refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);

  // Each request is the first thing the click handler does (user-gesture requirement).
  const requestOrigins = (origins: string[], done: string) => {
    browser.permissions.request({ origins }).then(async (granted) => {
      if (!granted) return setNotice(t('permissionDenied'));
      await browser.runtime.sendMessage({ type: 'sites/sync' });
      setNotice(done);
      refresh();
    }, (e) => setNotice(String(e)));
  };

  return {
    welcome: new URLSearchParams(location.search).has('welcome'),
    sites,
    knownEnabled,
    allEnabled,
    notice,
    actions: {
      enableKnown: () => requestOrigins(knownPaperPatterns(), t('enabledDone')),
      enableAll: () => requestOrigins([...ALL_SITES_PATTERNS], t('allSitesEnabled')),
      removeSite: (pattern) => {
        browser.permissions.remove({ origins: [pattern] }).then(async () => {
          await browser.runtime.sendMessage({ type: 'sites/sync' });
          refresh();
        });
      },
    },
  };
}
