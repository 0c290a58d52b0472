// Evidence that two pieces of text belong together: a word that spans the join (助|力 → 助力),
// numbers that continue (约|1000亿元), and shared vocabulary between two stretches of text.
// Works with the injected segmenter (jieba) and degrades to character bigrams without it.
import type { Segmenter } from '../types';

const HAN = /\p{Script=Han}/u;

export class WordEvidence {
  private readonly bigrams = new Map<string, number>();
  private readonly cache = new Map<string, boolean>();

  constructor(
    private readonly segmenter: Segmenter | null,
    pageText: string,
  ) {
    // Character bigrams of the whole page: the fallback for "does this join form a word".
    const t = pageText.replace(/\s+/g, '');
    for (let i = 0; i + 1 < t.length; i++) {
      const b = t.slice(i, i + 2);
      if (HAN.test(b[0]!) && HAN.test(b[1]!)) this.bigrams.set(b, (this.bigrams.get(b) ?? 0) + 1);
    }
  }

  get hasSegmenter(): boolean {
    return !!this.segmenter;
  }

  /** True when a word crosses the join of `left` + `right` (only the last/first 6 characters matter). */
  wordAcross(left: string, right: string): boolean {
    const l = left.replace(/\s+/g, '').slice(-6);
    const r = right.replace(/\s+/g, '').slice(0, 6);
    if (!l || !r || !HAN.test(l.at(-1)!) || !HAN.test(r[0]!)) return false;
    const key = `${l}|${r}`;
    const hit = this.cache.get(key);
    if (hit != null) return hit;
    let across = false;
    if (this.segmenter) {
      let pos = 0;
      for (const tok of this.segmenter.cut(l + r)) {
        const end = pos + tok.length;
        if (pos < l.length && end > l.length && [...tok].every((c) => HAN.test(c))) across = true;
        pos = end;
      }
    } else {
      // Without a segmenter: the pair occurs elsewhere on the page as neighbours.
      across = (this.bigrams.get(l.at(-1)! + r[0]!) ?? 0) >= 2;
    }
    this.cache.set(key, across);
    return across;
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
