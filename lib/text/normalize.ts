// Normalisation for MATCHING (search, highlights, keyword counts); stored text is never changed.
// NFKC (full-width Ａ１，→ A1,), lower case, quotes folded to " and ', zero-width and bidi
// characters dropped, middle dots unified, traditional characters folded to simplified.
// normalizeForMatch keeps, for every output code unit, where it came from in the original, so
// a match found in the normalised text can be drawn on the original characters.
import { TRADITIONAL_TO_SIMPLIFIED } from './data/traditional-simplified';

export interface NormalizedText {
  text: string;
  /** origStart[i]: index in the original of the first unit that produced text[i]. */
  origStart: Uint32Array;
  /** origEnd[i]: index just after the last original unit that produced text[i]. */
  origEnd: Uint32Array;
  originalLength: number;
}

// Zero-width spaces/joiners, bidi controls, word joiner, BOM, soft hyphen, variation selectors.
const DROPPED = /^[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
const FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u301d': '"', '\u301e': '"', '\u301f': '"',
  '\u300c': '"', '\u300d': '"', '\u300e': '"', '\u300f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u30fb': '\u00b7', '\u2022': '\u00b7', '\u2027': '\u00b7', '\u2219': '\u00b7', '\u22c5': '\u00b7',
};
const MARK = /^\p{M}$/u;

/** Normalise one cluster (a base character and its combining marks). */
function foldCluster(cluster: string): string {
  if (DROPPED.test(cluster)) return '';
  const folded = FOLD[cluster];
  if (folded) return folded;
  let out = cluster.normalize('NFKC').toLowerCase();
  // NFKC turns ＂ into " already; fold what it produces too (e.g. ＇ → ').
  if (out.length === 1) out = FOLD[out] ?? TRADITIONAL_TO_SIMPLIFIED.get(out) ?? out;
  else out = Array.from(out, (c) => FOLD[c] ?? TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c).join('');
  return out;
}

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

export function normalizeForMatch(s: string): NormalizedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    // Fast path: ASCII and common CJK are their own NFKC form (modulo case and the table).
    if (code < 0x80 || isCjk(code)) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0x300 && MARK.test(s[i + 1]!))) {
        const c = s[i]!;
        units.push(code < 0x80 ? c.toLowerCase() : (TRADITIONAL_TO_SIMPLIFIED.get(c) ?? c));
        starts.push(i);
        ends.push(i + 1);
        i++;
        continue;
      }
    }
    const first = String.fromCodePoint(s.codePointAt(i)!);
    let end = i + first.length;
    while (end < s.length) {
      const mark = String.fromCodePoint(s.codePointAt(end)!);
      if (!MARK.test(mark) || DROPPED.test(mark)) break;
      end += mark.length;
    }
    const out = foldCluster(s.slice(i, end));
    for (let k = 0; k < out.length; k++) {
      units.push(out[k]!);
      starts.push(i);
      ends.push(end);
    }
    i = end;
  }
  return { text: units.join(''), origStart: Uint32Array.from(starts), origEnd: Uint32Array.from(ends), originalLength: s.length };
}

/** The normalised text only. */
export function normalize(s: string): string {
  return normalizeForMatch(s).text;
}

/** Map a [start, end) range of the normalised text back to the original string. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  if (n.text.length === 0) return [0, 0];
  if (end <= start) {
    const at = start >= n.text.length ? n.originalLength : n.origStart[start]!;
    return [at, at];
  }
  return [n.origStart[start]!, n.origEnd[Math.min(end, n.text.length) - 1]!];
}
