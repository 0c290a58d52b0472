import { describe, expect, it } from 'vitest';
import { compileTerms, findTerms } from './highlight';
import { nodeTextEngine } from './engine-node';

const engine = nodeTextEngine();
const texts = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('findTerms, whole words (default)', () => {
  it('does not find 区长 inside 社区长期 but finds it as a word', () => {
    const text = '社区长期关注老人。副区长到社区调研，区长表示支持。';
    const found = findTerms(text, ['区长'], { engine });
    expect(texts(text, found)).toEqual(['区长', '区长']);
    expect(found.every((r) => r.start > text.indexOf('社区长期'))).toBe(true);
  });

  it('matches multi-word terms on word boundaries', () => {
    const text = '全区新增保障性租赁住房800套，公租房申请同步开放。';
    const found = findTerms(text, ['保障性租赁住房', '公租房', '租赁'], { engine });
    expect(texts(text, found)).toEqual(['保障性租赁住房', '公租房']);
  });

  it('prefers the longest term at a position', () => {
    const text = '金山卫镇的金山嘴渔村';
    expect(texts(text, findTerms(text, ['金山', '金山卫镇'], { engine, mode: 'substring' }))).toEqual(['金山卫镇', '金山']);
  });

  it('returns ranges on the original text across traditional and full-width forms', () => {
    const text = '「區長」說：ＷＸＴ很好';
    const found = findTerms(text, ['区长', 'wxt'], { engine });
    expect(texts(text, found)).toEqual(['區長', 'ＷＸＴ']);
    expect(found.map((f) => f.term)).toEqual(['区长', 'wxt']);
  });

  it('needs an engine in word mode', () => {
    expect(() => findTerms('区长', ['区长'])).toThrow(/engine/);
  });
});

describe('findTerms, substring mode', () => {
  it('matches anywhere, including inside words', () => {
    const text = '社区长期关注';
    expect(texts(text, findTerms(text, ['区长'], { mode: 'substring' }))).toEqual(['区长']);
  });

  it('ignores empty terms and reuses a compiled matcher', () => {
    const m = compileTerms(['', '  ', '张堰镇']);
    expect(m.byLength).toHaveLength(1);
    expect(findTerms('张堰镇张堰镇', m, { mode: 'substring' })).toHaveLength(2);
    expect(findTerms('', m, { mode: 'substring' })).toEqual([]);
  });
});

describe('findTerms segments only around candidates', () => {
  it('agrees with whole-text segmentation on long text', () => {
    const sentences = [
      '社区长期关注老人，副区长到社区调研。',
      '金山卫镇的居民来到张堰镇、山阳镇和枫泾镇。',
      '全区新增保障性租赁住房，公租房申请同步开放。',
      'The WXT 0.21 build and 区长 met in 2023.',
    ];
    const text = Array.from({ length: 40 }, (_, i) => sentences[i % sentences.length]).join('');
    const terms = ['区长', '社区', '张堰镇', '山阳', '租赁', '公租房', 'wxt', '0.21', '长期关注'];
    // Reference: boundaries from one cut of the whole (normalised) text.
    const tokens = engine.tokens(text.toLowerCase());
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    const got = findTerms(text, terms, { engine });
    const expected = findTerms(text, terms, { mode: 'substring' }).filter(
      (r) =>
        (starts.has(r.start) && ends.has(r.end)) ||
        tokens.some((t) => t.start <= r.start && t.end >= r.end && engine.cutForSearch(t.word).includes(r.term)),
    );
    expect(got.length).toBeGreaterThan(40);
    expect(got).toEqual(expected);
  });
});
