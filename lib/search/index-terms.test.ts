import { describe, expect, it } from 'vitest';
import { nodeTextEngine } from '../text/engine-node';
import { indexArticle, isIndexTerm, queryTerms } from './index-terms';

const engine = nodeTextEngine();

describe('indexArticle', () => {
  const doc = indexArticle(
    {
      id: 'x',
      introTitle: '民生实事',
      title: '中华人民共和国成立纪念日活动在張堰鎮举行',
      paragraphs: ['张堰镇的居民参加了活动。', '活动在 2023 年举办，“的”字不算词。'],
      paperName: '金山报',
      pageNumber: 'A01',
      date: '2023-10-01',
      reporters: ['杨 季峰'],
      photographers: ['周强'],
    },
    engine,
  );
  const count = (t: string) => ({ body: doc.counts[doc.terms.indexOf(t)], head: doc.headCounts[doc.terms.indexOf(t)] });

  it('indexes normalised words and the dictionary words inside long ones', () => {
    expect(doc.terms).toEqual(expect.arrayContaining(['中华人民共和国', '共和国', '张堰镇', '2023']));
    expect(doc.terms).not.toContain('張堰鎮');
  });

  it('drops punctuation, spaces and function words', () => {
    for (const t of ['的', '，', ' ', '。', '在', '"']) expect(doc.terms).not.toContain(t);
  });

  it('counts body and headline occurrences apart', () => {
    expect(count('张堰镇')).toEqual({ body: 1, head: 1 });
    expect(count('活动')).toEqual({ body: 2, head: 1 });
    expect(doc.terms).toHaveLength(new Set(doc.terms).size);
    expect(doc.length).toBeGreaterThan(doc.terms.length);
  });

  it('keeps normalised fields for the filters', () => {
    expect(doc).toMatchObject({ paper: '金山报', page: 'a01', date: '2023-10-01', people: ['杨季峰', '周强'] });
  });
});

describe('queryTerms and isIndexTerm', () => {
  it('cuts a query word like the index does', () => {
    expect(queryTerms('张堰镇', engine)).toEqual(['张堰镇']);
    expect(queryTerms('张堰镇的老街', engine)).toEqual(['张堰镇', '老街']);
  });

  it('accepts words with letters or digits only', () => {
    expect(['公租房', 'wxt', '5g', '2023'].every(isIndexTerm)).toBe(true);
    expect(['的', '，', ' ', '\n', '……'].some(isIndexTerm)).toBe(false);
  });
});
