import type { InboxRecord } from './inbox';

/** An inbox row as a capture leaves it (received, never tried), with `over` on top. Tests only. */
export function inboxRow(id: string, over: Partial<InboxRecord> = {}): InboxRecord {
  return {
    id,
    url: 'http://epaper.example.cn/html/2026-05/06/content_9.htm',
    title: '标题',
    html: '<p>x</p>',
    tabId: 1,
    manual: 0,
    stage: 'received',
    articleIds: [],
    status: null,
    receivedAt: 1,
    attempts: 0,
    nextAttemptAt: 0,
    error: null,
    ...over,
  };
}
