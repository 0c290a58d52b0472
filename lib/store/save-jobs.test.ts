import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult } from '../parse/types';
import type { SaveState } from '../crawl/save-issue';
import { freshDb } from './test-db';
import { saveParsedPage } from './save-page';
import type { QubaoDb } from './db';
import {
  createSaveJob,
  getValidators,
  hasSavedArticle,
  latestSaveJob,
  putValidators,
  runningSaveJobFor,
  savedLayoutLinks,
  unfinishedSaveJobs,
  updateSaveJob,
  type SaveJobPayload,
} from './save-jobs';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => db.delete());

const pageUrl = 'http://epaper.example.cn/html/2026-05/06/node_2.htm';
const state: SaveState = { version: 1, scope: 'page', startUrl: pageUrl, layouts: [], articles: [], cancelled: false, finished: false };
const payload = (over: Partial<SaveJobPayload> = {}): SaveJobPayload => ({
  scope: 'page',
  pageUrl,
  paperName: '江湾报',
  date: '2026-05-06',
  state,
  progress: { done: 0, total: 0, failed: 0, current: null, currentTitle: null },
  titles: {},
  ...over,
});

describe('save jobs', () => {
  it('creates, finds while running, and stops listing a finished job as unfinished', async () => {
    const id = await createSaveJob(db, payload(), 1);
    await createSaveJob(db, payload({ scope: 'issue' }), 2);
    expect((await runningSaveJobFor(db, `${pageUrl}#top`, 'page'))?.id).toBe(id);
    expect((await unfinishedSaveJobs(db)).map((j) => j.payload.scope)).toEqual(['page', 'issue']);
    await updateSaveJob(db, id, { status: 'done' }, 3);
    expect(await runningSaveJobFor(db, pageUrl, 'page')).toBeNull();
    expect((await latestSaveJob(db))?.payload.scope).toBe('issue');
  });

  it('ignores jobs of other kinds', async () => {
    await db.jobs.add({ kind: 'follow-check', status: 'running', payload: {}, createdAt: 9, updatedAt: 9, error: null });
    expect(await latestSaveJob(db)).toBeNull();
    expect(await unfinishedSaveJobs(db)).toEqual([]);
  });
});

describe('fetch validators', () => {
  it('keeps ETag/Last-Modified by canonical URL and skips empty ones', async () => {
    await putValidators(db, 'http://A.example.cn/x.htm?v=2', { etag: '"e1"', lastModified: null }, 1);
    expect(await getValidators(db, 'http://a.example.cn/x.htm')).toEqual({ etag: '"e1"', lastModified: null });
    await putValidators(db, 'http://a.example.cn/y.htm', { etag: null, lastModified: null });
    expect(await getValidators(db, 'http://a.example.cn/y.htm')).toBeNull();
  });
});

describe('what is already saved', () => {
  it('counts a well-parsed article as saved, but not one kept as raw text', async () => {
    const good = emptyResult('article', []);
    good.articles = [{ ...emptyArticle('标题'), body: '正文。', url: 'http://a.cn/content_1.htm' }];
    await saveParsedPage(db, good, { url: 'http://a.cn/content_1.htm', title: '', html: '' });
    const bad = { ...emptyResult('none', []), error: 'broken' };
    await saveParsedPage(db, bad, { url: 'http://a.cn/content_2.htm', title: 't', html: '<p>x</p>' });
    expect(await hasSavedArticle(db, 'http://a.cn/content_1.htm#x')).toBe(true);
    expect(await hasSavedArticle(db, 'http://a.cn/content_2.htm')).toBe(false);
    expect(await hasSavedArticle(db, 'http://a.cn/content_3.htm')).toBe(false);
  });

  it('reads the article links of a saved 版面 page', async () => {
    const layout = emptyResult('layout', []);
    layout.articles = [{ ...emptyArticle('一'), url: 'http://a.cn/content_1.htm' }, { ...emptyArticle('二'), url: null }];
    await saveParsedPage(db, layout, { url: 'http://a.cn/node_2.htm', title: '', html: '' });
    expect(await savedLayoutLinks(db, 'http://a.cn/node_2.htm')).toEqual(['http://a.cn/content_1.htm']);
    expect(await savedLayoutLinks(db, 'http://a.cn/node_3.htm')).toBeNull();
  });
});
