import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alert } from '@/lib/alerts/alerts';
import type { QubaoDb } from '@/lib/store';
import { freshDb } from '@/lib/store/test-db';
import { articleRecordOf } from '@/lib/store/search-test-support';
import { saveTopic } from '@/lib/store/topics';
import { nodeTextEngine } from '@/lib/text/engine-node';
import { alertArticle, createAlertMatchQueue, watchArticlesForAlerts } from './alerts-matching';

const engine = nodeTextEngine();
let db: QubaoDb;
let created: Alert[][];

const article = (id: string, title: string, body: string) => articleRecordOf({ id, title, body: '', paragraphs: body.split('\n'), paperName: '江湾时报', date: '2026-03-18' } as never);

beforeEach(async () => {
  db = freshDb();
  created = [];
  await saveTopic(db, { name: '区长', anyOf: ['区长'], scope: 'both', mode: 'word' });
  await saveTopic(db, { name: '养老', anyOf: ['养老服务站'], exclude: ['招聘'], scope: 'both', mode: 'word' });
});
afterEach(async () => db?.delete());

function queue(segmenter = true) {
  const q = createAlertMatchQueue(db, { segmenter: async () => (segmenter ? engine : null), now: () => 1000, onCreated: (a) => void created.push(a) });
  watchArticlesForAlerts(db, q);
  return q;
}

describe('alert matching after saves', () => {
  it('matches an article once its write committed, and reports the new alerts together', async () => {
    const q = queue();
    await db.articles.bulkPut([article('a', '区长调研', '区长来到新港路街道的养老服务站。'), article('b', '社区新闻', '社区长期关注老人。')]);
    await q.idle();
    expect(created).toHaveLength(1);
    expect(created[0]!.map((a) => [a.topicName, a.articleId]).sort()).toEqual([['养老', 'a'], ['区长', 'a']]);
    const stored = await db.topicAlerts.toArray();
    expect(stored).toHaveLength(2);
    expect(stored.find((a) => a.topicName === '养老')?.snippet.text).toContain('养老服务站');
  });

  it('writes one alert for an article saved again or re-worded, and reports nothing new', async () => {
    const q = queue();
    await db.articles.put(article('a', '区长调研', '区长来到养老服务站。'));
    await q.idle();
    await db.articles.put(article('a', '区长调研', '区长来到养老服务站。'));
    await db.articles.update('a', { paragraphs: ['区长再次来到养老服务站。'] });
    await db.articles.update('a', { read: 1 });
    await q.idle();
    expect(created).toHaveLength(1);
    expect(await db.topicAlerts.count()).toBe(2);
  });

  it('skips pages kept as raw text and articles with an excluded word', async () => {
    const q = queue();
    await db.articles.put({ ...article('raw', '区长', '区长'), parseStatus: 'failed' });
    await db.articles.put(article('job', '招聘', '养老服务站招聘护理员。'));
    await q.idle();
    expect(created).toEqual([]);
    expect(alertArticle({ ...article('raw', 'x', 'y'), parseStatus: 'failed' })).toBeNull();
  });

  it('matches through run() without hooks, whole words needing the segmenter', async () => {
    const q = createAlertMatchQueue(db, { segmenter: async () => engine, now: () => 5, onCreated: vi.fn() });
    await db.articles.put(article('c', '会议', '社区长期坚持志愿服务，副区长出席。'));
    const found = await q.run(['c']);
    expect(found.map((a) => a.topicName)).toEqual(['区长']);
    expect(found[0]!.snippet.text.slice(found[0]!.snippet.highlight.start, found[0]!.snippet.highlight.end)).toBe('区长');
  });
});
