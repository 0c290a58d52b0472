import { describe, expect, it } from 'vitest';
import { nodeTextEngine } from '../text/engine-node';
import { extractKeywords } from '../text/keywords';
import { indexArticle } from './index-terms';
import { clipText, INDEX_BODY_LIMIT, KEYWORD_BODY_LIMIT } from './text-limits';

const engine = nodeTextEngine();
// Filler of ordinary words, then a word that appears only past a limit.
const filler = (chars: number) => '居民参加社区活动。'.repeat(Math.ceil(chars / 9)).slice(0, chars);

describe('clipText', () => {
  it('keeps short text and never splits a surrogate pair', () => {
    expect(clipText('张堰镇', 10)).toBe('张堰镇');
    expect(clipText('ab𠮷c', 3)).toBe('ab');
    expect(clipText('ab𠮷c', 4)).toBe('ab𠮷');
  });
});

describe('analysis limits on a huge article', () => {
  it('indexes terms of the first INDEX_BODY_LIMIT characters of the body only', () => {
    const doc = indexArticle({ id: 'big', title: '标题', paragraphs: [filler(INDEX_BODY_LIMIT - 20) + '公租房', filler(50_000) + '保障性租赁住房'] }, engine);
    expect(doc.terms).toContain('公租房');
    expect(doc.terms).not.toContain('保障性租赁住房');
    expect(doc.terms).not.toContain('租赁');
  });

  it('finds keywords in the first KEYWORD_BODY_LIMIT characters of the body only', () => {
    const late = '口袋公园'.repeat(2_000);
    const early = extractKeywords({ title: '标题', paragraphs: [late, filler(KEYWORD_BODY_LIMIT)] }, engine, { topK: 50 });
    const tooLate = extractKeywords({ title: '标题', paragraphs: [filler(KEYWORD_BODY_LIMIT), late] }, engine, { topK: 50 });
    expect(early.keywords.map((k) => k.word)).toContain('口袋公园');
    expect(tooLate.keywords.map((k) => k.word)).not.toContain('口袋公园');
  });

  it('segments no more of a multi-megabyte article than of one at the limits', () => {
    // Work is counted as characters handed to jieba, not timed: a timed unit test fails on a busy machine.
    const counting = () => {
      let chars = 0;
      const count = <A extends unknown[], R>(f: (text: string, ...rest: A) => R) => (text: string, ...rest: A): R => {
        chars += text.length;
        return f(text, ...rest);
      };
      const counted: typeof engine = {
        ...engine,
        cut: count(engine.cut),
        cutForSearch: count(engine.cutForSearch),
        tag: count(engine.tag),
        tokens: count(engine.tokens),
      };
      return { engine: counted, chars: () => chars };
    };
    const huge = counting();
    const article = { id: 'huge', title: '标题', paragraphs: [filler(3_500_000)] };
    indexArticle(article, huge.engine);
    extractKeywords(article, huge.engine);
    const atLimits = counting();
    indexArticle({ ...article, paragraphs: [filler(INDEX_BODY_LIMIT)] }, atLimits.engine);
    extractKeywords({ ...article, paragraphs: [filler(KEYWORD_BODY_LIMIT)] }, atLimits.engine);
    expect(atLimits.chars()).toBeGreaterThan(0);
    expect(huge.chars()).toBeLessThanOrEqual(atLimits.chars() + 100);
    expect(huge.chars()).toBeLessThan(3_500_000 / 4);
  });
});
