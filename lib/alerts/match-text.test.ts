import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, toOriginalRange } from '../text/normalize';
import { matchText } from './match-text';

describe('matchText', () => {
  it('equals normalizeForMatch on ordinary Chinese text, with identity offsets', () => {
    const s = '山陽鎮“城市更新”ＡＢＣ，區長。';
    const m = matchText(s);
    expect(m.text).toBe(normalizeForMatch(s).text);
    expect(m.toOriginal(2, 5)).toEqual([2, 5]);
  });

  it('takes the full path for dropped characters, marks and expanding forms', () => {
    for (const s of ['山\u200b阳镇', 'e\u0301山阳', '㍿山阳镇', '𠀀山阳镇']) {
      const m = matchText(s);
      const n = normalizeForMatch(s);
      expect(m.text).toBe(n.text);
      const at = n.text.indexOf('山');
      expect(m.toOriginal(at, at + 2)).toEqual(toOriginalRange(n, at, at + 2));
    }
  });

  it('agrees with normalizeForMatch on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const m = matchText(s);
        const n = normalizeForMatch(s);
        expect(m.text).toBe(n.text);
        if (n.text.length) expect(m.toOriginal(0, n.text.length)).toEqual(toOriginalRange(n, 0, n.text.length));
      }),
      { numRuns: 500 },
    );
  });
});
