import { describe, expect, it } from 'vitest';
import { tokensFromWords } from '../text/engine';
import { nodeSegmenter } from '../text/segmenter-node';
import { createWordBoundaries } from './word-boundaries';

const jieba = nodeSegmenter();

describe('createWordBoundaries', () => {
  it('rejects a term that straddles two words and accepts whole words', () => {
    const text = '社区长期开展志愿服务，区长办公会研究了这件事。';
    const w = createWordBoundaries(text, jieba);
    expect(w.isWord(1, 3, '区长')).toBe(false);
    expect(w.isWord(11, 13, '区长')).toBe(true);
    expect(w.isWord(0, 2, '社区')).toBe(true);
  });

  it('accepts a dictionary word inside a longer token only with search mode', () => {
    const text = '副区长李明出席。';
    const inner = { cut: (t: string) => jieba.cut(t), cutForSearch: (t: string) => (t === '副区长' ? ['区长', '副区长'] : [t]) };
    expect(createWordBoundaries(text, inner).isWord(1, 3, '区长')).toBe(true);
    expect(createWordBoundaries(text, jieba).isWord(1, 3, '区长')).toBe(false);
  });

  it('accepts a run of whole search pieces inside a long token, not a run that cuts a piece', () => {
    const text = '保障性租赁住房项目开工。';
    const seg = {
      cut: (t: string) => (t === '保障性租赁住房项目开工' ? ['保障性租赁住房', '项目', '开工'] : [t]),
      cutForSearch: (t: string) => (t === '保障性租赁住房' ? ['保障', '租赁', '住房', '保障性', '保障性租赁住房'] : [t]),
    };
    const w = createWordBoundaries(text, seg);
    expect(w.isWord(3, 7, '租赁住房')).toBe(true);
    expect(w.isWord(3, 5, '租赁')).toBe(true);
    expect(w.isWord(2, 5, '性租赁')).toBe(false);
    expect(w.isWord(4, 6, '赁住')).toBe(false);
    expect(w.isWord(3, 6, '租赁住')).toBe(false);
  });

  it('gives the same answers as segmenting the whole text (jieba cuts each han block on its own)', () => {
    const text = '本报讯 山阳镇推进保障性租赁住房建设，ABC公司2024年中标；社区长期关注的老旧小区加装电梯项目近日开工。副区长王明到现场调研。';
    const tokens = tokensFromWords(text, jieba.cut(text));
    const starts = new Set(tokens.map((t) => t.start));
    const ends = new Set(tokens.map((t) => t.end));
    const w = createWordBoundaries(text, jieba);
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= Math.min(text.length, s + 4); e++) {
        expect(w.isWord(s, e, text.slice(s, e)), text.slice(s, e)).toBe(starts.has(s) && ends.has(e));
      }
    }
  });

  it('without a segmenter, keeps Latin and digit word edges only', () => {
    const w = createWordBoundaries('abcd abc 区长', null);
    expect(w.isWord(0, 3, 'abc')).toBe(false);
    expect(w.isWord(5, 8, 'abc')).toBe(true);
    expect(w.isWord(9, 11, '区长')).toBe(true);
  });
});
