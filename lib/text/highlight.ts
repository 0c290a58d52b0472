// Finds watched terms in a text and returns ranges on the ORIGINAL string (the content script
// and the reader draw them). By default a term matches only as whole words: its start and end
// must fall on word boundaries of the segmented text, so 区长 is found in 副区长 but not in
// 社区长期 (社区/长期). Substring mode matches anywhere. Matching is on normalised text, so
// 區長 and full-width forms are found too.
//
// Speed: terms are grouped by length and looked up in a Map at each candidate position, so a
// thousand terms cost a few Map probes per position instead of a thousand indexOf scans.
import type { TextEngine } from './engine';
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
}

export function compileTerms(terms: Iterable<string>): TermMatcher {
  const groups = new Map<number, Map<string, string>>();
  for (const term of terms) {
    const key = normalize(term).trim();
    if (!key) continue;
    let group = groups.get(key.length);
    if (!group) groups.set(key.length, (group = new Map()));
    if (!group.has(key)) group.set(key, term);
  }
  return { byLength: [...groups].sort((a, b) => b[0] - a[0]) };
}

export interface FindOptions {
  mode?: MatchMode;
  /** Needed for 'word' mode. */
  engine?: TextEngine;
}

/**
 * Non-overlapping matches, leftmost first and longest at a position (金山卫镇 before 金山).
 */
export function findTerms(text: string, terms: TermMatcher | Iterable<string>, options: FindOptions = {}): HighlightRange[] {
  const matcher = 'byLength' in terms ? (terms as TermMatcher) : compileTerms(terms as Iterable<string>);
  if (matcher.byLength.length === 0 || !text) return [];
  const mode = options.mode ?? 'word';
  const n = normalizeForMatch(text);
  const s = n.text;
  const boundaries = mode === 'word' ? wordBoundaries(s, options.engine) : null;
  const out: HighlightRange[] = [];
  let pos = 0;
  while (pos < s.length) {
    let matched = 0;
    for (const [len, group] of matcher.byLength) {
      const end = pos + len;
      if (end > s.length) continue;
      const key = s.slice(pos, end);
      const term = group.get(key);
      if (term === undefined || (boundaries && !boundaries.accepts(pos, end, key))) continue;
      const [os, oe] = toOriginalRange(n, pos, end);
      out.push({ start: os, end: oe, term });
      matched = len;
      break;
    }
    pos += matched || 1;
  }
  return out;
}

/**
 * Whole-word test. A match is a word if it starts and ends on token boundaries, or if it is one
 * of the dictionary words jieba's search mode finds inside a longer token (区长 in 副区长).
 */
function wordBoundaries(s: string, engine: TextEngine | undefined) {
  if (!engine) throw new Error('findTerms: word mode needs a text engine');
  const startOk = new Uint8Array(s.length + 1);
  const endOk = new Uint8Array(s.length + 1);
  const tokenAt = new Int32Array(s.length).fill(-1);
  const tokens = engine.tokens(s);
  tokens.forEach((t, i) => {
    startOk[t.start] = 1;
    endOk[t.end] = 1;
    tokenAt.fill(i, t.start, t.end);
  });
  const inner = new Map<string, Set<string>>();
  return {
    accepts(start: number, end: number, key: string): boolean {
      if (startOk[start] && endOk[end]) return true;
      const i = tokenAt[start]!;
      if (i < 0 || tokenAt[end - 1] !== i) return false;
      const word = tokens[i]!.word;
      let subs = inner.get(word);
      if (!subs) inner.set(word, (subs = new Set(engine.cutForSearch(word))));
      return subs.has(key);
    },
  };
}
