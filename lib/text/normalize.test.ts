import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeForMatch, toOriginalRange } from './normalize';
import { TRADITIONAL_TO_SIMPLIFIED } from './data/traditional-simplified';

describe('normalize', () => {
  it('folds full-width letters, digits and punctuation and lower-cases ASCII', () => {
    expect(normalize('ＷＸＴ　２０２３年，ABC')).toBe('wxt 2023年,abc');
  });

  it('folds curly and corner quotes', () => {
    expect(normalize('“公租房”‘试点’「新规」『通知』')).toBe('"公租房"\'试点\'"新规""通知"');
  });

  it('drops zero-width characters, BOM, soft hyphens and variation selectors', () => {
    expect(normalize('\ufeff张\u200b堰\u200d镇\u00ad\ufe0f')).toBe('张堰镇');
  });

  it('unifies middle dots in transliterated names', () => {
    expect(normalize('买买提・艾力')).toBe(normalize('买买提·艾力'));
  });

  it('folds traditional characters to simplified for matching', () => {
    expect(normalize('區長說：經濟發展與環境保護')).toBe('区长说:经济发展与环境保护');
    expect(normalize('臺灣')).toBe('台湾');
  });

  it('composes decomposed accents (NFKC)', () => {
    expect(normalize('Cafe\u0301')).toBe('café');
  });

  it('keeps astral characters intact', () => {
    expect(normalize('😀长江')).toBe('😀长江');
  });
});

describe('normalizeForMatch offsets', () => {
  it('maps a match in the normalised text back onto the original characters', () => {
    const original = '\u200b区\u200b長說：“ＡＢ”';
    const n = normalizeForMatch(original);
    expect(n.text).toBe('区长说:"ab"');
    const at = n.text.indexOf('区长');
    const [s, e] = toOriginalRange(n, at, at + 2);
    expect(original.slice(s, e)).toBe('区\u200b長');
    const ab = n.text.indexOf('ab');
    const [s2, e2] = toOriginalRange(n, ab, ab + 2);
    expect(original.slice(s2, e2)).toBe('ＡＢ');
  });

  it('maps characters that expand under NFKC to the whole source character', () => {
    const original = '第㈠条';
    const n = normalizeForMatch(original);
    expect(n.text).toBe('第(一)条');
    const [s, e] = toOriginalRange(n, 1, 2); // the "(" alone
    expect(original.slice(s, e)).toBe('㈠');
  });

  it('keeps no offset arrays while every character maps one to one, and builds them on demand', () => {
    const n = normalizeForMatch('張堰镇，老街ＡＢ');
    expect(n.text).toBe('张堰镇,老街ab');
    expect(n.identity).toBe(true);
    expect([...n.origStart]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(toOriginalRange(n, 4, 6)).toEqual([4, 6]);
    expect(normalizeForMatch('第㈠条').identity).toBeFalsy();
  });

  it('never maps outside the original and keeps ranges ordered (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (s, a, b) => {
        const n = normalizeForMatch(s);
        expect(n.origStart.length).toBe(n.text.length);
        if (n.text.length === 0) return;
        const start = a % n.text.length;
        const end = start + (b % (n.text.length - start)) + 1;
        const [os, oe] = toOriginalRange(n, start, end);
        expect(os).toBeGreaterThanOrEqual(0);
        expect(oe).toBeLessThanOrEqual(s.length);
        expect(os).toBeLessThan(oe);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(normalize(normalize(s))).toBe(normalize(s));
      }),
    );
  });
});

describe('traditional → simplified table', () => {
  it('holds one-character pairs with no chains (a target is never itself a key)', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(500);
    for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(Array.from(t)).toHaveLength(1);
      expect(Array.from(s)).toHaveLength(1);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(s), `${t}→${s}`).toBe(false);
    }
  });
});
