import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { latestSaveJob, openQubaoDb, type SaveJobRecord } from '@/lib/store';
import type { SaveScope, SaveTabResponse, SiteMode, StartJobResponse, TabStatusResponse } from '@/lib/protocol';
import { coveringPatternForUrl, knownPaperPatterns, sitePatternsForUrl } from '@/lib/library/match-patterns';
import type { PopupScreenProps } from '@/components/popup-screen';
import type { TabView } from '@/components/tab-status-panel';
import type { JobView } from '@/components/save-job-panel';
import { t } from '@/components/i18n';
import { NO_TAB } from './first-paint';

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

/** Host patterns a save job from this 版面 page needs and the extension lacks (asked for in the click). */
async function missingPatterns(origins: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const o of origins) {
    const covering = coveringPatternForUrl(o);
    if (covering && !(await browser.permissions.contains({ origins: [covering] }))) missing.push(...(sitePatternsForUrl(o) ?? []));
  }
  return [...new Set(missing)];
}

function jobView(job: SaveJobRecord | null): JobView | null {
  if (!job) return null;
  const p = job.payload.progress;
  return { id: job.id, scope: job.payload.scope, status: job.status, done: p.done, total: p.total, failed: p.failed, current: p.currentTitle ?? p.current, error: job.error };
}

async function loadTabView(): Promise<TabView> {
  const tab = await targetTab();
  const empty: TabView = { ...NO_TAB, tabId: tab?.id ?? null, url: tab?.url ?? null };
  if (!tab) return empty;
  const res = (await browser.runtime.sendMessage({ type: 'tab/status', tabId: tab.id })) as TabStatusResponse | { ok: false };
  if (!res?.ok) return empty;
  // Enabling asks for the host on http and https; being enabled only needs this page's own scheme (e2e builds grant http only).
  const pattern = tab.url ? coveringPatternForUrl(tab.url) : null;
  const enabled = pattern ? await browser.permissions.contains({ origins: [pattern] }) : false;
  return { ...empty, origin: res.origin, enabled, status: res.status, mode: res.mode };
}

/** I/O of the popup around the library (use-library): the current tab's status, save jobs and the actions. */
export function usePopup(): Omit<PopupScreenProps, 'library'> {
  const [job, setJob] = useState<SaveJobRecord | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [tab, setTab] = useState<TabView>(NO_TAB);
  const [knownEnabled, setKnownEnabled] = useState(true);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const db = openQubaoDb();
    // The background rewrites the job row after every step: this is the live progress line.
    const jobs = liveQuery(() => latestSaveJob(db)).subscribe({ next: setJob, error: () => setJob(null) });
    return () => jobs.unsubscribe();
  }, []);

  const refreshTab = useCallback(() => {
    loadTabView().then(async (view) => {
      setTab(view);
      setMissing(view.status?.layout ? await missingPatterns(view.status.layout.origins) : []);
    }, (e) => setNotice(String(e)));
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

  // "保存本版/保存整期". Host access for the pages to fetch is asked for first, in the click itself
  // (permissions.request needs the user gesture), and only when something is missing.
  const saveLayout = useCallback((scope: SaveScope) => {
    if (tab.tabId == null) return;
    const tabId = tab.tabId;
    const start = async () => {
      setNotice(null);
      const res = (await browser.runtime.sendMessage({ type: 'layout/save', tabId, scope })) as StartJobResponse;
      if (!res.ok) setNotice(t('jobStartFailed', res.error));
    };
    const fail = (e: unknown) => setNotice(t('jobStartFailed', e instanceof Error ? e.message : String(e)));
    if (missing.length === 0) return void start().catch(fail);
    browser.permissions.request({ origins: missing }).then(async (granted) => {
      if (!granted) return setNotice(t('permissionDenied'));
      setMissing([]);
      await browser.runtime.sendMessage({ type: 'sites/sync' });
      await start();
    }, fail);
  }, [tab.tabId, missing]);

  const cancelJob = useCallback((id: number) => {
    browser.runtime.sendMessage({ type: 'job/cancel', jobId: id }).catch((e: unknown) => setNotice(String(e)));
  }, []);

  // The last job is shown while it runs, and afterwards only on the page it was started from.
  const shownJob = job && (job.status === 'running' || job.payload.pageUrl === tab.url) ? jobView(job) : null;

  return {
    tab,
    knownEnabled,
    busy,
    notice,
    job: shownJob,
    actions: { openArticle, savePage, enableSite, enableKnown, setMode, saveLayout, cancelJob },
  };
}
