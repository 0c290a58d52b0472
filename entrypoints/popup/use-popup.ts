import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { listArticles, openQubaoDb } from '@/lib/store';
import type { ArticleRecord } from '@/lib/store/types';
import type { SaveTabResponse, SiteMode, TabStatusResponse } from '@/lib/protocol';
import { coveringPatternForUrl, knownPaperPatterns, sitePatternsForUrl } from '@/lib/library/match-patterns';
import type { PopupScreenProps } from '@/components/popup-screen';
import type { TabView } from '@/components/tab-status-panel';
import { t } from '@/components/i18n';

const LIST_LIMIT = 200;

/** The tab the popup is about: ?tabId=N (tests, or the popup opened as a page), else the active tab. */
async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id != null ? { id: tab.id, url: tab.url ?? null } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id != null ? { id: tab.id, url: tab.url ?? null } : null;
}

async function loadTabView(): Promise<TabView> {
  const tab = await targetTab();
  const empty: TabView = { tabId: tab?.id ?? null, url: tab?.url ?? null, origin: null, enabled: false, status: null, mode: 'auto' };
  if (!tab) return empty;
  const res = (await browser.runtime.sendMessage({ type: 'tab/status', tabId: tab.id })) as TabStatusResponse | { ok: false };
  if (!res?.ok) return empty;
  // Enabling asks for the host on http and https; being enabled only needs this page's own scheme (e2e builds grant http only).
  const pattern = tab.url ? coveringPatternForUrl(tab.url) : null;
  const enabled = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
  return { ...empty, origin: res.origin, enabled, status: res.status, mode: res.mode };
}

/** All I/O of the popup: the saved list (live), the current tab's status and the actions. */
export function usePopup(): PopupScreenProps {
  const [articles, setArticles] = useState<ArticleRecord[] | null>(null);
  const [tab, setTab] = useState<TabView>({ tabId: null, url: null, origin: null, enabled: false, status: null, mode: 'auto' });
  const [knownEnabled, setKnownEnabled] = useState(true);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const db = openQubaoDb();
    // A direct read first: liveQuery's first result can lag by seconds in a background tab in
    // Firefox (timer throttling), and the list should show at once.
    listArticles(db, { limit: LIST_LIMIT }).then((rows) => setArticles((cur) => cur ?? rows), () => undefined);
    const sub = liveQuery(() => listArticles(db, { limit: LIST_LIMIT })).subscribe({
      next: setArticles,
      error: (e) => setNotice(String(e)),
    });
    return () => sub.unsubscribe();
  }, []);

  const refreshTab = useCallback(() => {
    loadTabView().then(setTab, (e) => setNotice(String(e)));
    browser.permissions.contains({ origins: knownPaperPatterns() }).then(setKnownEnabled, () => setKnownEnabled(false));
  }, []);
  useEffect(refreshTab, [refreshTab]);

  const savePage = useCallback(async () => {
    if (tab.tabId == null) return;
    setBusy(true);
    setNotice(null);
    try {
      const res = (await browser.runtime.sendMessage({ type: 'tab/save', tabId: tab.tabId })) as SaveTabResponse;
      if (res.ok) setTab((old) => ({ ...old, status: res.status }));
      else setNotice(t('saveFailed', res.error));
    } catch (e) {
      setNotice(t('saveFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }, [tab.tabId]);

  // permissions.request must be the first call in the click handler: browsers only show the
  // prompt during a user gesture. In Firefox the popup may close when the prompt opens; the
  // background's permissions.onAdded listener registers the content script in that case.
  const enableSite = useCallback(() => {
    const patterns = tab.url ? sitePatternsForUrl(tab.url) : null;
    if (!patterns) return;
    browser.permissions.request({ origins: patterns }).then(async (granted) => {
      if (!granted) return setNotice(t('permissionDenied'));
      await browser.runtime.sendMessage({ type: 'sites/sync' });
      setNotice(t('siteEnabled'));
      await savePage();
      refreshTab();
    }, (e) => setNotice(String(e)));
  }, [tab.url, savePage, refreshTab]);

  const enableKnown = useCallback(() => {
    browser.permissions.request({ origins: knownPaperPatterns() }).then(async (granted) => {
      if (!granted) return setNotice(t('permissionDenied'));
      await browser.runtime.sendMessage({ type: 'sites/sync' });
      setNotice(t('enabledDone'));
      refreshTab();
    }, (e) => setNotice(String(e)));
  }, [refreshTab]);

  const setMode = useCallback((mode: SiteMode) => {
    if (!tab.origin) return;
    browser.runtime.sendMessage({ type: 'site/set-mode', origin: tab.origin, mode }).then(() => setTab((old) => ({ ...old, mode })));
  }, [tab.origin]);

  const openArticle = useCallback((id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}` as '/reader.html') });
  }, []);

  return { articles, tab, knownEnabled, busy, notice, actions: { openArticle, savePage, enableSite, enableKnown, setMode } };
}
