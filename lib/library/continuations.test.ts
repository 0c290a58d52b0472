import { describe, expect, it } from 'vitest';
import { cleanTitle, groupSeries, linkParts, normalisePageNumber, titleSimilarity, type PartCandidate } from './continuations';

let n = 0;
function part(over: Partial<PartCandidate>): PartCandidate {
  n += 1;
  return { id: `a${n}`, title: '', introTitle: null, subtitle: null, paperName: '江湾报', date: '2026-05-06', pageNumber: '1', continuedFrom: null, continuedTo: null, ...over };
}
const ids = (series: PartCandidate[][]) => series.map((s) => s.map((p) => p.id));

describe('normalisePageNumber', () => {
  it.each([
    ['02', '2'],
    ['第2版', '2'],
    ['二', '2'],
    ['十二', '12'],
    ['A01', 'A1'],
    ['ａ０３', 'A3'],
    ['', null],
    [null, null],
  ])('%s → %s', (input, want) => expect(normalisePageNumber(input)).toBe(want));
});

describe('titles', () => {
  it('drops continuation notes and punctuation but keeps 转 and 接 inside words', () => {
    expect(cleanTitle('“新桥”通车（上接第1版）')).toBe('新桥通车');
    expect(cleanTitle('接第一版 新桥通车')).toBe('新桥通车');
    expect(cleanTitle('转型发展接力跑')).toBe('转型发展接力跑');
    expect(cleanTitle('（续）')).toBe('');
  });

  it('scores same, shortened and unrelated headlines', () => {
    expect(titleSimilarity('新桥今日通车', '新桥今日通车（上接第1版）')).toBe(1);
    expect(titleSimilarity('江湾老街区改造首批居民回迁', '首批居民回迁')).toBeCloseTo(0.9);
    expect(titleSimilarity('江湾老街区改造首批居民回迁', '老街区改造回迁')).toBeGreaterThan(0.5);
    expect(titleSimilarity('江湾老街区改造首批居民回迁', '春季消防安全大检查')).toBeLessThan(0.2);
  });
});

describe('linkParts and groupSeries', () => {
  it('links a continuation that repeats the headline, whatever the list order', () => {
    const tail = part({ title: '新桥今日通车', pageNumber: '02', continuedFrom: '1' });
    const other = part({ title: '消防检查', pageNumber: '2' });
    const head = part({ title: '新桥今日通车', pageNumber: '01', continuedTo: '2' });
    expect(ids(groupSeries([tail, other, head]))).toEqual([[head.id, tail.id], [other.id]]);
  });

  it('pairs two continuations on the same page by title, shortened or taken from the 副题', () => {
    const h1 = part({ title: '江湾老街区改造首批居民回迁', continuedTo: '2' });
    const h2 = part({ title: '区属学校新学期招生', subtitle: '新增学位一千二百个', continuedTo: '2' });
    const t1 = part({ title: '新增学位一千二百个', pageNumber: '2', continuedFrom: '1' });
    const t2 = part({ title: '老街区改造回迁', pageNumber: '2', continuedFrom: '1' });
    expect([...linkParts([h1, h2, t1, t2])]).toEqual(expect.arrayContaining([[h1.id, t2.id], [h2.id, t1.id]]));
  });

  it('links an untitled or differently titled continuation on the markers when it is the only candidate', () => {
    const head = part({ title: '新桥今日通车', continuedTo: '3' });
    const untitled = part({ title: '（上接第1版）', pageNumber: '3', continuedFrom: '1' });
    expect(linkParts([head, untitled]).get(head.id)).toBe(untitled.id);
    const head2 = part({ title: '新桥今日通车', continuedTo: '4' });
    const ownTitle = part({ title: '沿线居民出行更方便', pageNumber: '4', continuedFrom: '1' });
    expect(linkParts([head2, ownTitle]).get(head2.id)).toBe(ownTitle.id);
  });

  it('does not guess between two untitled continuations', () => {
    const h1 = part({ title: '甲文', continuedTo: '2' });
    const h2 = part({ title: '乙文', continuedTo: '2' });
    const t1 = part({ title: '', pageNumber: '2', continuedFrom: '1' });
    const t2 = part({ title: '', pageNumber: '2', continuedFrom: '1' });
    expect(linkParts([h1, h2, t1, t2]).size).toBe(0);
  });

  it('requires the markers to point at each other, and the same paper and date', () => {
    const head = part({ title: '新桥今日通车', continuedTo: '2' });
    expect(linkParts([head, part({ title: '新桥今日通车', pageNumber: '3', continuedFrom: '1' })]).size).toBe(0);
    expect(linkParts([head, part({ title: '新桥今日通车', pageNumber: '2', continuedFrom: '5' })]).size).toBe(0);
    expect(linkParts([head, part({ title: '新桥今日通车', pageNumber: '2', continuedFrom: '1', date: '2026-05-07' })]).size).toBe(0);
    expect(linkParts([head, part({ title: '新桥今日通车', pageNumber: '2', continuedFrom: '1', paperName: '泖河报' })]).size).toBe(0);
    // no 上接 marker at all: not a continuation
    expect(linkParts([head, part({ title: '新桥今日通车', pageNumber: '2' })]).size).toBe(0);
  });

  it('follows a chain over three pages, and survives markers that form a loop', () => {
    const p1 = part({ title: '长篇通讯', pageNumber: '1', continuedTo: '2' });
    const p2 = part({ title: '长篇通讯', pageNumber: '2', continuedFrom: '1', continuedTo: '3' });
    const p3 = part({ title: '长篇通讯', pageNumber: '3', continuedFrom: '2' });
    expect(ids(groupSeries([p3, p1, p2]))).toEqual([[p1.id, p2.id, p3.id]]);
    const x = part({ title: '环', pageNumber: '1', continuedFrom: '2', continuedTo: '2' });
    const y = part({ title: '环', pageNumber: '2', continuedFrom: '1', continuedTo: '1' });
    const series = groupSeries([x, y]);
    expect(series).toHaveLength(1);
    expect(series[0]).toHaveLength(2);
  });

  it('accepts a missing page number on one side when the other marker names it', () => {
    const head = part({ title: '新桥今日通车', pageNumber: null, continuedTo: 'A2' });
    const tail = part({ title: '新桥今日通车', pageNumber: 'A02', continuedFrom: '1' });
    expect(linkParts([head, tail]).get(head.id)).toBe(tail.id);
  });
});
