import { beforeEach, describe, expect, it } from 'vitest';
import { alertId, type Alert } from '../alerts/alerts';
import type { QubaoDb } from './db';
import { freshDb } from './test-db';
import { articlesWithUnshownAlerts, claimAlertNotices, claimAndPlanNotices, markNoticesShown, pendingNoticesOf, unnotifiedAlertsOf } from './topics-notices';
import { deleteTopic, saveTopic, setTopicMuted } from './topics';

let db: QubaoDb;
let topicId: number;

const alert = (articleId: string, over: Partial<Alert> = {}): Alert => ({
  id: alertId(over.topicId ?? topicId, articleId),
  topicId,
  topicName: '河道',
  articleId,
  articleUrl: `http://a.cn/${articleId}.htm`,
  title: `标题${articleId}`,
  paperName: null,
  date: null,
  terms: ['河道'],
  snippet: { text: '河道保洁', highlight: { start: 0, end: 2 } },
  field: 'body',
  createdAt: 1,
  read: 0,
  ...over,
});

beforeEach(async () => {
  db = freshDb();
  topicId = ((await saveTopic(db, { name: '河道', anyOf: ['河道'], scope: 'both', mode: 'word' })) as { id: number }).id;
});

describe('alert notification claims', () => {
  it('claims an alert once: a second claim of the same id gets nothing', async () => {
    expect([...(await claimAlertNotices(db, ['x', 'y', 'x'], 9))].sort()).toEqual(['x', 'y']);
    expect([...(await claimAlertNotices(db, ['y', 'z'], 10))]).toEqual(['z']);
    expect((await db.alertNotices.get('y'))?.notifiedAt).toBe(9);
  });

  it('two claimers at once (timer and resume) split the alerts, never both getting one', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `a${i}`);
    const [one, two] = await Promise.all([claimAlertNotices(db, ids.slice(0, 15)), claimAlertNotices(db, ids.slice(5))]);
    expect([...one].filter((id) => two.has(id))).toEqual([]);
    expect(one.size + two.size).toBe(20);
  });

  it('lists the unclaimed, unread alerts of the given articles, of topics not muted, oldest first', async () => {
    const other = ((await saveTopic(db, { name: '养老', anyOf: ['养老'], scope: 'both', mode: 'word' })) as { id: number }).id;
    await db.topicAlerts.bulkPut([
      alert('a', { createdAt: 3 }),
      alert('b', { createdAt: 2 }),
      alert('c', { read: 1 }),
      alert('d'),
      alert('e'),
      alert('a', { topicId: other, id: alertId(other, 'a') }),
    ]);
    await claimAlertNotices(db, [alertId(topicId, 'd')]);
    const ids = (await unnotifiedAlertsOf(db, ['a', 'b', 'c', 'd'])).map((a) => a.id);
    expect(ids).toEqual([alertId(other, 'a'), alertId(topicId, 'b'), alertId(topicId, 'a')]);
    await setTopicMuted(db, other, true);
    expect((await unnotifiedAlertsOf(db, ['a'])).map((a) => a.id)).toEqual([alertId(topicId, 'a')]);
    expect(await unnotifiedAlertsOf(db, [])).toEqual([]);
  });

  it('deleting a topic deletes its claims with its alerts', async () => {
    await db.topicAlerts.put(alert('a'));
    await claimAlertNotices(db, [alertId(topicId, 'a'), 'other']);
    await deleteTopic(db, topicId);
    expect(await db.alertNotices.toCollection().primaryKeys()).toEqual(['other']);
  });
});

describe('notification delivery records', () => {
  it('records each claim with its notification, a group with its members on the first alert', async () => {
    const three = [alert('a', { createdAt: 1 }), alert('b', { createdAt: 2 }), alert('c', { createdAt: 3 })];
    const plan = (fresh: Alert[]) => [{ id: 'group-x', title: 't', message: 'm', alertIds: fresh.map((a) => a.id) }];
    expect((await claimAndPlanNotices(db, three, plan, 5)).map((t) => t.alertIds.length)).toEqual([3]);
    expect(await claimAndPlanNotices(db, three, plan, 6)).toEqual([]);
    const [a, b] = await db.alertNotices.bulkGet([three[0]!.id, three[1]!.id]);
    expect(a).toEqual({ id: three[0]!.id, notifiedAt: 5, noticeId: 'group-x', members: three.map((x) => x.id) });
    expect(b).toEqual({ id: three[1]!.id, notifiedAt: 5, noticeId: 'group-x', lead: three[0]!.id });
  });

  it('lists claimed notifications never confirmed shown, whole, for any article of theirs; none once marked', async () => {
    const rows = [alert('a', { createdAt: 3 }), alert('b', { createdAt: 1 }), alert('c', { createdAt: 2 })];
    await db.topicAlerts.bulkPut(rows);
    await claimAndPlanNotices(db, rows.slice(0, 2), (fresh) => [{ id: 'g', title: '', message: '', alertIds: fresh.map((x) => x.id) }]);
    await claimAndPlanNotices(db, [rows[2]!], (fresh) => [{ id: fresh[0]!.id, title: '', message: '', alertIds: [fresh[0]!.id] }]);
    const pending = await pendingNoticesOf(db, ['b', 'c']);
    expect(pending.map((p) => [p.noticeId, p.alerts.map((x) => x.articleId), p.alertIds.length])).toEqual([
      ['g', ['b', 'a'], 2],
      [rows[2]!.id, ['c'], 1],
    ]);
    await markNoticesShown(db, [rows[0]!.id, rows[1]!.id]);
    expect((await pendingNoticesOf(db, ['a', 'b', 'c'])).map((p) => p.noticeId)).toEqual([rows[2]!.id]);
    // Claims from before delivery was recorded (no noticeId) count as shown.
    await claimAlertNotices(db, [alertId(topicId, 'old')]);
    await db.topicAlerts.put(alert('old'));
    expect((await pendingNoticesOf(db, ['old'])).length).toBe(0);
  });

  it('finds articles whose recent unread alerts are unclaimed or unconfirmed, not shown, read or old ones', async () => {
    await db.topicAlerts.bulkPut([
      alert('fresh', { createdAt: 100 }),
      alert('pending', { createdAt: 100 }),
      alert('shown', { createdAt: 100 }),
      alert('read', { createdAt: 100, read: 1 }),
      alert('old', { createdAt: 10 }),
    ]);
    const one = (id: string) => (fresh: Alert[]) => [{ id, title: '', message: '', alertIds: fresh.map((x) => x.id) }];
    await claimAndPlanNotices(db, [alert('pending')], one('p'));
    await claimAndPlanNotices(db, [alert('shown')], one('s'));
    await markNoticesShown(db, [alertId(topicId, 'shown')]);
    expect((await articlesWithUnshownAlerts(db, 50)).sort()).toEqual(['fresh', 'pending']);
  });
});
