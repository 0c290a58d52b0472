import { describe, expect, it } from 'vitest';
import { nodeTextEngine } from '../text/engine-node';
import { SAMPLE_ARTICLES } from '../text/sample-articles';
import { indexArticle } from './index-terms';
import { MemorySearchStore } from './memory-store';
import { search } from './search';

const engine = nodeTextEngine();
const store = new MemorySearchStore();
for (const a of SAMPLE_ARTICLES) store.put(indexArticle(a, engine), a);

const mentions = (word: string) => SAMPLE_ARTICLES.filter((a) => [a.title, a.subtitle, ...a.paragraphs].join('').includes(word));
const ids = async (q: string) => (await search(store, engine, q, { limit: 100 })).hits.map((h) => h.id);

describe('search', () => {
  it('张堰镇 -启迪 finds the articles mentioning 张堰镇 but not 启迪', async () => {
    const expected = mentions('张堰镇').filter((a) => !mentions('启迪').includes(a)).map((a) => a.id);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect((await ids('张堰镇 -启迪')).sort()).toEqual(expected.sort());
    expect(await ids('张堰镇')).toContain('zhangyan-incubator');
  });

  it('requires every word', async () => {
    expect((await ids('张堰镇 老街')).sort()).toEqual(['fengjing-tourism', 'zhangyan-oldstreet']);
  });

  it('checks quoted phrases against the text', async () => {
    expect(await ids('"老街改造"')).toEqual(['zhangyan-oldstreet']);
    expect((await ids('老旧小区 改造')).sort()).toEqual(['zhangyan-brief']);
    // zhangyan-oldstreet has both words, but not in this order.
    expect(await ids('"改造老街"')).toEqual([]);
  });

  it('puts headline matches first', async () => {
    const flat = await search(store, engine, '张堰镇', { headlineWeight: 0 });
    expect(flat.hits[0]?.id).not.toBe('zhangyan-oldstreet'); // the test below is not luck
    const hits = await ids('张堰镇');
    expect(hits[0]).toBe('zhangyan-oldstreet');
    const housing = await ids('保障性租赁住房');
    expect(housing[0]).toBe('housing');
  });

  it('applies field filters', async () => {
    expect((await ids('张堰镇 日期:2023-12')).sort()).toEqual(['zhangyan-brief', 'zhangyan-incubator']);
    expect((await ids('张堰镇 日期:2023-11-01..2023-11-30'))).toEqual(['zhangyan-oldstreet']);
    expect((await ids('记者:杨季峰')).sort()).toEqual(['housing', 'zhangyan-oldstreet']);
    expect((await ids('报:松江报'))).toEqual(['songjiang-waste']);
    expect((await ids('版:1 报:金山报')).sort()).toEqual(['district-head', 'fengjing-tourism', 'housing']);
    expect((await ids('版:1 报:松江'))).toEqual(['songjiang-waste']); // A01 is page 1 too
    expect((await ids('版:要闻 垃圾分类'))).toEqual(['songjiang-waste']);
  });

  it('matches whole words: 区长 does not find 社区长期', async () => {
    expect(await ids('区长')).toEqual(['district-head']);
  });

  it('folds traditional characters and full-width forms in queries', async () => {
    expect(await ids('張堰鎮 －啟迪')).toEqual(expect.arrayContaining(['zhangyan-oldstreet']));
    expect(await ids('張堰鎮 －啟迪')).not.toContain('zhangyan-incubator');
  });

  it('returns snippets with highlight ranges on the snippet and the title', async () => {
    const res = await search(store, engine, '公租房');
    const hit = res.hits[0]!;
    expect(hit.id).toBe('housing');
    expect(hit.snippetHighlights.length).toBeGreaterThan(0);
    for (const r of hit.snippetHighlights) expect(hit.snippet.slice(r.start, r.end)).toBe('公租房');
    const t = await search(store, engine, '张堰镇');
    const top = t.hits[0]!;
    expect(top.titleHighlights.map((r) => top.title.slice(r.start, r.end))).toEqual(['张堰镇']);
    expect(res.exact).toBe(true);
    expect(res.total).toBe(1);
  });

  it('returns nothing for an empty query or stop words only', async () => {
    expect((await search(store, engine, '')).hits).toEqual([]);
    expect((await search(store, engine, '的')).total).toBe(mentions('的').length);
    expect((await search(store, engine, '不存在的词语组合xyz')).hits).toEqual([]);
  });

  it('pages through results', async () => {
    const all = await ids('张堰镇');
    const second = await search(store, engine, '张堰镇', { offset: 1, limit: 2 });
    expect(second.hits.map((h) => h.id)).toEqual(all.slice(1, 3));
  });

  it('forgets deleted documents', async () => {
    const s = new MemorySearchStore();
    const a = SAMPLE_ARTICLES[0]!;
    s.put(indexArticle(a, engine), a);
    expect((await search(s, engine, '公租房')).total).toBe(1);
    s.delete(a.id);
    expect((await search(s, engine, '公租房')).total).toBe(0);
    expect(await s.stats()).toEqual({ docCount: 0, avgLength: 0 });
  });
});

describe('search, words the index lacks', () => {
  it('expands a query word to the index terms that begin with it (张堰 → 张堰镇)', async () => {
    expect(engine.cut('张堰')).toEqual(['张堰']); // not split: the expansion is what finds it
    const res = await search(store, engine, '张堰 -启迪', { limit: 100 });
    expect(res.hits.map((h) => h.id).sort()).toEqual((await ids('张堰镇 -启迪')).sort());
    expect(res.hits[0]!.snippetHighlights.length).toBeGreaterThan(0);
  });

  it('finds nothing for such a word when the store cannot list prefixes', async () => {
    const bare = Object.assign(Object.create(Object.getPrototypeOf(store)), store, { termsWithPrefix: undefined });
    expect((await search(bare, engine, '张堰')).total).toBe(0);
  });
});
