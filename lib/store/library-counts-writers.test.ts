import { describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult, type ParseResult } from '../parse/types';
import { exportBackup, importBackup } from './backup';
import type { QubaoDb } from './db';
import { countAll, countWhere } from './library-counts-read';
import { countsAndTruth } from './library-counts-test-support';
import { deleteArticles, restoreArticles } from './library-entries-delete';
import { generatedLibrary } from './library-entries-test-support';
import { saveParsedPage } from './save-page';
import { freshDbsDeletedAfterEach } from './test-db';

// The library's real writers, each followed by the counts check: stored counts equal the
// rows', and the numbers the popup shows are the library's.
const db = freshDbsDeletedAfterEach();

async function expectRight(d: QubaoDb, label: string) {
  const { stored, fromRows } = await countsAndTruth(d);
  expect(stored, label).toEqual(fromRows);
}

function page(titles: string[], date: string, paper = '江湾报'): ParseResult {
  const r = emptyResult('article', ['content_ URL']);
  r.newspaper = { name: paper, district: null };
  r.date = date;
  r.page = { number: '02', name: '要闻' };
  r.articles = titles.map((t) => ({ ...emptyArticle(t), body: `${t}的正文一段。` }));
  return r;
}
const html = '<html><body><p>正文</p></body></html>';

describe('library counts through the library writers', () => {
  it('save, save the same article again (with a new date), a page of two', async () => {
    const d = db();
    const url = 'http://epaper.example.cn/html/2026-03/04/content_11.htm';
    await saveParsedPage(d, page(['河道整治完成'], '2026-03-04'), { url, title: '', html, now: 1 });
    await expectRight(d, 'first save');
    expect(await countAll(d)).toBe(1);
    await saveParsedPage(d, page(['河道整治完成'], '2026-03-04'), { url, title: '', html, now: 2 });
    await expectRight(d, 're-save');
    expect(await countAll(d)).toBe(1);
    // Re-parsed with a corrected date: the article moves from one day's group to the other.
    await saveParsedPage(d, page(['河道整治完成'], '2026-03-05'), { url, title: '', html, now: 3 });
    await expectRight(d, 're-save, new date');
    expect(await countWhere(d, { date: '2026-03-04' })).toBe(0);
    expect(await countWhere(d, { date: '2026-03-05' })).toBe(1);
    // Another URL, two articles on one page.
    await saveParsedPage(d, page(['新桥通车', '老街改造'], '2026-03-05'), { url: url.replace('11', '12'), title: '', html, now: 4 });
    await expectRight(d, 'second page');
    expect(await countAll(d)).toBe(await d.articles.count());
    expect(await countWhere(d, { paper: '江湾报', date: '2026-03-05' })).toBe(3);
  });

  it('delete and undo', async () => {
    const d = db();
    await d.articles.bulkPut(generatedLibrary(200));
    const ids = (await d.articles.where('paperName').equals('茅河报').primaryKeys()).slice(0, 20);
    const gone = await deleteArticles(d, ids);
    await expectRight(d, 'deleted');
    expect(await countAll(d)).toBe(180);
    await restoreArticles(d, gone);
    await expectRight(d, 'undone');
    expect(await countAll(d)).toBe(200);
  });

  it('backup import merge: counts follow the merged articles, the file\'s own count rows are ignored', async () => {
    const from = db();
    await from.articles.bulkPut(generatedLibrary(120));
    const doc = JSON.parse(await exportBackup(from)) as { tables: Record<string, { rows: unknown[] }> };
    // A hostile or stale file: count rows that say something else.
    doc.tables.libraryCounts!.rows = [{ key: ['all'], n: 999_999 }, { key: ['p', '不存在的报'], n: 5 }];
    const to = db();
    await to.articles.bulkPut(generatedLibrary(150).slice(100)); // 50 of its own, 20 shared with the file
    const report = await importBackup(to, JSON.stringify(doc));
    expect(report.added.articles).toBe(100);
    await expectRight(to, 'merged');
    expect(await countAll(to)).toBe(150);
    expect(await to.libraryCounts.get(['p', '不存在的报'])).toBeUndefined();
  });
});
