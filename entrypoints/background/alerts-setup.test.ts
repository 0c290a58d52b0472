import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openQubaoDb } from '@/lib/store';
import { saveTopic } from '@/lib/store/topics';
import { alertServices, RESUME_NOTICES_MS, resumeNotices, startAlerts } from './alerts-setup';
import { FOLLOW_ALARM } from './follow-runner';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  const db = openQubaoDb();
  await Promise.all([db.watchTopics.clear(), db.topicAlerts.clear(), db.follows.clear()]);
});

describe('startAlerts', () => {
  it('adds its listeners synchronously and sets the badge from what is stored', async () => {
    const db = openQubaoDb();
    const { id } = (await saveTopic(db, { name: '养老', anyOf: ['养老服务站'], scope: 'both', mode: 'word' })) as { id: number };
    await db.topicAlerts.put({ id: `n:${id}\u241fa`, topicId: id, topicName: '养老', articleId: 'a', articleUrl: 'http://a.cn', title: 't', paperName: null, date: null, terms: [], snippet: { text: '', highlight: { start: 0, end: 0 } }, field: 'body', createdAt: 1, read: 0 });
    const done = startAlerts();
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    await done;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    // Nothing followed: no alarm left behind.
    expect(await fakeBrowser.alarms.get(FOLLOW_ALARM)).toBeFalsy();
  });
});

describe('resumeNotices at worker start', () => {
  it('shows a recent alert a stopped worker held in its grouping window (a follow check), once', async () => {
    const db = openQubaoDb();
    await db.alertNotices.clear();
    const { id } = (await saveTopic(db, { name: '河道', anyOf: ['河道'], scope: 'both', mode: 'word' })) as { id: number };
    const row = (articleId: string, createdAt: number) => ({ id: `n:${id}\u241f${articleId}`, topicId: id, topicName: '河道', articleId, articleUrl: 'http://a.cn', title: articleId, paperName: null, date: null, terms: [], snippet: { text: '', highlight: { start: 0, end: 0 } }, field: 'body' as const, createdAt, read: 0 as const });
    const now = 1_800_000_000_000;
    await db.topicAlerts.bulkPut([row('recent', now - 60_000), row('long-ago', now - 2 * RESUME_NOTICES_MS)]);
    const made: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (nid: string) => (made.push(nid), nid)) as never);
    expect(await resumeNotices(db, alertServices(), now)).toBe(1);
    expect(made).toEqual([`n:${id}\u241frecent`]);
    expect(await resumeNotices(db, alertServices(), now)).toBe(0);
    expect(made).toHaveLength(1);
  });
});
