// One valid example of every message the background accepts, by the sender kind that may send
// it. The rejection tests mutate these; a new message type added to lib/protocol*.ts without an
// example here fails the "every type is covered" test.
export const CONTENT_URL = 'http://epaper.example.cn/html/2026-05/06/content_9.htm';

export const CONTENT_MESSAGES: Record<string, Record<string, unknown>> = {
  'page/captured': { type: 'page/captured', url: CONTENT_URL, html: '<html><body><p>正文</p></body></html>', title: '新桥通车' },
  'page/highlight': { type: 'page/highlight', texts: ['新桥通车仪式', '第二段'] },
};

export const EXTENSION_PAGE_MESSAGES: Record<string, Record<string, unknown>> = {
  'tab/status': { type: 'tab/status', tabId: 3 },
  'tab/save': { type: 'tab/save', tabId: 3 },
  'sites/sync': { type: 'sites/sync' },
  'site/set-mode': { type: 'site/set-mode', origin: 'http://epaper.example.cn', mode: 'off' },
  'layout/save': { type: 'layout/save', tabId: 3, scope: 'issue' },
  'job/cancel': { type: 'job/cancel', jobId: 1 },
  'inbox/retry': { type: 'inbox/retry', id: 'a:0123456789abcdef0123456789abcdef' },
  'inbox/discard': { type: 'inbox/discard', id: 'm:0123456789abcdef0123456789abcdef' },
  'search/query': { type: 'search/query', query: '新桥', limit: 10 },
  'text/find-terms': { type: 'text/find-terms', texts: ['新桥通车'], terms: ['新桥'], mode: 'word' },
  'text/dictionary-changed': { type: 'text/dictionary-changed' },
  'topic/save': { type: 'topic/save', topic: { name: '交通', anyOf: ['地铁'], mustHave: [], exclude: [], newspapers: [], scope: 'both', mode: 'word' } },
  'topic/delete': { type: 'topic/delete', id: 1 },
  'topic/mute': { type: 'topic/mute', id: 1, muted: true },
  'alerts/read': { type: 'alerts/read', ids: ['1|a'] },
  'alerts/read-all': { type: 'alerts/read-all', topicId: null },
  'follow/start': { type: 'follow/start', tabId: 3 },
  'follow/remove': { type: 'follow/remove', paperId: 1 },
  'follow/prefs': { type: 'follow/prefs', intervalHours: 6, nightPause: true },
  'follow/check-now': { type: 'follow/check-now' },
};

/** Fields that may be left out (the validator fills a default), so "missing" is not a rejection for them. */
export const OPTIONAL_FIELDS = new Set(['search/query.limit', 'text/find-terms.mode', 'alerts/read-all.topicId']);
