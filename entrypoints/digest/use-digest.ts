import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { Alert } from '@/lib/alerts/alerts';
import { openQubaoDb } from '@/lib/store';
import { alertsBetween } from '@/lib/store/topics';

const DAY = 86_400_000;

/** Local midnight of the day `offset` days from the one containing `now`, and the next one. */
export function dayBounds(now: number, offset: number): { from: number; to: number; date: string } {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset);
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: start.getTime(), to: end.getTime(), date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}` };
}

/** The digest page: alerts created on one local day (today by default, ?days=-1 for yesterday). */
export function useDigest() {
  const [offset, setOffset] = useState(() => Math.min(0, Math.trunc(Number(new URLSearchParams(location.search).get('days')) || 0)));
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const bounds = dayBounds(Date.now(), offset);
  useEffect(() => {
    const db = openQubaoDb();
    setAlerts(null);
    const { from, to } = dayBounds(Date.now(), offset);
    const sub = liveQuery(() => alertsBetween(db, from, to)).subscribe({ next: setAlerts, error: () => setAlerts([]) });
    return () => sub.unsubscribe();
  }, [offset]);
  const onDay = useCallback((delta: number) => setOffset((o) => Math.min(0, o + delta)), []);
  const onOpen = useCallback((a: Alert) => {
    const q = new URLSearchParams({ id: a.articleId });
    for (const term of a.terms) q.append('hl', term);
    void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?${q}` as '/reader.html') });
    if (!a.read) void browser.runtime.sendMessage({ type: 'alerts/read', ids: [a.id] });
  }, []);
  return { date: bounds.date, latest: offset === 0, alerts, onDay, onOpen };
}
