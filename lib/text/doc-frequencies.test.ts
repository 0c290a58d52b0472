import { describe, expect, it } from 'vitest';
import { DfTable, inverseDocumentFrequency } from './doc-frequencies';

describe('DfTable', () => {
  it('counts each term once per document and survives a JSON round trip', () => {
    const t = new DfTable();
    t.add(['公租房', '公租房', '金山']);
    t.add(['金山']);
    expect(t.docCount).toBe(2);
    expect(t.df('公租房')).toBe(1);
    expect(t.df('金山')).toBe(2);
    const back = DfTable.fromJSON(JSON.parse(JSON.stringify(t)));
    expect(back.df('金山')).toBe(2);
    back.remove(['金山']);
    expect(back.df('金山')).toBe(1);
    expect(back.docCount).toBe(1);
  });
});

describe('inverseDocumentFrequency', () => {
  it('uses the prior for a new library: generic news words weigh less', () => {
    expect(inverseDocumentFrequency('工作')).toBeLessThan(inverseDocumentFrequency('公租房'));
    expect(inverseDocumentFrequency('公租房')).toBeGreaterThan(inverseDocumentFrequency('租金'));
  });

  it('lets a large library override the prior', () => {
    const t = new DfTable();
    for (let i = 0; i < 1000; i++) t.add(i < 900 ? ['公租房'] : ['工作']);
    expect(inverseDocumentFrequency('公租房', t)).toBeLessThan(inverseDocumentFrequency('工作', t));
  });
});
