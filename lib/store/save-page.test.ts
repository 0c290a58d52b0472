import { afterEach, describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult, type ParseResult } from '../parse/types';
import { freshDb } from './test-db';
import { saveParsedPage } from './save-page';
import { getArticle, listArticles } from './articles';
import type { QubaoDb } from './db';

let db: QubaoDb;
afterEach(async () => db?.delete());

function articlePage(title: string, body: string, url: string | null = null): ParseResult {
  const r = emptyResult('article', ['content_ URL']);
  r.newspaper = { name: '江湾报', district: '上海市某区' };
  r.date = '2026-03-04';
  r.page = { number: '02', name: '要闻' };
  r.articles = [{ ...emptyArticle(title), introTitle: '引题一行', body, reporters: ['王小明'], url }];
  return r;
}

const html = '<html><body><p>正文</p></body></html>';

describe('saveParsedPage', () => {
  it('stores an article page with its fields and paragraphs', async () => {
    db = freshDb();
    const url = 'http://epaper.example.cn/html/2026-03/04/content_11.htm';
    const out = await saveParsedPage(db, articlePage('河道整治完成', '第一段。\n\n第二段。'), { url, title: 't', html, now: 5 });
    expect(out.error).toBeNull();
    const a = await getArticle(db, out.articleIds[0]!);
    expect(a).toMatchObject({ title: '河道整治完成', introTitle: '引题一行', paperName: '江湾报', pageNumber: '02', pageName: '要闻', paragraphs: ['第一段。', '第二段。'], reporters: ['王小明'], parseStatus: 'ok', savedAt: 5 });
    expect(await db.newspapers.count()).toBe(1);
  });

  it('stores the same article once across visits, keeping flags and first savedAt', async () => {
    db = freshDb();
    const url = 'http://epaper.example.cn/html/2026-03/04/content_11.htm';
    const first = await saveParsedPage(db, articlePage('标题', '旧正文'), { url, title: '', html, now: 1 });
    await db.articles.update(first.articleIds[0]!, { starred: 1, read: 1 });
    await saveParsedPage(db, articlePage('标题', '新正文'), { url: `${url}?v=2#top`, title: '', html, now: 9 });
    const all = await listArticles(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ savedAt: 1, updatedAt: 9, starred: 1, read: 1, paragraphs: ['新正文'] });
  });

  it('keeps a page that failed to parse as raw text with its error', async () => {
    db = freshDb();
    const r = emptyResult('none', ['no date']);
    r.error = 'TypeError: boom';
    const out = await saveParsedPage(db, r, { url: 'https://x.example.cn/a.htm', title: '某报', html: '<p>第一行</p><script>x()</script><p>第二行</p>' });
    expect(out.error).toBe('TypeError: boom');
    const a = await getArticle(db, out.articleIds[0]!);
    expect(a).toMatchObject({ parseStatus: 'failed', parseError: 'TypeError: boom', rawText: '第一行\n第二行', title: '某报' });
  });

  it('explains a kind-none result from its reasons', async () => {
    db = freshDb();
    const out = await saveParsedPage(db, emptyResult('none', ['no article body']), { url: 'https://x.example.cn/b.htm', title: '', html });
    expect(out.error).toContain('no article body');
  });

  it('never lets a failed capture replace a good article', async () => {
    db = freshDb();
    const url = 'http://epaper.example.cn/html/2026-03/04/content_12.htm';
    const good = await saveParsedPage(db, articlePage('好标题', '好正文'), { url, title: '', html });
    await saveParsedPage(db, emptyResult('none', []), { url, title: '', html });
    expect((await getArticle(db, good.articleIds[0]!))?.parseStatus).toBe('ok');
  });

  it('stores a layout page as a page record with its article links and edition', async () => {
    db = freshDb();
    const r = emptyResult('layout', ['node_ URL']);
    r.newspaper = { name: '江湾报', district: null };
    r.date = '2026-03-04';
    r.page = { number: '01', name: '头版' };
    r.articles = [{ ...emptyArticle('甲'), url: 'http://e.example.cn/c1.htm' }, { ...emptyArticle('乙'), url: 'http://e.example.cn/c2.htm' }];
    r.pages = [{ number: '01', name: '头版', url: 'http://e.example.cn/n1.htm', pdfUrl: null }];
    const out = await saveParsedPage(db, r, { url: 'http://e.example.cn/n1.htm', title: '', html });
    expect(out).toMatchObject({ layoutId: '江湾报|2026-03-04|1', articleIds: [], error: null });
    const page = await db.pages.get('江湾报|2026-03-04|1');
    expect(page?.articleLinks.map((l) => l.title)).toEqual(['甲', '乙']);
    expect((await db.editions.get('江湾报|2026-03-04'))?.pageCount).toBe(1);
    expect(await db.articles.count()).toBe(0);
  });

  it('keys several articles of one page-text capture by position', async () => {
    db = freshDb();
    const r = emptyResult('page-text', []);
    r.articles = [{ ...emptyArticle('一'), body: '甲' }, { ...emptyArticle('二'), body: '乙' }];
    const out = await saveParsedPage(db, r, { url: 'https://e.example.cn/p.txt', title: '', html: '' });
    expect(out.articleIds).toEqual(['https://e.example.cn/p.txt#1', 'https://e.example.cn/p.txt#2']);
  });
});

describe('saveParsedPage duplicates across URLs', () => {
  it('stores an article reached through two URLs once, by its text', async () => {
    db = freshDb();
    const body = '区里今天召开会议，部署今年的河道整治工作，要求各街镇在六月底前完成排查。';
    const a = await saveParsedPage(db, articlePage('河道整治', body), { url: 'http://e.example.cn/html/2026-03/04/content_5.htm', title: '', html });
    const b = await saveParsedPage(db, articlePage('河道整治', body), { url: 'http://e.example.cn/pc/con/202603/04/content_5.html', title: '', html });
    expect(b.articleIds).toEqual(a.articleIds);
    expect(await db.articles.count()).toBe(1);
  });
});
