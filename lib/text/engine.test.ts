import { describe, expect, it } from 'vitest';
import { tokensFromWords, NUMBER_ONLY } from './engine';
import { nodeTextEngine } from './engine-node';

describe('tokens', () => {
  it('gives UTF-16 offsets (jieba tokenize() would count code points)', () => {
    const text = '😀长江大桥，WXT 0.21';
    const tokens = nodeTextEngine().tokens(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.find((t) => t.word === '长江大桥')).toMatchObject({ start: 2, end: 6 });
  });

  it('resynchronises when a word is not where expected', () => {
    expect(tokensFromWords('ab cd', ['ab', 'cd'])).toEqual([
      { word: 'ab', start: 0, end: 2 },
      { word: 'cd', start: 3, end: 5 },
    ]);
  });

  it('recognises bare numbers', () => {
    expect(['2023', '12.5%', '3,000'].every((w) => NUMBER_ONLY.test(w))).toBe(true);
    expect(['5g', '二〇二三年'].some((w) => NUMBER_ONLY.test(w))).toBe(false);
  });
});
