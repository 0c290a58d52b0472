// The normalised text topics are matched on: exactly lib/text/normalize#normalizeForMatch, but
// fast for the usual article. normalizeForMatch builds an offset map for every code unit
// (~0.3 µs a character, most of the 1 ms budget of bench/alerts.bench.ts); when every character
// of a text normalises to exactly one code unit on its own and no combining mark follows any
// of them, offsets are the identity and no map is needed. Each BMP character's single-unit
// form is computed once, with normalize() itself, and kept in a table; anything else (marks,
// dropped zero-width characters, ligatures that expand, surrogates) takes the full path.
import { normalize, normalizeForMatch, toOriginalRange } from '../text/normalize';

export interface MatchText {
  text: string;
  /** [start, end) in `text` → the range in the original string. */
  toOriginal(start: number, end: number): [number, number];
}

// 0 = not computed yet, COMPLEX = needs the full path, otherwise (normalised unit + 1).
const COMPLEX = 0x1_0000 + 1;
const table = new Uint32Array(0x1_0000);
const MARK = /^\p{M}$/u;

function unitFor(code: number): number {
  let v = table[code]!;
  if (v !== 0) return v;
  const ch = String.fromCharCode(code);
  if ((code >= 0xd800 && code <= 0xdfff) || MARK.test(ch)) v = COMPLEX;
  else {
    const n = normalize(ch);
    v = n.length === 1 ? n.charCodeAt(0) + 1 : COMPLEX;
  }
  table[code] = v;
  return v;
}

const identity = (start: number, end: number): [number, number] => [start, end];

export function matchText(s: string): MatchText {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const v = unitFor(s.charCodeAt(i));
    if (v === COMPLEX) {
      const n = normalizeForMatch(s);
      return { text: n.text, toOriginal: (start, end) => toOriginalRange(n, start, end) };
    }
    out[i] = v - 1;
  }
  let text = '';
  for (let i = 0; i < out.length; i += 8192) text += String.fromCharCode(...out.subarray(i, i + 8192));
  return { text, toOriginal: identity };
}
