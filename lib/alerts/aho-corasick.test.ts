import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from './aho-corasick';

function allHits(patterns: string[], text: string): [string, number, number][] {
  const ac = buildAhoCorasick(patterns);
  const out: [string, number, number][] = [];
  ac.scan(text, (id, start, end) => out.push([ac.patterns[id]!, start, end]));
  return out;
}

function naive(patterns: string[], text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  const uniq = [...new Set(patterns.filter(Boolean))];
  for (let end = 1; end <= text.length; end++)
    for (const p of uniq) if (end >= p.length && text.startsWith(p, end - p.length)) out.push([p, end - p.length, end]);
  return out;
}

const sortHits = (h: [string, number, number][]) => [...h].sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0].localeCompare(b[0]));

describe('buildAhoCorasick', () => {
  it('finds overlapping and nested patterns, including suffixes of other patterns', () => {
    const hits = allHits(['山阳', '山阳镇', '阳镇', '镇'], '到山阳镇调研');
    expect(sortHits(hits)).toEqual([
      ['山阳', 1, 3],
      ['山阳镇', 1, 4],
      ['阳镇', 2, 4],
      ['镇', 3, 4],
    ]);
  });

  it('recovers through failure links (he/she/his/hers)', () => {
    expect(sortHits(allHits(['he', 'she', 'his', 'hers'], 'ushers'))).toEqual(sortHits(naive(['he', 'she', 'his', 'hers'], 'ushers')));
  });

  it('ignores empty and duplicate patterns', () => {
    const ac = buildAhoCorasick(['', '区长', '区长']);
    expect(ac.size).toBe(1);
  });

  it('agrees with a naive search on random texts over a small alphabet', () => {
    const alphabet = fc.constantFrom('社', '区', '长', '期', 'a', 'b');
    const str = (min: number, max: number) => fc.array(alphabet, { minLength: min, maxLength: max }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(str(1, 4), { minLength: 1, maxLength: 12 }), str(0, 40), (patterns, text) => {
        expect(sortHits(allHits(patterns, text))).toEqual(sortHits(naive(patterns, text)));
      }),
      { numRuns: 300 },
    );
  });
});
