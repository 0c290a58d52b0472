import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { sitePatternsForUrl } from '@/lib/library/match-patterns';
import type { FollowStartResponse } from '@/lib/protocol-alerts';
import { openQubaoDb } from '@/lib/store';
import type { FollowRecord } from '@/lib/store/alert-types';
import { listFollows } from '@/lib/store/follows';
import type { FollowOfferView } from '@/components/follow-offer';
import type { TabView } from '@/components/tab-status-panel';
import { t } from '@/components/i18n';

export interface FollowView {
  follows: FollowRecord[] | null;
  offer: FollowOfferView;
  busy: boolean;
  notice: string | null;
  actions: { follow: () => void; unfollow: (paperId: number) => void };
}

/** The popup's 关注 tab and the "关注此报" offer for the tab's paper. */
export function useFollow(tab: TabView): FollowView {
  const [follows, setFollows] = useState<FollowRecord[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const db = openQubaoDb();
    listFollows(db).then((f) => setFollows((cur) => cur ?? f), () => undefined);
    const sub = liveQuery(() => listFollows(db)).subscribe({ next: setFollows, error: () => setFollows([]) });
    return () => sub.unsubscribe();
  }, []);

  const kind = tab.status?.kind;
  const paperName = tab.status?.paperName ?? null;
  const offer: FollowOfferView = {
    detected: tab.tabId != null && (kind === 'layout' || kind === 'article'),
    paperName,
    followed: !!paperName && !!follows?.some((f) => f.name === paperName),
  };

  // The site's host permission is asked for first, in the click (user gesture), only if missing.
  const follow = useCallback(() => {
    if (tab.tabId == null || !tab.url) return;
    const tabId = tab.tabId;
    const patterns = sitePatternsForUrl(tab.url) ?? [];
    setBusy(true);
    setNotice(null);
    const start = async () => {
      const res = (await browser.runtime.sendMessage({ type: 'follow/start', tabId })) as FollowStartResponse;
      setNotice(res.ok ? t('followDone', res.name) : t('followFailed', res.error));
    };
    // tab.enabled already says whether this site is granted; request() is the click's first call otherwise.
    const granted = tab.enabled ? Promise.resolve(true) : browser.permissions.request({ origins: patterns });
    granted
      .then(async (ok) => {
        if (!ok) return setNotice(t('permissionDenied'));
        if (!tab.enabled) await browser.runtime.sendMessage({ type: 'sites/sync' });
        await start();
      })
      .catch((e: unknown) => setNotice(t('followFailed', e instanceof Error ? e.message : String(e))))
      .finally(() => setBusy(false));
  }, [tab.tabId, tab.url, tab.enabled]);

  const unfollow = useCallback((paperId: number) => void browser.runtime.sendMessage({ type: 'follow/remove', paperId }), []);

  return { follows, offer, busy, notice, actions: { follow, unfollow } };
}
