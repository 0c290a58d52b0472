import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertId } from '@/lib/alerts/alerts';
import { parsePage } from '@/lib/parse';
import type { QubaoDb } from '@/lib/store';
import { listFollows } from '@/lib/store/follows';
import { freshDb } from '@/lib/store/test-db';
import { listTopics } from '@/lib/store/topics';
import { createMessageListener } from './messages';
import { FOLLOW_ALARM } from './follow-runner';
import { handleAlertMessage } from './alerts-messages';
import { writeTabLayout } from './tab-layout';
import { contentSender, popupSender, send } from './test-helpers';

const site = path.resolve(__dirname, '../../demo/site');
const node2 = 'http://127.0.0.1:8080/jwsb/html/2026-03/18/node_2.htm';
const article = 'http://127.0.0.1:8080/jwsb/html/2026-03/18/content_5103.htm';
const read = (url: string) => readFileSync(path.join(site, new URL(url).pathname), 'utf8');

let db: QubaoDb;
let listener: ReturnType<typeof createMessageListener>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = freshDb();
  listener = createMessageListener(() => db);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
});

describe('topic and alert messages', () => {
  it('creates, refuses invalid, mutes and deletes topics; only extension pages may send them', async () => {
    const topic = { name: '养老', anyOf: ['养老服务站'] };
    expect(await send(listener, { type: 'topic/save', topic }, contentSender('http://a.cn/x.htm'))).toEqual({ ok: false, error: 'sender not allowed' });
    const created = await send(listener, { type: 'topic/save', topic }, popupSender());
    expect(created).toEqual({ ok: true, id: expect.any(Number) });
    const bad = await send(listener, { type: 'topic/save', topic: { name: '', anyOf: ['x'] } }, popupSender());
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p: { field: string }) => p.field)).toContain('name');
    expect((await send(listener, { type: 'topic/save', topic: { ...topic, script: 1 } }, popupSender())).ok).toBe(false);
    await send(listener, { type: 'topic/mute', id: created.id, muted: true }, popupSender());
    expect((await listTopics(db))[0]?.muted).toBe(true);
    await send(listener, { type: 'topic/delete', id: created.id }, popupSender());
    expect(await listTopics(db)).toEqual([]);
  });

  it('marks alerts read one by one or all, and the badge follows', async () => {
    const { id } = await send(listener, { type: 'topic/save', topic: { name: '养老', anyOf: ['养老服务站'] } }, popupSender());
    const base = { topicId: id, topicName: '养老', articleUrl: 'http://a.cn', title: 't', paperName: null, date: null, terms: [], snippet: { text: '', highlight: { start: 0, end: 0 } }, field: 'body' as const, createdAt: 1, read: 0 as const };
    await db.topicAlerts.bulkPut(['a', 'b', 'c'].map((articleId) => ({ ...base, id: alertId(id, articleId), articleId })));
    await send(listener, { type: 'alerts/read', ids: [alertId(id, 'a')] }, popupSender());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await send(listener, { type: 'alerts/read-all', topicId: id }, popupSender())).toEqual({ ok: true, count: 2 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('关注此报', () => {
  it('learns the edition scheme from the 版面 page parsed for the tab and sets the alarm', async () => {
    const tab = await fakeBrowser.tabs.create({ url: node2 });
    await writeTabLayout(tab.id!, node2, parsePage({ url: node2, html: read(node2) }));
    const res = await send(listener, { type: 'follow/start', tabId: tab.id }, popupSender());
    expect(res).toEqual({ ok: true, paperId: expect.any(Number), name: '江湾时报' });
    const [f] = await listFollows(db);
    expect(JSON.parse(f!.scheme)).toMatchObject({ template: 'http://127.0.0.1:8080/jwsb/html/{yyyy}-{mm}/{dd}/node_2.htm', entryUrl: 'http://127.0.0.1:8080/jwsb/paperindex.htm' });
    expect(await fakeBrowser.alarms.get(FOLLOW_ALARM)).toBeTruthy();
  });

  it('reads an article page again to learn from it, and refuses without the host permission', async () => {
    const tab = await fakeBrowser.tabs.create({ url: article });
    const readPage = vi.fn(async (url: string) => parsePage({ url, html: read(url) }));
    const res = await handleAlertMessage(db, { type: 'follow/start', tabId: tab.id! }, popupSender(), { readPage });
    expect(res).toMatchObject({ ok: true, name: '江湾时报' });
    expect(readPage).toHaveBeenCalledWith(article);
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    expect(await handleAlertMessage(db, { type: 'follow/start', tabId: tab.id! }, popupSender(), { readPage })).toEqual({ ok: false, error: 'no host permission for this site' });
  });

  it('refuses a tab whose page is not an e-paper page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'http://blog.example.cn/post.html' });
    const readPage = async (url: string) => parsePage({ url, html: '<html><body><p>随笔</p></body></html>' });
    expect(await handleAlertMessage(db, { type: 'follow/start', tabId: tab.id! }, popupSender(), { readPage })).toMatchObject({ ok: false });
    expect(await listFollows(db)).toEqual([]);
  });
});
