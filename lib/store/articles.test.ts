import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult } from '../parse/types';
import { freshDb } from './test-db';
import { saveParsedPage } from './save-page';
import { countArticles, listArticles, setArticleRead, setArticleStarred, getArticle } from './articles';
import { getSiteMode, putSetting, setSiteMode } from './site-modes';
import { SETTINGS } from './keys';
import type { QubaoDb } from './db';

let db: QubaoDb;
afterEach(async () => db?.delete());

async function seed(n: number) {
  for (let i = 0; i < n; i++) {
    const r = emptyResult('article', []);
    r.articles = [{ ...emptyArticle(`标题${i}`), body: '正文' }];
    await saveParsedPage(db, r, { url: `https://e.example.cn/content_${i}.htm`, title: '', html: '', now: 100 + i });
  }
}

describe('article repository', () => {
  it('lists newest first with limit and offset', async () => {
    db = freshDb();
    await seed(5);
    expect((await listArticles(db, { limit: 2 })).map((a) => a.title)).toEqual(['标题4', '标题3']);
    expect((await listArticles(db, { limit: 2, offset: 3 })).map((a) => a.title)).toEqual(['标题1', '标题0']);
    expect(await countArticles(db)).toBe(5);
  });

  it('sets read and starred marks without rewriting the article row', async () => {
    db = freshDb();
    await seed(1);
    const id = 'https://e.example.cn/content_0.htm';
    const before = await getArticle(db, id);
    await setArticleRead(db, id, true);
    await setArticleStarred(db, id, true);
    expect(await getArticle(db, id)).toEqual(before);
    expect(await db.articleMarks.get(id)).toMatchObject({ starred: 1, readAt: expect.any(Number) });
    expect((await db.articleMarks.get(id))!.readAt).toBeGreaterThan(0);
  });
});

describe('site modes', () => {
  it('defaults to auto, then the default setting, then the origin entry', async () => {
    db = freshDb();
    const origin = 'http://115.236.76.50:8080';
    expect(await getSiteMode(db, origin)).toBe('auto');
    await putSetting(db, SETTINGS.defaultSiteMode, 'ask');
    expect(await getSiteMode(db, origin)).toBe('ask');
    await setSiteMode(db, origin, 'off');
    expect(await getSiteMode(db, origin)).toBe('off');
  });
});
