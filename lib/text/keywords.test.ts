import { describe, expect, it } from 'vitest';
import { DfTable } from './doc-frequencies';
import { nodeTextEngine } from './engine-node';
import { extractKeywords } from './keywords';
import { sampleArticle } from './sample-articles';

const engine = nodeTextEngine();
const words = (a: Parameters<typeof extractKeywords>[0], o: Parameters<typeof extractKeywords>[2] = {}) =>
  extractKeywords(a, engine, o).keywords.map((k) => k.word);

describe('extractKeywords', () => {
  it('finds the topic of the public-rental-housing article, by TF-IDF and by TextRank', () => {
    for (const method of ['tfidf', 'textrank'] as const) {
      const top = words(sampleArticle('housing'), { method, topK: 5 });
      expect(top.some((w) => w === '公租房' || w === '保障性租赁住房'), `${method}: ${top}`).toBe(true);
    }
  });

  it('never returns stop words, single characters, bare numbers or byline names', () => {
    const article = sampleArticle('housing');
    for (const method of ['tfidf', 'textrank'] as const) {
      for (const w of words(article, { method, topK: 50 })) {
        expect(Array.from(w).length, w).toBeGreaterThan(1);
        expect(w).not.toMatch(/^[\d.,%]+$/);
        expect(['记者', '本报讯', '工作', '杨季峰', '陈晓燕', '的']).not.toContain(w);
      }
    }
  });

  it('does not offer two-character words jieba mis-tags nt (新设) as keywords', () => {
    const article = { title: '滨江绿道驿站开放', paragraphs: ['绿道沿线新设的驿站开放。新设驿站提供饮水。沿线新设路标。'] };
    expect(words(article, { topK: 50 })).not.toContain('新设');
  });

  it('joins two words that follow each other repeatedly (a compound the dictionary lacks)', () => {
    const article = {
      title: '街角口袋公园陆续开放',
      paragraphs: ['今年新建的八座口袋公园陆续开放，口袋公园面积不大，却种满了花草。', '周边居民说，家门口的口袋公园成了遛弯的好去处。'],
    };
    expect(engine.cut('口袋公园')).toEqual(['口袋', '公园']); // else the test proves nothing
    expect(words(article, { topK: 3 })).toContain('口袋公园');
  });

  it('ranks down words the library says are everywhere', () => {
    const article = sampleArticle('zhangyan-incubator');
    const before = words(article, { topK: 100 });
    const library = new DfTable();
    for (let i = 0; i < 300; i++) library.add(i % 2 ? ['孵化器', '创业'] : ['孵化器']);
    const after = words(article, { topK: 100, library });
    expect(after.indexOf('孵化器')).toBeGreaterThan(before.indexOf('孵化器'));
  });

  it('reports entities: places with their district, organisations and people', () => {
    const { entities } = extractKeywords(sampleArticle('fengjing-tourism'), engine, { districtHint: '上海市金山区' });
    const places = Object.fromEntries(entities.places.map((p) => [p.name, p.district]));
    for (const town of ['枫泾镇', '金山卫镇', '山阳镇', '张堰镇']) expect(places[town], town).toBe('上海市金山区');
    expect(entities.people.map((p) => p.name)).toEqual(expect.arrayContaining(['李华', '周强']));
    const incubator = extractKeywords(sampleArticle('zhangyan-incubator'), engine).entities;
    expect(incubator.organisations.map((o) => o.name)).toContain('启迪集团');
    expect(incubator.people.map((p) => p.name)).toEqual(['王敏']);
  });

  it('does not take a place for a person (金山 is tagged nr by jieba)', () => {
    const { entities } = extractKeywords({ title: '来金山工作', paragraphs: ['让来金山工作的年轻人住得近。'] }, engine);
    expect(entities.people.map((p) => p.name)).not.toContain('金山');
  });

  it('keeps words jieba tags ns but no gazetteer knows out of places, unless shaped like one', () => {
    const article = { title: '老街居民喜迁新居', paragraphs: ['三百余户居民喜迁新居，街区保留了石库门门头，沿着滨河路走到桃溪苑。'] };
    const places = extractKeywords(article, engine).entities.places.map((p) => p.name);
    expect(places).not.toContain('喜迁新居');
    expect(places).toContain('石库门');
  });
});
