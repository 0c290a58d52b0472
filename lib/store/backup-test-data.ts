import type { Table } from 'dexie';
import { alertId } from '../alerts/alerts';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';

// Rows for every table, for the backup tests (unit and e2e): our own text, the stored shapes,
// plus values plain JSON would lose (a Date, bytes, an undefined property, NaN, -0).

const article = (id: string, title: string, over: Record<string, unknown> = {}) => ({
  id,
  url: id,
  pageUrl: id.replace(/content_\d+/, 'node_2'),
  paperName: '江湾报',
  district: '江湾区',
  date: '2026-05-06',
  pageNumber: '03',
  pageName: '综合新闻',
  title,
  introTitle: null,
  subtitle: null,
  kind: 'news',
  pageKind: 'article',
  family: 'founder-classic',
  reporters: ['李四'],
  correspondents: [],
  photographers: [],
  otherCredits: {},
  paragraphs: ['第一段正文。', '第二段正文。'],
  images: [{ src: 'http://epaper.example.cn/images/1.jpg', caption: '新桥通车当天' }],
  continuedFrom: null,
  continuedTo: null,
  savedAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  read: 0,
  starred: 0,
  tags: ['交通'],
  parseStatus: 'ok',
  parseError: null,
  rawText: null,
  reasons: [],
  fingerprint: null,
  terms: [],
  keywords: ['新桥'],
  ...over,
});

/** Seeds rows in every table of `db` (tables nobody wrote rows for here get a generic one); `tag` keeps two seeds apart. */
export async function seedEveryTable(db: QubaoDb, tag = 'a'): Promise<void> {
  const a1 = `http://epaper.example.cn/html/2026-05/06/content_1${tag}.htm`;
  const a2 = `http://epaper.example.cn/html/2026-05/06/content_2${tag}.htm`;
  await db.transaction('rw', db.tables, async () => {
    // Gaps in auto-increment ids on purpose: a restore must keep them.
    await db.newspapers.add({ id: 3, name: `江湾报${tag}`, district: '江湾区', hosts: ['epaper.example.cn'], followed: 1, editionUrlScheme: null });
    await db.watchTopics.bulkAdd([
      { id: 2, name: `新桥${tag}`, anyOf: ['新桥'], mustHave: [], exclude: [], scope: 'both', newspapers: [], mode: 'word', muted: 0, createdAt: 5 },
      { id: 5, name: `养老${tag}`, anyOf: ['养老服务站'], mustHave: ['社区'], exclude: ['广告'], scope: 'body', newspapers: ['江湾报'], mode: 'substring', muted: 1, createdAt: 6 },
    ]);
    await db.articles.bulkAdd([
      article(a1, '新桥今日通车', { extraDate: new Date(Date.UTC(2026, 4, 6, 8)), extraBytes: new Uint8Array([0, 1, 254, 255]), extraUndefined: undefined, extraNumbers: [NaN, -0, Infinity] }),
      article(a2, '养老服务站开门', { parseStatus: 'failed', parseError: '没有正文', paragraphs: [], rawText: '整页文字\n第二行', continuedFrom: '第1版' }),
    ] as never);
    await db.topicAlerts.add({
      id: alertId(2, a1), topicId: 2, topicName: `新桥${tag}`, articleId: a1, articleUrl: a1, title: '新桥今日通车', paperName: '江湾报', date: '2026-05-06',
      terms: ['新桥'], snippet: { text: '新桥今日通车', highlight: { start: 0, end: 2 } }, field: 'headline', createdAt: 7, read: 0,
    } as never);
    await db.follows.add({
      paperId: 3, name: `江湾报${tag}`, scheme: 'founder:{yyyy}-{mm}/{dd}', origin: 'http://epaper.example.cn', nextCheckAt: 9, saveJob: null, createdAt: 8,
      state: { lastCheckAt: null, nextCheckAt: 9, lastSeenDate: null, lastEditionUrl: null, articlesFound: 0, consecutiveErrors: 0, lastError: null, lastErrorAt: null, entryValidators: null, entryUsable: null, check: null },
    } as never);
    await db.editions.add({ id: `江湾报|2026-05-06${tag}`, paperName: '江湾报', date: '2026-05-06', pageCount: 8, pages: [{ url: 'http://epaper.example.cn/html/2026-05/06/node_2.htm', label: '第03版' }] as never, updatedAt: 4 });
    await db.pages.add({ id: `江湾报|2026-05-06|03${tag}`, url: 'http://epaper.example.cn/html/2026-05/06/node_2.htm', paperName: '江湾报', date: '2026-05-06', editionId: '江湾报|2026-05-06', pageNumber: '03', pageName: '综合新闻', editors: ['钱七'], pdfUrl: null, articleLinks: [{ title: '新桥今日通车', url: a1 }], savedAt: 3 });
    await db.jobs.add({ id: 4, kind: 'save-issue', status: 'done', payload: { url: a1, pages: [1, 2] }, createdAt: 10, updatedAt: 11, error: null });
    await db.settings.bulkPut([
      { key: SETTINGS.userDictionary, value: `江湾大桥 n${tag}` },
      { key: `backup.test.${tag}`, value: { when: new Date(0), list: new Set(['x']), map: new Map([[1, 'one']]), $q: 'not a tag' } },
    ]);
    await db.siteModes.add({ origin: `http://${tag}.example.cn`, mode: 'ask', updatedAt: 12 });
    await db.fetchValidators.add({ url: a1, etag: '"abc"', lastModified: null, fetchedAt: 13 });
    await db.searchDocs.add({ id: a1, terms: [`新桥${tag}`, '通车'], counts: [2, 1], length: 3, paper: '江湾报', date: '2026-05-06', page: '3', pageName: '综合新闻', people: ['李四'], version: 1, indexedAt: 14, keywords: [], entities: { places: [], organisations: [], people: [] } } as never);
    await db.termStats.bulkAdd([{ term: `新桥${tag}`, df: 1 }, { term: '通车', df: 1 }]);
    await db.searchDocNos.add({ docNo: 0, id: a1 });
    await db.searchPostings.bulkAdd([
      { term: `新桥${tag}`, block: 0, docs: new Uint32Array([0]), tf: new Uint16Array([2]), head: new Uint16Array([1]), len: new Uint16Array([3]) },
      { term: '通车', block: 0, docs: new Uint32Array([0]), tf: new Uint16Array([1]), head: new Uint16Array([0]), len: new Uint16Array([3]) },
    ] as never);
    await db.searchDocLengths.add({ block: 0, len: Uint16Array.from({ length: 2048 }, (_, i) => (i === 0 ? 3 : 0)) });
    await db.articleMarks.add({ articleId: a1, starred: 1, readAt: 15, tags: [`区情${tag}`], updatedAt: 15 });
    await db.alertNotices.add({ id: alertId(2, a1), notifiedAt: 16 });
    await db.inbox.add({
      id: `a:${tag}`, url: a2, title: '养老服务站开门', html: '', tabId: 7, manual: 0, stage: 'stored', articleIds: [a2], status: null,
      receivedAt: 17, attempts: 0, nextAttemptAt: 0, error: null,
    } as never);
    for (const table of db.tables as Table<Record<string, unknown>, unknown>[]) {
      if ((await table.count()) > 0) continue;
      const pk = table.schema.primKey;
      const row: Record<string, unknown> = { note: `generic row ${tag}`, createdAt: 1 };
      if (typeof pk.keyPath === 'string' && !pk.auto) row[pk.keyPath] = `generic-${tag}`;
      if (Array.isArray(pk.keyPath)) for (const p of pk.keyPath) row[p] = `generic-${tag}`;
      if (pk.keyPath) await table.add(row);
      else await table.add(row, `generic-${tag}`);
    }
  });
}

/** Every record of every table, by table name, in key order (for comparing two databases). */
export async function dumpEveryTable(db: QubaoDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}
