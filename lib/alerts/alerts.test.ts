import { describe, expect, it } from 'vitest';
import { alertId, createAlerts, makeSnippet, mergeAlerts, summarizeAlerts, type Alert, type AlertArticle } from './alerts';
import { buildTopicMatcher } from './matcher';
import type { Topic } from './topic';

const topics: Topic[] = [
  { id: 1, name: '山阳镇', anyOf: ['山阳镇'], scope: 'both', mode: 'substring' },
  { id: 2, name: '住房', anyOf: ['租赁住房'], scope: 'body', mode: 'substring' },
];
const filler = '会议强调要坚持以人民为中心的发展思想，统筹推进各项工作。'.repeat(3);
const article: AlertArticle = {
  id: 'http://paper.example.cn/html/2024-03/16/content_101.htm',
  url: 'http://paper.example.cn/html/2024-03/16/content_101.htm',
  title: '新城建设提速',
  body: `${filler}\n山阳镇保障性租赁住房项目开工。${filler}`,
  paperName: '金山报',
  date: '2024-03-16',
};

function alertsFor(a: AlertArticle, now = 1000): Alert[] {
  return createAlerts(a, buildTopicMatcher(topics).match(a, null), topics, now);
}

describe('createAlerts', () => {
  it('makes one alert per matching topic with terms, snippet and a deterministic id', () => {
    const alerts = alertsFor(article);
    expect(alerts.map((a) => [a.topicName, a.terms])).toEqual([
      ['山阳镇', ['山阳镇']],
      ['住房', ['租赁住房']],
    ]);
    expect(alerts[0]!.id).toBe(alertId(1, article.id));
    const s = alerts[0]!.snippet;
    expect(s.text.slice(s.highlight.start, s.highlight.end)).toBe('山阳镇');
  });

  it('gives the same ids when the same article is matched again or arrives from another path', () => {
    const again = alertsFor({ ...article, title: '新城建设提速（续）' }, 5000);
    expect(again.map((a) => a.id)).toEqual(alertsFor(article).map((a) => a.id));
  });

  it('never confuses a numeric topic id with the same text as a string id', () => {
    expect(alertId(1, 'x')).not.toBe(alertId('1', 'x'));
  });

  it('merges a second save over the stored alerts: no new alert, read state and time kept', () => {
    const first = alertsFor(article, 1000);
    const stored = new Map(first.map((a) => [a.id, { ...a, read: 1 as const }]));
    const { put, created } = mergeAlerts(alertsFor(article, 9000), stored);
    expect(created).toEqual([]);
    expect(put.map((a) => [a.createdAt, a.read])).toEqual([
      [1000, 1],
      [1000, 1],
    ]);
    const fresh = mergeAlerts(first, new Map());
    expect(fresh.created).toHaveLength(2);
  });
});

describe('makeSnippet', () => {
  it('cuts about 60 characters around the match with ellipses and no line breaks', () => {
    const text = `${'甲'.repeat(100)}\n山阳镇${'乙'.repeat(100)}`;
    const s = makeSnippet(text, 101, 104);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(s.text).not.toContain('\n');
    expect(s.text.length).toBeGreaterThanOrEqual(60);
    expect(s.text.length).toBeLessThanOrEqual(64);
    expect(s.text.slice(s.highlight.start, s.highlight.end)).toBe('山阳镇');
  });
  it('has no ellipsis at the ends of a short text and keeps the match place', () => {
    const s = makeSnippet('山阳镇开工', 0, 3);
    expect(s).toEqual({ text: '山阳镇开工', highlight: { start: 0, end: 3 } });
  });
  it('uses the room before a match near the end', () => {
    const text = `${'甲'.repeat(200)}山阳镇。`;
    const s = makeSnippet(text, 200, 203);
    expect(s.text.endsWith('山阳镇。')).toBe(true);
    expect(s.text.length).toBe(61);
  });
  it('never splits a surrogate pair', () => {
    const text = '𠀀'.repeat(50) + '山阳镇' + '𠀀'.repeat(50);
    const s = makeSnippet(text, 100, 103);
    expect(s.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});

describe('summarizeAlerts', () => {
  const make = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...alertsFor(article)[i % 2]!, id: `a${i}`, title: `标题${i}`, createdAt: i }));
  it('gives one notification per alert when few arrive, Chinese first', () => {
    const out = summarizeAlerts(make(2));
    expect(out).toHaveLength(2);
    expect(out[0]!.title).toBe('主题“山阳镇” · 金山报');
    expect(out[0]!.message.split('\n')[0]).toBe('标题0');
  });
  it('groups many alerts into one notification with counts per topic', () => {
    const [one, ...rest] = summarizeAlerts(make(7));
    expect(rest).toEqual([]);
    expect(one!.title).toBe('7 条新提醒（山阳镇 4 条、住房 3 条）');
    expect(one!.message.split('\n')).toEqual(['· 标题0', '· 标题1', '· 标题2', '· 标题3', '还有 3 条']);
    expect(one!.alertIds).toHaveLength(7);
    expect(summarizeAlerts(make(7), { lang: 'en' })[0]!.title).toBe('7 new alerts (山阳镇: 4, 住房: 3)');
  });
  it('returns nothing for no alerts', () => {
    expect(summarizeAlerts([])).toEqual([]);
  });
});
