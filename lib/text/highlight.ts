// Finds watched terms in a text and returns ranges on the ORIGINAL string (the content script
// and the reader draw them). By default a term matches only as whole words: its start and end
// must fall on word boundaries of the segmented text, so 区长 is found in 副区长 but not in
// 社区长期 (社区/长期). Substring mode matches anywhere. Matching is on normalised text, so
// 區長 and full-width forms are found too.
//
// Speed: terms are grouped by length and looked up in a Map at each candidate position, so a
// thousand terms cost a few Map probes per position instead of a thousand indexOf scans.
import type { TextEngine, Token } from './engine';
import { normalize, normalizeForMatch, toOriginalRange } from './normalize';

export type MatchMode = 'word' | 'substring';

export interface HighlightRange {
  start: number;
  end: number;
  /** The watched term as the user wrote it. */
  term: string;
}

export interface TermMatcher {
  /** Normalised length → (normalised term → term as written), longest first. */
  readonly byLength: ReadonlyArray<[number, ReadonlyMap<string, string>]>;
  /** First code units of all terms: positions starting with anything else are skipped. */
  readonly firstUnits: ReadonlySet<number>;
}

export function compileTerms(terms: Iterable<string>): TermMatcher {
  const groups = new Map<number, Map<string, string>>();
  const firstUnits = new Set<number>();
  for (const term of terms) {
    const key = normalize(term).trim();
    if (!key) continue;
    let group = groups.get(key.length);
    if (!group) groups.set(key.length, (group = new Map()));
    if (!group.has(key)) group.set(key, term);
    firstUnits.add(key.charCodeAt(0));
  }
  return { byLength: [...groups].sort((a, b) => b[0] - a[0]), firstUnits };
}

export interface FindOptions {
  mode?: MatchMode;
  /** Needed for 'word' mode. */
  engine?: TextEngine;
}

/**
 * Non-overlapping matches, leftmost first and longest at a position (金山卫镇 before 金山).
 * Word mode segments only the stretches of text around candidate matches, so the cost follows
 * the number of matches rather than the length of the page.
 */
export function findTerms(text: string, terms: TermMatcher | Iterable<string>, options: FindOptions = {}): HighlightRange[] {
  const matcher = 'byLength' in terms ? (terms as TermMatcher) : compileTerms(terms as Iterable<string>);
  if (matcher.byLength.length === 0 || !text) return [];
  const mode = options.mode ?? 'word';
  if (mode === 'word' && !options.engine) throw new Error('findTerms: word mode needs a text engine');
  const n = normalizeForMatch(text);
  const s = n.text;
  const words = mode === 'word' ? new WordChecker(s, options.engine!) : null;
  const out: HighlightRange[] = [];
  let pos = 0;
  while (pos < s.length) {
    let matched = 0;
    if (matcher.firstUnits.has(s.charCodeAt(pos))) {
      for (const [len, group] of matcher.byLength) {
        const end = pos + len;
        if (end > s.length) continue;
        const key = s.slice(pos, end);
        const term = group.get(key);
        if (term === undefined || (words && !words.accepts(pos, end, key))) continue;
        const [os, oe] = toOriginalRange(n, pos, end);
        out.push({ start: os, end: oe, term });
        matched = len;
        break;
      }
    }
    pos += matched || 1;
  }
  return out;
}

// jieba cuts each maximal run of these characters on its own (jieba-rs RE_HAN_DEFAULT), so
// cutting just the run around a candidate gives the same words as cutting the whole page.
const BLOCK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-zA-Z0-9+#&._%\-]/;
const MAX_BLOCK = 400;
const EDGE = 100;

interface Block {
  start: number;
  /** Matches inside [safeStart, safeEnd) reuse this cut: far enough from where it cut a run short. */
  safeStart: number;
  safeEnd: number;
  startOk: Set<number>;
  endOk: Set<number>;
  tokens: Token[];
}

/**
 * Whole-word test. A match is a word if it starts and ends on token boundaries, or if it is one
 * of the dictionary words jieba's search mode finds inside a longer token (区长 in 副区长).
 */
class WordChecker {
  // Only the last cut is kept: matches arrive left to right, so a long run of Han text (a hostile
  // page: megabytes without punctuation) is cut in overlapping windows, not once per match.
  private last: Block | null = null;
  private readonly inner = new Map<string, Set<string>>();
  constructor(
    private readonly s: string,
    private readonly engine: TextEngine,
  ) {}

  private blockAround(start: number, end: number): Block {
    const s = this.s;
    const last = this.last;
    if (last && start >= last.safeStart && end <= last.safeEnd) return last;
    let a = start;
    let b = end;
    while (a > 0 && start - a < MAX_BLOCK && BLOCK_CHAR.test(s[a - 1]!)) a--;
    while (b < s.length && b - end < MAX_BLOCK && BLOCK_CHAR.test(s[b]!)) b++;
    // Where the window stops inside a run, tokens near the cut may differ from a whole-run cut.
    let safeStart = a === 0 || !BLOCK_CHAR.test(s[a - 1]!) ? a : Math.min(start, a + EDGE);
    let safeEnd = b === s.length || !BLOCK_CHAR.test(s[b]!) ? b : Math.max(end, b - EDGE);
    // Terms with spaces or punctuation cross blocks: take a little context on both sides.
    if (a === start && b === end) {
      a = Math.max(0, start - 20);
      b = Math.min(s.length, end + 20);
      [safeStart, safeEnd] = [start, end];
    }
    const tokens = this.engine.tokens(s.slice(a, b));
    const block: Block = {
      start: a,
      safeStart,
      safeEnd,
      tokens,
      startOk: new Set(tokens.map((t) => t.start + a)),
      endOk: new Set(tokens.map((t) => t.end + a)),
    };
    this.last = block;
    return block;
  }

  accepts(start: number, end: number, key: string): boolean {
    const block = this.blockAround(start, end);
    if (block.startOk.has(start) && block.endOk.has(end)) return true;
    const token = block.tokens.find((t) => t.start + block.start <= start && t.end + block.start >= end);
    if (!token) return false;
    let subs = this.inner.get(token.word);
    if (!subs) this.inner.set(token.word, (subs = new Set(this.engine.cutForSearch(token.word))));
    return subs.has(key);
  }
}
