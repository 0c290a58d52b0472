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

/** Could this code unit start a combining mark that attaches to an ASCII or CJK base? */
function maybeMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0x3099 && code <= 0x309a) ||
    (code >= 0xfe00 && code <= 0xfe2f) ||
    code === 0xdb40 // high surrogate of the variation selectors supplement
  );
}

// Traditional → simplified for the CJK block as a flat table: one array read per character.
const CJK_FOLD = (() => {
  const table = new Uint16Array(0x9fff - 0x4e00 + 1);
  for (const [t, simple] of TRADITIONAL_TO_SIMPLIFIED) {
    const code = t.charCodeAt(0);
    if (t.length === 1 && isCjk(code)) table[code - 0x4e00] = simple.charCodeAt(0);
  }
  return table;
})();

/** Growable output buffers (output can be longer than input: ㈠ → (一)). */
class Output {
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    Object.assign(this, { codes, starts, ends });
  }
  text(): string {
    return UTF16.decode(this.codes.subarray(0, this.length));
  }
}

// Decoding the UTF-16 code units in one call is far faster than String.fromCharCode in chunks.
const UTF16 = new TextDecoder('utf-16le');
const SINGLE_FOLDS = new Map<number, string>();
export function normalizeForMatch(s: string): NormalizedText {
  const out = new Output(s.length);
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    // Fast path: ASCII and common CJK are their own NFKC form (modulo case and the table).
    if ((code < 0x80 || isCjk(code)) && !maybeMark(s.charCodeAt(i + 1))) {
      let folded = code;
      if (code >= 0x41 && code <= 0x5a) folded = code + 32;
      else if (code >= 0x4e00) folded = CJK_FOLD[code - 0x4e00] || code;
      out.push(folded, i, i + 1);
      i++;
      continue;
    }
    // Punctuation (，。、) and other BMP characters without marks: memoised fold.
    if (code < 0xd800 || code > 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0x300 && MARK.test(s[i + 1]!))) {
        let folded = SINGLE_FOLDS.get(code);
        if (folded === undefined) SINGLE_FOLDS.set(code, (folded = foldCluster(s[i]!)));
        for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, i + 1);
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
    const folded = foldCluster(s.slice(i, end));
    for (let k = 0; k < folded.length; k++) out.push(folded.charCodeAt(k), i, end);
    i = end;
  }
  return {
    text: out.text(),
    origStart: out.starts.subarray(0, out.length),
    origEnd: out.ends.subarray(0, out.length),
    originalLength: s.length,
  };
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
