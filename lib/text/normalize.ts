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
  /** Set when text[i] came from original[i] for every i (no drops, no expansions). */
  identity?: boolean;
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
export function maybeMark(code: number): boolean {
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

/**
 * Offsets of the output units. While every output unit comes from the input unit at the same
 * index (the usual case: ，→ , and 區 → 区 are one unit for one), nothing is stored; the arrays
 * are built at the first character that drops or expands (㈠ → (一)), or when asked for.
 */
class Offsets {
  private starts: Uint32Array | null = null;
  private ends: Uint32Array | null = null;
  length = 0;
  push(start: number, end: number, count: number): void {
    if (!this.starts && count === 1 && end - start === 1) {
      this.length++;
      return;
    }
    this.reserve(this.length + count);
    for (let k = 0; k < count; k++) {
      this.starts![this.length] = start;
      this.ends![this.length++] = end;
    }
  }
  /** `count` units each from their own source unit, starting at source index `from`. */
  pushRun(from: number, count: number): void {
    if (!this.starts) {
      this.length += count;
      return;
    }
    this.reserve(this.length + count);
    for (let k = 0; k < count; k++) {
      this.starts[this.length] = from + k;
      this.ends![this.length++] = from + k + 1;
    }
  }
  private reserve(min: number): void {
    if (!this.starts) {
      // Materialise the identity so far.
      const size = Math.max(min, this.length * 2 + 16);
      this.starts = new Uint32Array(size);
      this.ends = new Uint32Array(size);
      for (let k = 0; k < this.length; k++) {
        this.starts[k] = k;
        this.ends[k] = k + 1;
      }
      return;
    }
    if (min <= this.starts.length) return;
    const size = Math.max(min, this.starts.length * 2 + 16);
    const starts = new Uint32Array(size);
    const ends = new Uint32Array(size);
    starts.set(this.starts);
    ends.set(this.ends!);
    this.starts = starts;
    this.ends = ends;
  }
  /** True while output index i came from input index i for every i. */
  get identity(): boolean {
    return !this.starts;
  }
  arrays(): { origStart: Uint32Array; origEnd: Uint32Array } {
    this.reserve(this.length);
    return { origStart: this.starts!.subarray(0, this.length), origEnd: this.ends!.subarray(0, this.length) };
  }
}

const SINGLE_FOLDS = new Map<number, string>();

/**
 * The one normalisation loop. Runs of characters that normalise to themselves (most of any
 * Chinese text) are copied as slices of the input, so the cost per character is a few compares;
 * only changed characters build new strings. Offsets are filled only when asked for.
 */
function normalizeLoop(s: string, offsets: Offsets | null): string {
  let text = '';
  let run = 0; // start of the pending unchanged run
  let i = 0;
  const n = s.length;
  while (i < n) {
    const code = s.charCodeAt(i);
    let folded: string;
    let end = i + 1;
    // Fast path: ASCII and common CJK are their own NFKC form (modulo case and the table).
    const next = s.charCodeAt(i + 1); // NaN at the end: every comparison is false
    if ((code < 0x80 || (code >= 0x4e00 && code <= 0x9fff)) && !(next >= 0x300 && maybeMark(next))) {
      let f = code;
      if (code >= 0x41 && code <= 0x5a) f = code + 32;
      else if (code >= 0x4e00) f = CJK_FOLD[code - 0x4e00] || code;
      if (f === code) {
        i++;
        continue;
      }
      folded = String.fromCharCode(f);
    } else if ((code < 0xd800 || code > 0xdfff) && !(next >= 0x300 && MARK.test(s[i + 1]!))) {
      // Punctuation (，。、) and other BMP characters without marks: memoised fold.
      let f = SINGLE_FOLDS.get(code);
      if (f === undefined) SINGLE_FOLDS.set(code, (f = foldCluster(s[i]!)));
      if (f.length === 1 && f.charCodeAt(0) === code) {
        i++;
        continue;
      }
      folded = f;
    } else {
      const first = String.fromCodePoint(s.codePointAt(i)!);
      end = i + first.length;
      while (end < n) {
        const mark = String.fromCodePoint(s.codePointAt(end)!);
        if (!MARK.test(mark) || DROPPED.test(mark)) break;
        end += mark.length;
      }
      folded = foldCluster(s.slice(i, end));
      if (folded === s.slice(i, end) && folded.length === end - i && end - i === 1) {
        i = end;
        continue;
      }
    }
    if (i > run) {
      text += s.slice(run, i);
      offsets?.pushRun(run, i - run);
    }
    text += folded;
    offsets?.push(i, end, folded.length);
    i = end;
    run = end;
  }
  if (run === 0) text = s;
  else if (n > run) text += s.slice(run, n);
  if (offsets && n > run) offsets.pushRun(run, n - run);
  return text;
}

export function normalizeForMatch(s: string): NormalizedText {
  const offsets = new Offsets();
  const text = normalizeLoop(s, offsets);
  if (!offsets.identity) return { text, ...offsets.arrays(), originalLength: s.length };
  // Identity offsets are built only if someone reads them (toOriginalRange does not need them).
  let arrays: { origStart: Uint32Array; origEnd: Uint32Array } | null = null;
  return {
    text,
    originalLength: s.length,
    identity: true,
    get origStart() {
      return (arrays ??= offsets.arrays()).origStart;
    },
    get origEnd() {
      return (arrays ??= offsets.arrays()).origEnd;
    },
  };
}

/** The normalised text only (no offsets kept: this runs over every article indexed). */
export function normalize(s: string): string {
  return normalizeLoop(s, null);
}

/** Map a [start, end) range of the normalised text back to the original string. */
export function toOriginalRange(n: NormalizedText, start: number, end: number): [number, number] {
  if (n.text.length === 0) return [0, 0];
  if (n.identity) {
    const s = Math.min(start, n.text.length);
    return end <= start ? [s, s] : [s, Math.min(end, n.text.length)];
  }
  if (end <= start) {
    const at = start >= n.text.length ? n.originalLength : n.origStart[start]!;
    return [at, at];
  }
  return [n.origStart[start]!, n.origEnd[Math.min(end, n.text.length) - 1]!];
}
