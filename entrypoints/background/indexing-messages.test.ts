import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validateTextMessage, type TextMessage } from '@/lib/protocol';
import type { QubaoDb } from '@/lib/store';
import { indexStoredArticles } from '@/lib/store/search-indexing';
import { setPageHighlight, setWatchedTerms } from '@/lib/store/search-settings';
import { articleRecordOf } from '@/lib/store/search-test-support';
import { freshDb } from '@/lib/store/test-db';
import { nodeTextEngine } from '@/lib/text/engine-node';
import { SAMPLE_ARTICLES } from '@/lib/text/sample-articles';
import { handleTextMessage, type TextServices } from './indexing-messages';
import { contentSender, popupSender } from './test-helpers';

const engine = nodeTextEngine();
let db: QubaoDb;
const services: TextServices = { engine: async () => engine, reloadDictionary: vi.fn(async () => undefined) };

function valid(msg: unknown): TextMessage {
  const v = validateTextMessage(msg);
  if (!v?.ok) throw new Error(`invalid: ${JSON.stringify(v)}`);
  return v.value;
}

beforeEach(() => fakeBrowser.reset());
afterEach(async () => db?.delete());

describe('validateTextMessage', () => {
  it('leaves other messages to the other validator', () => {
    expect(validateTextMessage({ type: 'tab/status', tabId: 1 })).toBeNull();
    expect(validateTextMessage('search/query')).toBeNull();
  });

  it.each([
    [{ type: 'search/query', query: 'x'.repeat(501) }],
    [{ type: 'search/query', query: '张堰镇', limit: 1000 }],
    [{ type: 'search/query', query: '张堰镇', extra: 1 }],
    [{ type: 'text/find-terms', texts: ['a'], terms: ['x'.repeat(31)] }],
    [{ type: 'text/find-terms', texts: [1], terms: [] }],
    [{ type: 'text/find-terms', texts: [], terms: [], mode: 'regex' }],
    [{ type: 'page/highlight', texts: 'not a list' }],
    [{ type: 'page/highlight', texts: ['x'.repeat(3 * 1024 * 1024)] }],
  ])('rejects %j', (msg) => {
    expect(validateTextMessage(msg)?.ok).toBe(false);
  });
});

describe('handleTextMessage', () => {
  it('searches the library for the popup', async () => {
    db = freshDb();
    await db.articles.bulkPut(SAMPLE_ARTICLES.map((a) => articleRecordOf(a)));
    await indexStoredArticles(db, engine, SAMPLE_ARTICLES.map((a) => a.id));
    const res = (await handleTextMessage(db, valid({ type: 'search/query', query: '张堰镇 -启迪', limit: 50 }), popupSender(), services)) as { ok: true; hits: { id: string }[] };
    expect(res.ok).toBe(true);
    expect(res.hits.length).toBeGreaterThanOrEqual(3);
    expect(res.hits.map((h) => h.id)).not.toContain('zhangyan-incubator');
  });

  it('refuses searches and dictionary reloads from content scripts', async () => {
    db = freshDb();
    const from = contentSender('http://paper.example.cn/a.htm');
    expect(await handleTextMessage(db, valid({ type: 'search/query', query: '张堰镇' }), from, services)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(await handleTextMessage(db, valid({ type: 'text/dictionary-changed' }), from, services)).toEqual({ ok: false, error: 'sender not allowed' });
    expect(services.reloadDictionary).not.toHaveBeenCalled();
  });

  it('finds whole words only: 区长 in 副区长, not in 社区长期', async () => {
    db = freshDb();
    const texts = ['副区长到社区长期蹲点', '没有'];
    const res = (await handleTextMessage(db, valid({ type: 'text/find-terms', texts, terms: ['区长'] }), popupSender(), services)) as { ranges: [number, number][][] };
    expect(res.ranges).toEqual([[[1, 3]], []]);
  });

  it('answers a page with the watched words, or nothing when highlighting is off', async () => {
    db = freshDb();
    await setWatchedTerms(db, ['张堰镇', '区长']);
    const msg = valid({ type: 'page/highlight', texts: ['张堰镇副区长调研', '社区长期'] });
    const from = contentSender('http://paper.example.cn/a.htm');
    expect(await handleTextMessage(db, msg, from, services)).toEqual({ ok: true, enabled: true, ranges: [[[0, 3], [4, 6]], []] });
    await setPageHighlight(db, false);
    expect(await handleTextMessage(db, msg, from, services)).toEqual({ ok: true, enabled: false, ranges: [[], []] });
    expect(await handleTextMessage(db, msg, { id: 'other-extension', url: 'http://paper.example.cn/a.htm' }, services)).toEqual({ ok: false, error: 'sender not allowed' });
  });
});
