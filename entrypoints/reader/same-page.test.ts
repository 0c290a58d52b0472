import { beforeEach, describe, expect, it } from 'vitest';
import type { QubaoDb } from '@/lib/store';
import { freshDb } from '@/lib/store/test-db';
import { sampleArticle } from '@/components/test-data';
import { neighbours, samePageArticles } from './same-page';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});

const at = (n: number, over = {}) => sampleArticle({ id: `http://e.cn/c_${n}.htm`, url: `http://e.cn/c_${n}.htm`, pageUrl: 'http://e.cn/node_3.htm', title: `第${n}条`, ...over });

describe('same 版面 neighbours', () => {
  it('orders by the saved 版面 page when there is one, else by address; other pages and issues left out', async () => {
    await db.articles.bulkAdd([at(12), at(9), at(10), at(11, { pageNumber: '04' }), at(13, { date: '2026-05-07' })]);
    const lead = (await db.articles.get('http://e.cn/c_9.htm'))!;
    expect((await samePageArticles(db, lead)).map((a) => a.title)).toEqual(['第9条', '第10条', '第12条']);
    await db.pages.add({ id: '江湾报|2026-05-06|3', url: 'http://e.cn/node_3.htm', paperName: '江湾报', date: '2026-05-06', editionId: null, pageNumber: '03', pageName: null, editors: [], pdfUrl: null, articleLinks: [{ title: '', url: 'http://e.cn/c_12.htm' }, { title: '', url: 'http://e.cn/c_9.htm' }], savedAt: 1 });
    const list = await samePageArticles(db, lead);
    expect(list.map((a) => a.title)).toEqual(['第12条', '第9条', '第10条']);
    expect(neighbours(list, [lead])).toEqual({ prev: { id: 'http://e.cn/c_12.htm', title: '第12条' }, next: { id: 'http://e.cn/c_10.htm', title: '第10条' } });
    expect(neighbours(list, [list[0]!, list[1]!])).toEqual({ prev: null, next: { id: 'http://e.cn/c_10.htm', title: '第10条' } });
  });

  it('nothing for an article without a 版次', async () => {
    expect(await samePageArticles(db, at(1, { pageNumber: null }))).toEqual([]);
  });
});
