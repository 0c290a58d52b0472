import { describe, expect, it } from 'vitest';
import { nodeTextEngine } from '../text/engine-node';
import { compileTerms } from '../text/highlight';
import { makeSnippet } from './snippet';

const engine = nodeTextEngine();
const shown = (s: { text: string; highlights: { start: number; end: number }[] }) => s.highlights.map((h) => s.text.slice(h.start, h.end));

describe('makeSnippet', () => {
  it('shows the first whole-word match, skipping substring-only hits', () => {
    const body = '社区长期坚持为老服务。'.repeat(12) + '今年以来，区长多次到社区调研。' + '其他内容。'.repeat(30);
    const s = makeSnippet(body, compileTerms(['区长']), engine, 60);
    expect(shown(s)).toEqual(['区长']);
    expect(s.text.startsWith('…今年以来')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
  });

  it('starts at the beginning when the match is early and marks every match in the window', () => {
    const s = makeSnippet('公租房申请开放。公租房审核提速。', compileTerms(['公租房']), engine, 60);
    expect(s.text).toBe('公租房申请开放。公租房审核提速。');
    expect(shown(s)).toEqual(['公租房', '公租房']);
  });

  it('falls back to the opening when nothing matches', () => {
    const s = makeSnippet('第一段\n第二段', compileTerms(['不存在']), engine, 60);
    expect(s).toEqual({ text: '第一段 第二段', highlights: [] });
  });

  it('finds the same window in a long body whether the first match is before, across or after the part read first', () => {
    const filler = '其他内容。'.repeat(150); // 750 characters, past the prefix read first
    for (const at of [10, 590, 597, 700]) {
      const body = filler.slice(0, at) + '保障性租赁住房' + filler.slice(at);
      const s = makeSnippet(body, compileTerms(['保障性租赁住房', '住房']), engine, 60);
      expect(shown(s), `match at ${at}`).toEqual(['保障性租赁住房']);
    }
  });
});
