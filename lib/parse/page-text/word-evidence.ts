// Evidence that two pieces of text belong together: a word that spans the join (助|力 → 助力),
// numbers that continue (约|1000亿元), and shared vocabulary between two stretches of text.
// Works with the injected segmenter (jieba) and degrades to character bigrams without it.
import type { Segmenter } from '../types';

const HAN = /\p{Script=Han}/u;
/** CJK unified ideographs (basic block and extension A): the fast test for hot loops. */
const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

export class WordEvidence {
  private readonly counts = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  private counted = false;

  constructor(
    private readonly segmenter: Segmenter | null,
    private readonly pageText: string,
  ) {}

  /** Character bigrams inside the page's lines (never across a line break), counted on first use. */
  private get bigrams(): Map<string, number> {
    if (!this.counted) {
      this.counted = true;
      for (const line of this.pageText.split('\n')) {
        const t = line.replace(/\s+/g, '');
        for (let i = 0; i + 1 < t.length; i++) {
          if (isHanCode(t.charCodeAt(i)) && isHanCode(t.charCodeAt(i + 1))) {
            const b = t.slice(i, i + 2);
            this.counts.set(b, (this.counts.get(b) ?? 0) + 1);
          }
        }
      }
    }
    return this.counts;
  }

  private readonly followers = new Map<string, string[]>();

  /** Characters printed right after `c` somewhere on the page. */
  successors(c: string): string[] {
    if (!this.followers.size) {
      for (const b of this.bigrams.keys()) (this.followers.get(b[0]!) ?? this.followers.set(b[0]!, []).get(b[0]!)!).push(b[1]!);
    }
    return this.followers.get(c) ?? [];
  }

  /** The two characters stand together somewhere on the page. */
  pairSeen(a: string, b: string): boolean {
    return (this.bigrams.get(a + b) ?? 0) >= 1;
  }

  get hasSegmenter(): boolean {
    return !!this.segmenter;
  }

  /**
   * How strongly a word crosses the join of `left` + `right` (0 = none). A crossing word counts
   * more when the two characters at the join also stand together elsewhere on the page (助|力
   * where 助力 is printed elsewhere) and when both sides are left dangling on their own (已完 |
   * 成17层: 完 and 成 are single characters when cut apart); it counts less when the right side
   * starts with a whole word of its own (已完 | 工人们). The segmenter's HMM glues unrelated
   * characters too, so a bare crossing is weak evidence.
   */
  joinStrength(left: string, right: string, onlyConfirmed = false): number {
    const l = left.replace(/\s+/g, '').slice(-6);
    const r = right.replace(/\s+/g, '').slice(0, 6);
    if (!l || !r || !HAN.test(l.at(-1)!) || !HAN.test(r[0]!)) return 0;
    const pair = l.at(-1)! + r[0]!;
    const elsewhere = (this.bigrams.get(pair) ?? 0) >= 1;
    // Far-apart fragments only count on confirmed pairs: skips the segmenter for most candidates.
    if (onlyConfirmed && !elsewhere) return 0;
    const key = `${l}|${r}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let strength = 0;
    if (this.segmenter) {
      let pos = 0;
      let across = false;
      for (const tok of this.segmenter.cut(l + r)) {
        const end = pos + tok.length;
        if (pos < l.length && end > l.length && [...tok].every((c) => HAN.test(c))) across = true;
        pos = end;
      }
      if (across) {
        strength = elsewhere ? 4 : 1;
        const leftDangles = this.segmenter.cut(l).at(-1)?.length === 1;
        const rightDangles = this.segmenter.cut(r)[0]?.length === 1;
        if (!rightDangles) strength -= 2;
        else if (!leftDangles) strength -= 1.5;
        else if (!elsewhere) strength = 1.25;
        strength = Math.max(strength, 0.5);
      }
    }
    // A pair printed together again and again on this page (山阳|镇 where 山阳镇 recurs) joins
    // even when the segmenter files the first part under a word of its own.
    if ((this.bigrams.get(pair) ?? 0) >= 2) strength = Math.max(strength, 1.5);
    this.cache.set(key, strength);
    return strength;
  }

  /** The text ends in a lone character the segmenter could not attach (…多渠, …住房困). */
  endsDangling(text: string): boolean {
    const l = text.replace(/\s+/g, '').slice(-6);
    if (!this.segmenter || !l || !HAN.test(l.at(-1)!)) return false;
    return this.segmenter.cut(l).at(-1)?.length === 1;
  }

  /** A word across the join, as a yes/no (any strength). */
  wordAcross(left: string, right: string): boolean {
    return this.joinStrength(left, right) > 0;
  }

  /** A word across the join that is more than the segmenter's guess. */
  strongWordAcross(left: string, right: string): boolean {
    return this.joinStrength(left, right) >= 2.5;
  }

  /** Words of a text: segmenter tokens of 2+ Han characters, else Han bigrams. */
  words(text: string): string[] {
    const t = text.replace(/\s+/g, '');
    if (this.segmenter) return this.segmenter.cut(t).filter((w) => w.length >= 2 && HAN.test(w[0]!));
    const out: string[] = [];
    for (let i = 0; i + 1 < t.length; i++) if (HAN.test(t[i]!) && HAN.test(t[i + 1]!)) out.push(t.slice(i, i + 2));
    return out;
  }
}

/** Numbers that continue across a join: "约" | "1000亿元", "2022" | "年". */
export function numberContinues(left: string, right: string): boolean {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (/[0-9０-９.]$/.test(l) && /^[0-9０-９万亿千百元年月日个家名余多%．.]/.test(r)) return true;
  return /[约达为近超逾共计第]$/.test(l) && /^[0-9０-９]/.test(r);
}

export type Bag = Map<string, number>;

export function bagOf(words: string[]): Bag {
  const bag: Bag = new Map();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

export function addBag(into: Bag, from: Bag, weight = 1): Bag {
  for (const [w, n] of from) into.set(w, (into.get(w) ?? 0) + n * weight);
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
export interface Vector {
  w: Map<string, number>;
  norm: number;
}

export function vectorOf(bag: Bag, idf?: (w: string) => number): Vector {
  const w = new Map<string, number>();
  let n = 0;
  for (const [k, v] of bag) {
    const x = v * (idf ? idf(k) : 1);
    w.set(k, x);
    n += x * x;
  }
  return { w, norm: Math.sqrt(n) };
}

export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.w.size <= b.w.size ? [a.w, b.w] : [b.w, a.w];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y) dot += x * y;
  }
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
