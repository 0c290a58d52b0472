import { describe, expect, it } from 'vitest';
import type { Alert, AlertArticle } from './alerts';
import { buildTopicMatcher } from './matcher';
import { inboxGroups, MemoryAlertStore, recordAlerts, unreadCount } from './record-alerts';
import type { Topic } from './topic';

const topics: Topic[] = [
  { id: 1, name: '山阳镇', anyOf: ['山阳镇'], scope: 'both', mode: 'substring' },
  { id: 2, name: '河道', anyOf: ['河道整治'], scope: 'both', mode: 'substring', muted: true },
  { id: 3, name: '食堂', anyOf: ['社区食堂'], scope: 'both', mode: 'substring' },
];
const matcher = buildTopicMatcher(topics, { includeMuted: true });
const article = (id: string, body: string): AlertArticle => ({ id, url: id, title: `标题${id}`, body, paperName: '金山报', date: '2024-05-08' });

describe('recordAlerts', () => {
  it('stores one alert per topic and article, and returns only new ones', async () => {
    const store = new MemoryAlertStore();
    const a = article('http://e.example.cn/content_1.htm', '山阳镇开展河道整治，新建社区食堂。');
    const first = await recordAlerts(a, matcher, topics, store, 1000);
    expect(first.map((x) => x.topicName)).toEqual(['山阳镇', '河道', '食堂']);
    // Saved again (or arriving from its 版面 page): nothing new, nothing doubled.
    expect(await recordAlerts(a, matcher, topics, store, 2000)).toEqual([]);
    expect(store.alerts.size).toBe(3);
    expect([...store.alerts.values()].every((x) => x.createdAt === 1000)).toBe(true);
    expect(await recordAlerts(article('x', '无关内容'), matcher, topics, store, 3000)).toEqual([]);
  });
});

describe('unreadCount and inboxGroups', () => {
  const alert = (topicId: number, id: string, createdAt: number, read: 0 | 1): Alert => ({
    id,
    topicId,
    topicName: topics.find((t) => t.id === topicId)!.name,
    articleId: id,
    articleUrl: id,
    title: id,
    paperName: null,
    date: null,
    terms: [],
    snippet: { text: '', highlight: { start: 0, end: 0 } },
    field: 'body',
    createdAt,
    read,
  });
  const alerts = [alert(1, 'a', 10, 1), alert(1, 'b', 20, 0), alert(1, 'c', 30, 1), alert(2, 'd', 40, 0), alert(3, 'e', 50, 1)];

  it('counts unread alerts of topics that are not muted', () => {
    expect(unreadCount(alerts, topics)).toBe(1);
  });

  it('groups by topic with unread groups first and unread, newest alerts first inside', () => {
    const groups = inboxGroups(alerts, topics);
    expect(groups.map((g) => [g.topicName, g.unread, g.muted])).toEqual([
      ['山阳镇', 1, false],
      ['河道', 1, true],
      ['食堂', 0, false],
    ]);
    expect(groups[0]!.alerts.map((a) => a.id)).toEqual(['b', 'c', 'a']);
  });
});
