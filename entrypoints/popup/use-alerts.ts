import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { Alert } from '@/lib/alerts/alerts';
import { inboxGroups, unreadCount, type InboxGroup } from '@/lib/alerts/record-alerts';
import type { SaveTopicResponse } from '@/lib/protocol-alerts';
import { openQubaoDb } from '@/lib/store';
import { listAlerts, listTopics } from '@/lib/store/topics';
import type { QuickTopic } from '@/components/topic-quick-form';

export interface AlertsView {
  groups: InboxGroup[] | null;
  unread: number;
  actions: {
    open: (alert: Alert) => void;
    markRead: (ids: string[]) => void;
    markAllRead: (topicId: number | null) => void;
    mute: (topicId: number, muted: boolean) => void;
    addTopic: (topic: QuickTopic) => Promise<string | null>;
  };
}

/** The reader on an alert's article, its matched words highlighted (?hl=). */
export function alertReaderPath(alert: Pick<Alert, 'articleId' | 'terms'>): string {
  const q = new URLSearchParams({ id: alert.articleId });
  for (const term of alert.terms) q.append('hl', term);
  return `/reader.html?${q}`;
}

const send = (message: unknown) => browser.runtime.sendMessage(message) as Promise<{ ok: boolean; error?: string }>;

/** The popup's 提醒 tab: the inbox (live from Dexie), the quick topic form, and their messages. */
export function useAlerts(): AlertsView {
  const [groups, setGroups] = useState<InboxGroup[] | null>(null);
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    const db = openQubaoDb();
    const read = async () => {
      const [alerts, topics] = await Promise.all([listAlerts(db), listTopics(db)]);
      return { groups: inboxGroups(alerts, topics), unread: unreadCount(alerts, topics) };
    };
    const show = (v: { groups: InboxGroup[]; unread: number }) => {
      setGroups(v.groups);
      setUnread(v.unread);
    };
    read().then(show, () => undefined);
    const sub = liveQuery(read).subscribe({ next: show, error: () => setGroups([]) });
    return () => sub.unsubscribe();
  }, []);

  const markRead = useCallback((ids: string[]) => void send({ type: 'alerts/read', ids }), []);
  const open = useCallback((alert: Alert) => {
    void browser.tabs.create({ url: browser.runtime.getURL(alertReaderPath(alert) as '/reader.html') });
    if (!alert.read) markRead([alert.id]);
  }, [markRead]);
  const markAllRead = useCallback((topicId: number | null) => void send({ type: 'alerts/read-all', topicId }), []);
  const mute = useCallback((id: number, muted: boolean) => void send({ type: 'topic/mute', id, muted }), []);
  const addTopic = useCallback(async (topic: QuickTopic) => {
    const res = (await browser.runtime.sendMessage({ type: 'topic/save', topic: { ...topic, scope: 'both', mode: 'word' } })) as SaveTopicResponse;
    return res.ok ? null : res.error;
  }, []);

  return { groups, unread, actions: { open, markRead, markAllRead, mute, addTopic } };
}
