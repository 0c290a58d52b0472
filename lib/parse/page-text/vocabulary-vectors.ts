// Shared-vocabulary comparison of stretches of text: word bags, idf-weighted vectors and their
// cosine, and Han bigrams as a segmenter-free stand-in for words. Separate from the join evidence
// (WordEvidence) because it compares whole fragments and chains, not the two sides of one join.
import { isHanCode, isSpaceCode } from './han-characters';

export type Bag<K = string> = Map<K, number>;

export function bagOf<K>(words: K[]): Bag<K> {
  const bag: Bag<K> = new Map();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

// (Maps are walked with forEach in this file: no [key, value] pair per entry, same order.)
export function addBag<K>(into: Bag<K>, from: Bag<K>, weight = 1): Bag<K> {
  from.forEach((n, w) => into.set(w, (into.get(w) ?? 0) + n * weight));
  return into;
}

/** Cosine similarity of two bags, with words that are everywhere on the page down-weighted. */
export function similarity(a: Bag, b: Bag, docFreq?: Map<string, number>, docs = 1): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const idf = (w: string) => (docFreq ? Math.log(1 + docs / (docFreq.get(w) ?? 1)) : 1);
  for (const [w, n] of a) {
    const x = n * idf(w);
    na += x * x;
    const m = b.get(w);
    if (m) dot += x * m * idf(w);
  }
  for (const [w, m] of b) nb += (m * idf(w)) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** A bag weighted by idf with its norm, for fast repeated cosine similarity. */
export interface Vector<K = string> {
  w: Map<K, number>;
  norm: number;
}

export function vectorOf<K>(bag: Bag<K>, idf?: (w: K) => number): Vector<K> {
  // Unweighted, the vector's weights are the bag's counts themselves: share the bag (callers
  // never change a bag once a vector is made of it) instead of copying it entry by entry.
  if (!idf) {
    let n = 0;
    bag.forEach((v) => (n += v * v));
    return { w: bag, norm: Math.sqrt(n) };
  }
  const w = new Map<K, number>();
  let n = 0;
  bag.forEach((v, k) => {
    const x = v * idf(k);
    w.set(k, x);
    n += x * x;
  });
  return { w, norm: Math.sqrt(n) };
}

export function cosine<K>(a: Vector<K>, b: Vector<K>): number {
  if (!a.norm || !b.norm) return 0;
  const aSmaller = a.w.size <= b.w.size;
  const small = aSmaller ? a.w : b.w;
  const large = aSmaller ? b.w : a.w;
  let dot = 0;
  small.forEach((x, k) => {
    const y = large.get(k);
    if (y) dot += x * y;
  });
  return dot / (a.norm * b.norm);
}

/** Pairs of adjacent Han characters: a segmenter-free stand-in for words when comparing texts. */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  const t = text.replace(/\s+/g, '');
  for (let i = 0; i + 1 < t.length; i++) {
    if (isHanCode(t.charCodeAt(i)) && isHanCode(t.charCodeAt(i + 1))) out.push(t.slice(i, i + 2));
  }
  return out;
}

/** hanBigrams as numbers (first code × 65536 + second), in the same order: no string per bigram. */
export function hanBigramCodes(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (prev >= 0 && isHanCode(prev) && isHanCode(c)) out.push(prev * 65536 + c);
    prev = c;
  }
  return out;
}

/**
 * bagOf(hanBigramCodes(text)) counted straight into `into` (a new bag by default): the same keys
 * in the same order, without the array of codes in between (bags are made for every chain).
 */
export function countHanBigrams(text: string, into: Bag<number> = new Map()): Bag<number> {
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (prev >= 0 && isHanCode(prev) && isHanCode(c)) {
      const code = prev * 65536 + c;
      into.set(code, (into.get(code) ?? 0) + 1);
    }
    prev = c;
  }
  return into;
}
