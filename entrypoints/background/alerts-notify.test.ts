import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertId, summarizeAlerts, type Alert } from '@/lib/alerts/alerts';
import type { TabStatus } from '@/lib/protocol';
import type { QubaoDb } from '@/lib/store';
import { freshDb } from '@/lib/store/test-db';
import { saveTopic, setTopicMuted } from '@/lib/store/topics';
import * as notices from '@/lib/store/topics-notices';
import { createAlertNotifier, openNotification, readerUrlFor, refreshAlertBadge, showAlertNotifications } from './alerts-notify';
import { writeTabStatus } from './tab-status';

let db: QubaoDb;
let topicId: number;

const alert = (articleId: string, over: Partial<Alert> = {}): Alert => ({
  id: alertId(topicId, articleId),
  topicId,
  topicName: '养老',
  articleId,
  articleUrl: `http://a.cn/${articleId}.htm`,
  title: `标题${articleId}`,
  paperName: '江湾时报',
  date: '2026-03-18',
  terms: ['养老服务站'],
  snippet: { text: '……养老服务站正式启用', highlight: { start: 2, end: 7 } },
  field: 'body',
  createdAt: 1,
  read: 0,
  ...over,
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = freshDb();
  topicId = ((await saveTopic(db, { name: '养老', anyOf: ['养老服务站'], scope: 'both', mode: 'word' })) as { id: number }).id;
});

describe('alert badge', () => {
  it('counts unread alerts of unmuted topics on the global badge; a tab with its own status keeps it', async () => {
    await db.topicAlerts.bulkPut([alert('a'), alert('b'), alert('c', { read: 1 })]);
    expect(await refreshAlertBadge(db)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const saved: TabStatus = { url: 'http://a.cn/x.htm', kind: 'article', reasons: [], confidence: 1, savedCount: 1, layoutSaved: false, awaitingSave: false, error: null, paperName: null, at: 1 };
    await writeTabStatus(5, saved);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('✓');
    // A page Qubao did not recognise has no text of its own: null hands the tab to the global
    // badge in Chrome and Firefox (the fake browser does not model that fallback, so the call is checked).
    const set = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await writeTabStatus(6, { ...saved, kind: 'none', savedCount: 0 });
    expect(set).toHaveBeenCalledWith({ tabId: 6, text: null });
    await setTopicMuted(db, topicId, true);
    expect(await refreshAlertBadge(db)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('alert notifications', () => {
  it('shows one basic notification per alert with an icon that ships with the extension', async () => {
    const ids = await showAlertNotifications([alert('a')]);
    expect(ids).toEqual([alertId(topicId, 'a')]);
    const [options] = Object.values(fakeBrowser.notifications.getAllCreateOptions?.() ?? (await fakeBrowser.notifications.getAll())) as { type: string; iconUrl: string; title: string; message: string }[];
    expect(options).toMatchObject({ type: 'basic', iconUrl: fakeBrowser.runtime.getURL('/icon-128.png') });
    expect(options!.title).toContain('养老');
    expect(options!.message).toContain('标题a');
  });

  it('groups alerts that arrive within the window into one notification', async () => {
    const notifier = createAlertNotifier(db, undefined, 200);
    for (const id of ['a', 'b', 'c', 'd']) {
      await notifier.onCreated([alert(id)]);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    expect(id).toMatch(/^group/);
  });

  it('opens the reader with the matched words for one alert (marking it read), the digest for a group', async () => {
    await db.topicAlerts.put(alert('a'));
    await openNotification(db, alertId(topicId, 'a'));
    let tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(readerUrlFor('a', ['养老服务站']));
    expect(decodeURIComponent(readerUrlFor('a', ['养老服务站']))).toContain('reader.html?id=a&hl=养老服务站');
    expect((await db.topicAlerts.get(alertId(topicId, 'a')))?.read).toBe(1);
    await openNotification(db, 'group\u241fx\u241f5');
    tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/digest.html'))).toBe(true);
  });
});

describe('each recorded alert notified once across worker stops', () => {
  const created = () => {
    const ids: string[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string) => {
      ids.push(id);
      return id;
    }) as never);
    return ids;
  };

  it('a worker stopped between recording and showing: the next worker shows the alert, once', async () => {
    const shown = created();
    // The stopped worker: the alert row is written and buffered, but its timer never fires.
    await db.topicAlerts.put(alert('a'));
    const stopped = createAlertNotifier(db, undefined, 60_000);
    await stopped.onCreated([alert('a')]);
    // The next worker resumes the capture of article a.
    const next = createAlertNotifier(db, undefined, 60_000);
    expect(await next.addUnnotified(['a'])).toBe(1);
    await next.flush();
    expect(shown).toEqual([alertId(topicId, 'a')]);
    // A third start (the inbox row was not removed yet) finds nothing left to show.
    const third = createAlertNotifier(db, undefined, 60_000);
    expect(await third.addUnnotified(['a'])).toBe(0);
    await third.flush();
    expect(shown).toHaveLength(1);
  });

  it('the grouping timer and a resume racing for the same alerts: each is shown once', async () => {
    const shown = created();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await db.topicAlerts.bulkPut(ids.map((id) => alert(id)));
    for (let round = 0; round < 8; round++) {
      await db.alertNotices.clear();
      shown.length = 0;
      const notifier = createAlertNotifier(db, undefined, round);
      await notifier.onCreated(ids.slice(0, 3).map((id) => alert(id)));
      // The resume of the same capture, while the timer may fire at any point of it.
      await notifier.addUnnotified(ids);
      await Promise.all([notifier.flush(), new Promise((r) => setTimeout(r, round))]);
      await new Promise((r) => setTimeout(r, round + 5));
      // Alerts covered by what was shown: a single is its alert; a group id ends with its size.
      const covered = shown.reduce((k, id) => k + (id.startsWith('group') ? Number(id.split('\u241f').pop()) : 1), 0);
      expect(covered).toBe(ids.length);
      const singles = shown.filter((id) => !id.startsWith('group'));
      expect(new Set(singles).size).toBe(singles.length);
      expect(await db.alertNotices.count()).toBe(ids.length);
    }
  });

  it('two worker lifetimes flushing the same alerts at once show them once', async () => {
    const shown = created();
    await db.topicAlerts.bulkPut([alert('a'), alert('b')]);
    const [one, two] = [createAlertNotifier(db), createAlertNotifier(db)];
    await Promise.all([one.addUnnotified(['a', 'b']), two.addUnnotified(['a', 'b'])]);
    await Promise.all([one.flush(), two.flush()]);
    expect(shown.sort()).toEqual([alertId(topicId, 'a'), alertId(topicId, 'b')].sort());
  });

  it('never shows on resume an alert the user read in the meantime', async () => {
    const shown = created();
    await db.topicAlerts.bulkPut([alert('a', { read: 1 }), alert('b')]);
    const n = createAlertNotifier(db);
    expect(await n.addUnnotified(['a', 'b'])).toBe(1);
    await n.flush();
    expect(shown).toEqual([alertId(topicId, 'b')]);
  });
});

describe('at-least-once delivery: a claim is confirmed only after create', () => {
  const created = () => {
    const made: { id: string; title: string }[] = [];
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation((async (id: string, o: { title: string }) => {
      made.push({ id, title: o.title });
      return id;
    }) as never);
    return made;
  };

  it('a worker stopped between the claim and create: the next one makes it, with the claimed id, once', async () => {
    const made = created();
    await db.topicAlerts.put(alert('a'));
    // The stopped worker: claimed (and planned) the notification, then stopped before create().
    expect((await notices.claimAndPlanNotices(db, [alert('a')], (f) => summarizeAlerts(f))).map((t) => t.id)).toEqual([alertId(topicId, 'a')]);
    expect(made).toEqual([]);
    const next = createAlertNotifier(db, undefined, 60_000);
    expect(await next.addUnnotified(['a'])).toBe(1);
    await next.flush();
    expect(made.map((m) => m.id)).toEqual([alertId(topicId, 'a')]);
    expect((await db.alertNotices.get(alertId(topicId, 'a')))?.shownAt).toBeGreaterThan(0);
    const third = createAlertNotifier(db, undefined, 60_000);
    expect(await third.addUnnotified(['a'])).toBe(0);
    await third.flush();
    expect(made).toHaveLength(1);
  });

  it('a group claimed and never confirmed is made again whole, under the same group id', async () => {
    const made = created();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    await db.topicAlerts.bulkPut(ids.map((id, i) => alert(id, { createdAt: 10 + i })));
    // First lifetime: shows the group, but stops before marking it shown.
    vi.spyOn(notices, 'markNoticesShown').mockImplementationOnce(() => new Promise(() => {}));
    const first = createAlertNotifier(db, undefined, 60_000);
    await first.onCreated(ids.map((id, i) => alert(id, { createdAt: 10 + i })));
    void first.flush();
    await vi.waitFor(() => expect(made).toHaveLength(1));
    const groupId = made[0]!.id;
    expect(groupId).toBe(`group\u241f${alertId(topicId, 'a')}\u241f5`);
    vi.restoreAllMocks();
    const again = created();
    // The next lifetime resumes only article c: the whole group comes back, same id and title.
    const next = createAlertNotifier(db, undefined, 60_000);
    expect(await next.addUnnotified(['c'])).toBe(5);
    await next.flush();
    expect(again).toEqual([{ id: groupId, title: made[0]!.title }]);
    expect((await db.alertNotices.bulkGet(ids.map((id) => alertId(topicId, id)))).every((c) => (c?.shownAt ?? 0) > 0)).toBe(true);
  });

  it('a resume in the same worker never makes again what this worker is making', async () => {
    const made = created();
    await db.topicAlerts.put(alert('a'));
    let release!: () => void;
    vi.spyOn(notices, 'markNoticesShown').mockImplementationOnce(() => new Promise<void>((r) => (release = r)));
    const n = createAlertNotifier(db, undefined, 60_000);
    await n.onCreated([alert('a')]);
    const flushing = n.flush();
    await vi.waitFor(() => expect(made).toHaveLength(1));
    // Claimed, created, not yet marked: pending in the database, but made by this worker.
    expect(await n.addUnnotified(['a'])).toBe(0);
    release();
    await flushing;
    await n.flush();
    expect(made).toHaveLength(1);
  });
});
