import { describe, expect, it } from 'vitest';
import { matchesFilters, pageMatches } from './filters';
import { emptyFilters } from './query';
import type { DocMeta } from './types';

const meta: DocMeta = { length: 10, paper: '金山报', date: '2023-12-05', page: 'a01', pageName: '要闻', people: ['杨季峰', '陈晓燕'] };

describe('pageMatches', () => {
  it('compares page numbers without leading zeros, letters only when asked', () => {
    expect(pageMatches(meta, '1')).toBe(true);
    expect(pageMatches(meta, '01')).toBe(true);
    expect(pageMatches(meta, 'a1')).toBe(true);
    expect(pageMatches(meta, 'b1')).toBe(false);
    expect(pageMatches(meta, '2')).toBe(false);
    expect(pageMatches(meta, '第1版')).toBe(true);
    expect(pageMatches(meta, '要闻')).toBe(true);
    expect(pageMatches(meta, '体育')).toBe(false);
  });
});

describe('matchesFilters', () => {
  it('ORs values of one field and ANDs fields', () => {
    const f = { ...emptyFilters(), papers: ['松江', '金山'], people: ['杨季峰'] };
    expect(matchesFilters(meta, f)).toBe(true);
    expect(matchesFilters(meta, { ...f, people: ['王敏'] })).toBe(false);
    expect(matchesFilters(meta, { ...f, dates: [{ from: '2024', to: '2024~' }] })).toBe(false);
    expect(matchesFilters({ ...meta, date: null }, { ...emptyFilters(), dates: [{ from: '0000', to: '9999~' }] })).toBe(false);
    expect(matchesFilters(meta, emptyFilters())).toBe(true);
  });
});
