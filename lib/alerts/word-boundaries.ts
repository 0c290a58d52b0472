// Whole-word test for a match found by substring search: 区长 is a word in 区长办公会 and in
// 副区长 (a dictionary word inside a longer token, as lib/text/highlight.ts also accepts), but
// not in 社区长期 (社区/长期).
//
// Segmentation is lazy and local: jieba cuts each run of Han/alphanumeric characters on its own
// (its "han block" regex), so cutting only the run around a match gives the same tokens as
// cutting the whole article, and articles with no candidate hit are never segmented at all.
import type { Segmenter } from '../parse/types';

/** A segmenter, optionally with jieba's search mode (finer words inside long tokens). */
export interface WordSegmenter extends Segmenter {
  cutForSearch?(text: string): string[];
}

export interface WordBoundaries {
  /** True when text[start, end) (equal to `key`) is a whole word. */
  isWord(start: number, end: number, key: string): boolean;
}

// jieba-rs RE_HAN_DEFAULT: CJK ideographs (surrogates stand for the supplementary planes),
// ASCII letters and digits and + # & . _ % -.
function inBlock(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    code === 0x2b || code === 0x23 || code === 0x26 || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2d
  );
}

const isAsciiWordChar = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

export function createWordBoundaries(text: string, segmenter: WordSegmenter | null | undefined): WordBoundaries {
  if (!segmenter) return asciiBoundaries(text);
  const seg = segmenter;
  // 1 = a token starts here, 2 = a token ends here; tokenAt = index of the token covering a unit.
  let flags: Uint8Array | null = null;
  let tokenAt: Int32Array | null = null;
  const tokens: string[] = [];
  const cutBlocks = new Set<number>();
  // Search-mode pieces of a long token, and where inside it pieces start and end.
  const inner = new Map<string, { words: Set<string>; starts: Set<number>; ends: Set<number> }>();

  function ensureCut(pos: number): void {
    if (pos < 0 || pos >= text.length || !inBlock(text.charCodeAt(pos))) return;
    let bs = pos;
    while (bs > 0 && inBlock(text.charCodeAt(bs - 1))) bs--;
    if (cutBlocks.has(bs)) return;
    cutBlocks.add(bs);
    let be = pos;
    while (be < text.length && inBlock(text.charCodeAt(be))) be++;
    flags ??= new Uint8Array(text.length + 1);
    tokenAt ??= new Int32Array(text.length).fill(-1);
    let at = bs;
    for (const word of seg.cut(text.slice(bs, be))) {
      if (!word || !text.startsWith(word, at)) continue; // never expected; keep later offsets right
      flags[at]! |= 1;
      flags[at + word.length]! |= 2;
      tokenAt.fill(tokens.length, at, at + word.length);
      tokens.push(word);
      at += word.length;
    }
  }

  function startsWord(i: number): boolean {
    if (i === 0 || !inBlock(text.charCodeAt(i)) || !inBlock(text.charCodeAt(i - 1))) return true;
    ensureCut(i);
    return (flags![i]! & 1) !== 0;
  }
  function endsWord(i: number): boolean {
    if (i === text.length || !inBlock(text.charCodeAt(i - 1)) || !inBlock(text.charCodeAt(i))) return true;
    ensureCut(i - 1);
    return (flags![i]! & 2) !== 0;
  }

  return {
    isWord(start, end, key) {
      if (startsWord(start) && endsWord(end)) return true;
      if (!seg.cutForSearch || !tokenAt) return false;
      ensureCut(start);
      const t = tokenAt[start]!;
      if (t < 0 || tokenAt[end - 1] !== t) return false;
      const word = tokens[t]!;
      let subs = inner.get(word);
      if (!subs) inner.set(word, (subs = searchPieces(word, seg.cutForSearch(word))));
      if (subs.words.has(key)) return true;
      // A run of whole pieces is a word too: 租赁住房 (租赁+住房) in 保障性租赁住房, which jieba keeps
      // as one token when the news lexicon knows it; search mode lists only 2- and 3-character pieces.
      let tokenStart = start;
      while (tokenStart > 0 && tokenAt[tokenStart - 1] === t) tokenStart--;
      return subs.starts.has(start - tokenStart) && subs.ends.has(end - tokenStart);
    },
  };
}

function searchPieces(word: string, pieces: string[]): { words: Set<string>; starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const p of pieces) {
    // The whole token is a piece too, but its edges say nothing about the inside.
    if (!p || p === word) continue;
    for (let at = word.indexOf(p); at >= 0; at = word.indexOf(p, at + 1)) {
      starts.add(at);
      ends.add(at + p.length);
    }
  }
  return { words: new Set(pieces), starts, ends };
}

/**
 * Without a segmenter only letters and digits have visible word edges: "ABC" is not a word in
 * "ABCD", while CJK terms are accepted wherever they occur (callers should pass a segmenter).
 */
function asciiBoundaries(text: string): WordBoundaries {
  return {
    isWord(start, end) {
      const before = start > 0 && isAsciiWordChar(text.charCodeAt(start - 1)) && isAsciiWordChar(text.charCodeAt(start));
      const after = end < text.length && isAsciiWordChar(text.charCodeAt(end)) && isAsciiWordChar(text.charCodeAt(end - 1));
      return !before && !after;
    },
  };
}
