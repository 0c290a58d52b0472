import { describe, expect, it } from 'vitest';
import { parseDateRange, parseQuery } from './query';

describe('parseQuery', () => {
  it('splits words, phrases and exclusions', () => {
    const q = parseQuery('张堰镇 -启迪 "老街 改造" -"科创孵化器"');
    expect(q.include).toEqual([
      { text: '张堰镇', phrase: false },
      { text: '老街 改造', phrase: true },
    ]);
    expect(q.exclude).toEqual([
      { text: '启迪', phrase: false },
      { text: '科创孵化器', phrase: true },
    ]);
  });

  it('reads field filters, full-width punctuation and traditional characters included', () => {
    const q = parseQuery('报：金山報 版:1 记者:杨季峰 日期:2023-12 公租房');
    expect(q.filters).toEqual({
      papers: ['金山报'],
      pages: ['1'],
      people: ['杨季峰'],
      dates: [{ from: '2023-12', to: '2023-12~' }],
    });
    expect(q.include).toEqual([{ text: '公租房', phrase: false }]);
  });

  it('takes quoted field values and date ranges', () => {
    const q = parseQuery('版:"综合 新闻" 日期:2023-12-01..2023-12-31');
    expect(q.filters.pages).toEqual(['综合新闻']);
    expect(q.filters.dates).toEqual([{ from: '2023-12-01', to: '2023-12-31~' }]);
  });

  it('treats an unknown prefix with a colon as a word and ignores empty or negated filters', () => {
    const q = parseQuery('比分3:1 报: -报:松江报');
    expect(q.include).toEqual([{ text: '比分3:1', phrase: false }]);
    expect(q.filters.papers).toEqual([]);
    expect(q.exclude).toEqual([]);
  });

  it('tolerates an unclosed quote', () => {
    expect(parseQuery('"老街改造').include).toEqual([{ text: '老街改造', phrase: true }]);
  });
});

describe('parseDateRange', () => {
  it('reads the usual Chinese and ISO-like forms', () => {
    expect(parseDateRange('2023')).toEqual({ from: '2023', to: '2023~' });
    expect(parseDateRange('2023年12月5日')).toEqual({ from: '2023-12-05', to: '2023-12-05~' });
    expect(parseDateRange('2023.12.05')?.from).toBe('2023-12-05');
    expect(parseDateRange('20231205')?.from).toBe('2023-12-05');
    expect(parseDateRange('2023-12..')).toEqual({ from: '2023-12', to: '9999~' });
    expect(parseDateRange('..2023-06')).toEqual({ from: '0000', to: '2023-06~' });
  });

  it('rejects nonsense', () => {
    expect(parseDateRange('2023-13')).toBeNull();
    expect(parseDateRange('昨天')).toBeNull();
    expect(parseDateRange('a..b')).toBeNull();
  });

  it('orders month bounds correctly against full dates', () => {
    const r = parseDateRange('2023-12')!;
    for (const d of ['2023-12-01', '2023-12-31', '2023-12']) expect(d >= r.from && d <= r.to, d).toBe(true);
    for (const d of ['2023-11-30', '2024-01-01']) expect(d >= r.from && d <= r.to, d).toBe(false);
  });
});
