// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { alertId, type Alert } from '@/lib/alerts/alerts';
import { inboxGroups } from '@/lib/alerts/record-alerts';
import type { Topic } from '@/lib/alerts/topic';
import { AlertsInbox } from './alerts-inbox';
import { AlertsDigest, groupByTopic } from './alerts-digest';
import { PopupTabs } from './popup-tabs';

afterEach(() => (document.body.innerHTML = ''));
const root = () => document.body.appendChild(document.createElement('div'));
const all = (el: Element, id: string) => [...el.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];

const topics: Topic[] = [
  { id: 1, name: '养老', anyOf: ['养老服务站'], scope: 'both', mode: 'word' },
  { id: 2, name: '消防', anyOf: ['消防安全'], scope: 'both', mode: 'word', muted: true },
];
const alert = (topicId: number, articleId: string, over: Partial<Alert> = {}): Alert => ({
  id: alertId(topicId, articleId),
  topicId,
  topicName: topics.find((t) => t.id === topicId)!.name,
  articleId,
  articleUrl: 'http://a.cn/x.htm',
  title: `<b>标题${articleId}</b>`,
  paperName: '江湾时报',
  date: '2026-03-18',
  terms: ['养老服务站'],
  snippet: { text: '新港路的养老服务站启用', highlight: { start: 4, end: 9 } },
  field: 'body',
  createdAt: 10,
  read: 0,
  ...over,
});

describe('AlertsInbox', () => {
  it('lists alerts by topic, unread first, with the snippet match marked and page text as text', () => {
    const el = root();
    const alerts = [alert(1, 'a', { read: 1, createdAt: 20 }), alert(1, 'b'), alert(2, 'c')];
    render(<AlertsInbox groups={inboxGroups(alerts, topics)} onOpen={vi.fn()} onMarkRead={vi.fn()} onMarkAllRead={vi.fn()} onMute={vi.fn()} />, el);
    const rows = all(el, 'alert-row');
    expect(rows.map((r) => r.querySelector('[data-testid="alert-title"]')!.textContent)).toEqual(['<b>标题b</b>', '<b>标题a</b>', '<b>标题c</b>']);
    expect(el.querySelector('b')).toBeNull();
    expect(rows[0]!.querySelector('[data-testid="alert-topic"]')!.textContent).toBe('养老');
    expect(rows[0]!.querySelector('[data-testid="alert-snippet"] mark')!.textContent).toBe('养老服务站');
    expect(rows.map((r) => !!r.querySelector('[data-testid="alert-mark-read"]'))).toEqual([true, false, true]);
  });

  it('marks one read without opening it, marks all read, mutes a topic, opens on click', () => {
    const el = root();
    const onOpen = vi.fn();
    const onMarkRead = vi.fn();
    const onMarkAllRead = vi.fn();
    const onMute = vi.fn();
    render(<AlertsInbox groups={inboxGroups([alert(1, 'b')], topics)} onOpen={onOpen} onMarkRead={onMarkRead} onMarkAllRead={onMarkAllRead} onMute={onMute} />, el);
    all(el, 'alert-mark-read')[0]!.click();
    expect(onMarkRead).toHaveBeenCalledWith([alertId(1, 'b')]);
    expect(onOpen).not.toHaveBeenCalled();
    all(el, 'alerts-read-all')[0]!.click();
    expect(onMarkAllRead).toHaveBeenCalledWith(null);
    all(el, 'topic-mute')[0]!.click();
    expect(onMute).toHaveBeenCalledWith(1, true);
    all(el, 'alert-row')[0]!.click();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ articleId: 'b' }));
  });

  it('says so when there are no alerts', () => {
    const el = root();
    render(<AlertsInbox groups={[]} onOpen={vi.fn()} onMarkRead={vi.fn()} onMarkAllRead={vi.fn()} onMute={vi.fn()} />, el);
    expect(all(el, 'alerts-empty')).toHaveLength(1);
  });
});

describe('PopupTabs', () => {
  it('shows the three tabs with the unread count and switches', () => {
    const el = root();
    const onSelect = vi.fn();
    render(
      <PopupTabs active="articles" unread={3} onSelect={onSelect}>
        <p>library</p>
      </PopupTabs>,
      el,
    );
    expect(all(el, 'popup-tab-articles')[0]!.getAttribute('aria-selected')).toBe('true');
    expect(all(el, 'unread-count')[0]!.textContent).toBe('3');
    all(el, 'popup-tab-follow')[0]!.click();
    expect(onSelect).toHaveBeenCalledWith('follow');
    all(el, 'popup-tab-alerts')[0]!.click();
    expect(onSelect).toHaveBeenCalledWith('alerts');
  });
});

describe('AlertsDigest', () => {
  it('groups the day by topic, biggest first, oldest first within', () => {
    const g = groupByTopic([alert(1, 'b', { createdAt: 30 }), alert(2, 'c'), alert(1, 'a', { createdAt: 5 })]);
    expect(g.map(([name, list]) => [name, list.map((a) => a.articleId)])).toEqual([
      ['养老', ['a', 'b']],
      ['消防', ['c']],
    ]);
    const el = root();
    const onDay = vi.fn();
    render(<AlertsDigest date="2026-03-18" latest alerts={[alert(1, 'a')]} onDay={onDay} onOpen={vi.fn()} />, el);
    expect((all(el, 'digest-next')[0] as HTMLButtonElement).disabled).toBe(true);
    expect(el.querySelector('h1')!.textContent).toContain('2026-03-18');
    expect(all(el, 'alert-row')).toHaveLength(1);
    all(el, 'digest-prev')[0]!.click();
    expect(onDay).toHaveBeenCalledWith(-1);
  });
});
