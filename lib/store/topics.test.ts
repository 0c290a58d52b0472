import { beforeEach, describe, expect, it } from 'vitest';
import { buildTopicMatcher } from '../alerts/matcher';
import { recordAlerts } from '../alerts/record-alerts';
import type { TopicInput } from './alert-types';
import type { QubaoDb } from './db';
import { setWatchedTerms } from './search-settings';
import { freshDb } from './test-db';
import { alertsBetween, deleteTopic, DexieAlertStore, listTopics, markAllAlertsRead, markAlertsRead, saveTopic, setTopicMuted, unreadAlertCount } from './topics';
import { getWatchedWords } from './watched-words';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});

const topic = (over: Partial<TopicInput> = {}): TopicInput => ({ name: '山阳', anyOf: ['山阳镇'], scope: 'both', mode: 'word', ...over });
const article = (id: string, body: string) => ({ id, url: `http://a.cn/${id}.htm`, title: '镇里新闻', body, paperName: '江湾时报', date: '2026-03-18' });

describe('topics repository', () => {
  it('validates, refuses a second topic of the same name, and edits in place', async () => {
    const bad = await saveTopic(db, topic({ anyOf: [] }));
    expect(bad.ok).toBe(false);
    const first = await saveTopic(db, topic({ anyOf: [' 山阳镇 ', ''] }), 10);
    expect(first).toEqual({ ok: true, id: expect.any(Number) });
    expect((await saveTopic(db, topic())).ok).toBe(false);
    const id = (first as { id: number }).id;
    await setTopicMuted(db, id, true);
    expect(await saveTopic(db, topic({ id, anyOf: ['山阳镇', '山阳'] }))).toEqual({ ok: true, id });
    const [t] = await listTopics(db);
    expect(t).toMatchObject({ id, anyOf: ['山阳镇', '山阳'], muted: true });
  });

  it('stores one alert per topic and article through the AlertStore, counts unread ones of unmuted topics', async () => {
    const id = ((await saveTopic(db, topic())) as { id: number }).id;
    const topics = await listTopics(db);
    const matcher = buildTopicMatcher(topics);
    const store = new DexieAlertStore(db);
    const a = article('x', '山阳镇今天开会。');
    expect(await recordAlerts(a, matcher, topics, store, 100)).toHaveLength(1);
    expect(await recordAlerts(a, matcher, topics, store, 200)).toHaveLength(0);
    expect(await db.topicAlerts.count()).toBe(1);
    await recordAlerts(article('y', '山阳镇又开会。'), matcher, topics, store, 300);
    expect(await unreadAlertCount(db)).toBe(2);
    expect((await alertsBetween(db, 150, 400)).map((x) => x.articleId)).toEqual(['y']);
    await setTopicMuted(db, id, true);
    expect(await unreadAlertCount(db)).toBe(0);
    await setTopicMuted(db, id, false);
    const [first] = await db.topicAlerts.toArray();
    await markAlertsRead(db, [first!.id]);
    expect(await unreadAlertCount(db)).toBe(1);
    expect(await markAllAlertsRead(db, id)).toBe(1);
    expect(await unreadAlertCount(db)).toBe(0);
    await deleteTopic(db, id);
    expect(await db.topicAlerts.count()).toBe(0);
  });

  it('feeds watched words from unmuted topics and the hand-made list', async () => {
    await setWatchedTerms(db, ['河道']);
    const id = ((await saveTopic(db, topic({ anyOf: ['山阳镇', '山阳'] }))) as { id: number }).id;
    expect(await getWatchedWords(db)).toEqual(['河道', '山阳镇', '山阳']);
    await setTopicMuted(db, id, true);
    expect(await getWatchedWords(db)).toEqual(['河道']);
  });
});
