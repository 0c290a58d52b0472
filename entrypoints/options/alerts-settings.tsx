import { useCallback, useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { Topic } from '@/lib/alerts/topic';
import type { SaveTopicResponse } from '@/lib/protocol-alerts';
import { openQubaoDb } from '@/lib/store';
import type { FollowRecord, TopicInput } from '@/lib/store/alert-types';
import { DEFAULT_FOLLOW_PREFERENCES, getFollowPreferences, listFollows, type FollowPreferences } from '@/lib/store/follows';
import { listTopics } from '@/lib/store/topics';
import { FollowList } from '@/components/follow-list';
import { FollowSettings } from '@/components/follow-settings';
import { TopicEditor, TopicList } from '@/components/topic-editor';
import { t } from '@/components/i18n';
import '@/components/alerts.css';

type StoredTopic = Topic & { id: number };

/** Follows a Dexie query live (direct read first, then liveQuery). */
function useLive<T>(query: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    query().then((v) => setValue((cur) => cur ?? v), () => undefined);
    const sub = liveQuery(query).subscribe({ next: setValue, error: () => undefined });
    return () => sub.unsubscribe();
  }, []);
  return value;
}

const send = (message: unknown) => browser.runtime.sendMessage(message) as Promise<{ ok: boolean; error?: string }>;

/** Options sections for topics (full form, list with edit/mute/delete) and followed papers. */
export function AlertsSettings() {
  const db = openQubaoDb();
  const topics = useLive<StoredTopic[]>(() => listTopics(db));
  const follows = useLive<FollowRecord[]>(() => listFollows(db));
  const [editing, setEditing] = useState<number | null>(null);
  const [prefs, setPrefs] = useState<FollowPreferences>(DEFAULT_FOLLOW_PREFERENCES);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    getFollowPreferences(db).then(setPrefs, () => undefined);
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const saveTopic = useCallback(async (topic: TopicInput) => {
    const res = (await browser.runtime.sendMessage({ type: 'topic/save', topic })) as SaveTopicResponse;
    if (res.ok) setEditing(null);
    return res.ok ? null : res.error;
  }, []);
  const changePrefs = useCallback((next: FollowPreferences) => {
    setPrefs(next);
    void send({ type: 'follow/prefs', ...next });
  }, []);

  const editingTopic = topics?.find((x) => x.id === editing) ?? null;
  return (
    <>
      <h2 id="topics">{t('topicsHeading')}</h2>
      <p class="hint">{t('topicsHint')}</p>
      <TopicList
        topics={topics}
        onEdit={setEditing}
        onDelete={(id) => void send({ type: 'topic/delete', id })}
        onMute={(id, muted) => void send({ type: 'topic/mute', id, muted })}
      />
      <h3>{editingTopic ? t('topicEditHeading', editingTopic.name) : t('topicNewHeading')}</h3>
      <TopicEditor key={editing ?? 'new'} topic={editingTopic} onSave={saveTopic} onCancel={editingTopic ? () => setEditing(null) : undefined} />
      <p class="hint">
        <a href="/digest.html" target="_blank">
          {t('digestLink')}
        </a>
      </p>
      <h2 id="follow">{t('followHeading')}</h2>
      <p class="hint">{t('followHint')}</p>
      <FollowSettings prefs={prefs} onChange={changePrefs} onCheckNow={() => void send({ type: 'follow/check-now' })} />
      <FollowList follows={follows} detailed now={now} onUnfollow={(paperId) => void send({ type: 'follow/remove', paperId })} />
    </>
  );
}
