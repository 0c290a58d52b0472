// A fast TextEngine for seeding the search benchmark's library: the generated articles are
// built from a known vocabulary (bench/search-corpus.ts), so their text is cut into those
// pieces by longest match, and each distinct piece is cut by the real jieba engine once
// (memoised). An article's index terms are then the real jieba search cut of its pieces —
// what jieba gives for the whole text except, at most, a different split where two pieces
// meet. Only seeding uses it: queries still run through the real engine, store and index.
// Text outside the vocabulary (names, digits) is cut by jieba in runs, also memoised.
import type { TextEngine } from '../lib/text/engine';

export function vocabularyEngine(real: TextEngine, vocabulary: Iterable<string>): TextEngine {
  // Lengths of the known pieces by first character, longest first: a match tries only those.
  const known = new Set<string>();
  const lengthsByFirst = new Map<string, number[]>();
  for (const w of vocabulary) {
    if (!w || known.has(w)) continue;
    known.add(w);
    const ls = lengthsByFirst.get(w[0]!) ?? [];
    if (!ls.includes(w.length)) ls.push(w.length);
    lengthsByFirst.set(w[0]!, ls);
  }
  for (const ls of lengthsByFirst.values()) ls.sort((a, b) => b - a);
  const memo = new Map<string, string[]>();
  const cutPiece = (piece: string): string[] => {
    let words = memo.get(piece);
    if (!words) memo.set(piece, (words = real.cutForSearch(piece)));
    return words;
  };

  const cutForSearch = (text: string): string[] => {
    const out: string[] = [];
    let unknownFrom = -1;
    const flushUnknown = (to: number) => {
      if (unknownFrom >= 0) for (const w of cutPiece(text.slice(unknownFrom, to))) out.push(w);
      unknownFrom = -1;
    };
    for (let i = 0; i < text.length; ) {
      let matched = 0;
      for (const len of lengthsByFirst.get(text[i]!) ?? []) {
        if (i + len <= text.length && known.has(text.slice(i, i + len))) {
          matched = len;
          break;
        }
      }
      if (!matched) {
        if (unknownFrom < 0) unknownFrom = i;
        i++;
        continue;
      }
      flushUnknown(i);
      for (const w of cutPiece(text.slice(i, i + matched))) out.push(w);
      i += matched;
    }
    flushUnknown(text.length);
    return out;
  };

  return { ...real, cutForSearch };
}
