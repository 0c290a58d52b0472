// Evidence that two pieces of text belong together: a word that spans the join (助|力 → 助力),
// numbers that continue (约|1000亿元), and shared vocabulary between two stretches of text.
// Works with the injected segmenter (jieba) and degrades to character bigrams without it.
import type { Segmenter } from '../types';

const HAN = /\p{Script=Han}/u;
/** Characters that stand alone as words at a line end or start without being half of a word. */
// Also common one-character verbs and adverbs that end or open a clause on their own (仍 | 有).
const FUNCTION_CHARS = new Set([
  ...'的了在和是等与及对将把被从向也很都又就为以于并而或还更最不个其该此这那之所由因让使给到着过',
  ...'有仍未已可会能要应均各每再才只正曾却则即便如若虽但且故自至按经据当同跟比像先后',
]);

interface JoinFacts {
  strength: number;
  leftLoose: boolean;
  rightLoose: boolean;
}
const NO_JOIN: JoinFacts = { strength: 0, leftLoose: false, rightLoose: false };
const NONE_LONE = { count: 0, loose: false };
/** Texts per batched segmenter call (see WordEvidence.cutAll). */
const CUT_BATCH = 400;

/** Lone Han characters at the end of a cut, and whether the last one is more than a function word. */
function trailingSingles(toks: string[]): { count: number; loose: boolean } {
  let count = 0;
  for (let i = toks.length - 1; i >= 0 && toks[i]!.length === 1 && isHanAt(toks[i]!, 0); i--) count++;
  return { count, loose: count > 0 && !FUNCTION_CHARS.has(toks.at(-1)!) };
}

function leadingSingles(toks: string[]): { count: number; loose: boolean } {
  let count = 0;
  while (count < toks.length && toks[count]!.length === 1 && isHanAt(toks[count]!, 0)) count++;
  return { count, loose: count > 0 && !FUNCTION_CHARS.has(toks[0]!) };
}

/** Every character of a token is Han (tokens recur across joins, so the answer is kept). */
const hanTokens = new Map<string, boolean>();
function allHan(tok: string): boolean {
  let basic = true; // every unit in the common blocks: answered without the regex or the map
  for (let i = 0; i < tok.length && basic; i++) basic = isHanCode(tok.charCodeAt(i));
  if (basic) return true;
  let v = hanTokens.get(tok);
  if (v === undefined) {
    v = [...tok].every((c) => HAN.test(c));
    if (hanTokens.size < 50_000) hanTokens.set(tok, v);
  }
  return v;
}

/** CJK unified ideographs (basic block and extension A): the fast test for hot loops. */
const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** White space as /\s/ sees it. */
const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The first (or last) `n` UTF-16 units of the text with white space removed, read from that end
 * only: text.replace(/\s+/g, '').slice(0, n) (or .slice(-n)) without copying a long fragment.
 */
function endSqueezed(text: string, n: number, fromEnd: boolean): string {
  let out = '';
  if (fromEnd) {
    for (let i = text.length - 1; i >= 0 && out.length < n; i--) if (!isSpaceCode(text.charCodeAt(i))) out = text[i] + out;
  } else {
    for (let i = 0; i < text.length && out.length < n; i++) if (!isSpaceCode(text.charCodeAt(i))) out += text[i];
  }
  return out;
}

/** Key of a bigram of two one-unit strings in WordEvidence's counts. */
const pairCode = (a: string, b: string) => (a.length === 1 && b.length === 1 ? a.charCodeAt(0) * 65536 + b.charCodeAt(0) : -1);

/** HAN.test(t[i]) (one UTF-16 unit), with the common blocks answered without the regex. */
const isHanAt = (t: string, i: number) => isHanCode(t.charCodeAt(i)) || HAN.test(t[i] ?? '');

export class WordEvidence {
  // Bigram counts keyed by the two UTF-16 codes (first × 65536 + second): no string per bigram.
  private readonly counts = new Map<number, number>();
  // Join facts by left end, then right end: no key string is built per lookup (pairs are asked
  // about tens of thousands of times a page).
  private readonly cache = new Map<string, Map<string, JoinFacts>>();
  private cached(l: string, r: string): JoinFacts | undefined {
    return this.cache.get(l)?.get(r);
  }

  private counted = false;

  constructor(
    private readonly segmenter: Segmenter | null,
    private readonly pageText: string,
  ) {}

  /** Character bigrams inside the page's lines (never across a line break, spaces skipped), counted on first use. */
  private get bigrams(): Map<number, number> {
    if (!this.counted) {
      this.counted = true;
      const t = this.pageText;
      let prev = -1; // code of the last non-space character of the line so far
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) prev = -1;
        else if (!isSpaceCode(c)) {
          if (prev >= 0 && isHanCode(prev) && isHanCode(c)) {
            const k = prev * 65536 + c;
            this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
          }
          prev = c;
        }
      }
    }
    return this.counts;
  }

  private readonly followers = new Map<string, string[]>();

  /** Characters printed right after `c` somewhere on the page. */
  successors(c: string): string[] {
    if (!this.followers.size) {
      for (const k of this.bigrams.keys()) {
        const a = String.fromCharCode(Math.floor(k / 65536));
        (this.followers.get(a) ?? this.followers.set(a, []).get(a)!).push(String.fromCharCode(k % 65536));
      }
    }
    return this.followers.get(c) ?? [];
  }

  private readonly ranks = new Map<string, Map<string, number>>();

  /** successors(c) as a lookup: each successor's place in that list. */
  successorRank(c: string): Map<string, number> {
    let r = this.ranks.get(c);
    if (!r) this.ranks.set(c, (r = new Map(this.successors(c).map((s, i) => [s, i]))));
    return r;
  }

  /** How often the page prints character `b` right after `a`. */
  printedCount(a: string, b: string): number {
    return this.bigrams.get(pairCode(a, b)) ?? 0;
  }

  /** The two characters stand together somewhere on the page. */
  pairSeen(a: string, b: string): boolean {
    return (this.bigrams.get(pairCode(a, b)) ?? 0) >= 1;
  }

  get hasSegmenter(): boolean {
    return !!this.segmenter;
  }

  /**
   * How strongly a word crosses the join of `left` + `right` (0 = none), from a dictionary-only
   * cut (the HMM invents "words" across unrelated characters, so it cannot tell a real join from
   * a false one). A join counts by the lone characters it resolves: 助 | 力高 → 助力 resolves two,
   * 产学 | 研合作 → 产学研 three, 产学 | 业结构 → 产/学业 only two of three. A pair printed together
   * elsewhere on the page adds to that; a pair printed together twice or more (山阳|镇 where 山阳镇
   * recurs), or once where the HMM also joins it, is weak evidence of its own.
   */
  joinStrength(left: string, right: string): number {
    return this.join(left, right).strength;
  }

  /**
   * What is wrong with a join that no word crosses: each side that ends (starts) in a lone
   * character other than a function word (…多渠 | 据介绍) is a word cut in two that this join
   * does not mend. 0 when a word crosses.
   */
  joinPenalty(left: string, right: string): number {
    const j = this.join(left, right);
    return j.strength > 0 ? 0 : (j.leftLoose ? 0.75 : 0) + (j.rightLoose ? 0.75 : 0);
  }

  /** The text starts in a lone character that is not a function word (难。截至…, 府保障…). */
  startsLoose(text: string): boolean {
    const r = this.head(text);
    if (!this.segmenter || !r || !HAN.test(r[0]!)) return false;
    const first = this.dictCut(r)[0] ?? '';
    return first.length === 1 && !FUNCTION_CHARS.has(first);
  }

  // The six characters either side of a join, without spaces: asked for once per fragment end,
  // not once per candidate pair (a fragment is weighed against dozens of others).
  private readonly heads = new Map<string, string>();
  private readonly tails = new Map<string, string>();
  private head(text: string): string {
    let h = this.heads.get(text);
    if (h === undefined) this.heads.set(text, (h = endSqueezed(text, 6, false)));
    return h;
  }
  private tail(text: string): string {
    let t = this.tails.get(text);
    if (t === undefined) this.tails.set(text, (t = endSqueezed(text, 6, true)));
    return t;
  }

  /** Cuts the ends of these fragments ahead of time, in batches (see cutAll). */
  prepareEnds(lefts: string[], rights: string[]): void {
    if (!this.segmenter) return;
    this.cutAll(new Set([...lefts.map((t) => this.tail(t)), ...rights.map((t) => this.head(t))].filter(Boolean)));
  }

  /**
   * Lone Han characters at the end of `left` and at the start of `right` in their own dictionary
   * cuts (and whether the outermost one is more than a function word): a word a line break cut
   * in two leaves such a piece on each side. Zero without a segmenter.
   */
  loneTail(left: string): { count: number; loose: boolean } {
    const l = this.tail(left);
    if (!this.segmenter || !l || !HAN.test(l.at(-1)!)) return NONE_LONE;
    return this.loneAtEnd(l);
  }

  loneHead(right: string): { count: number; loose: boolean } {
    const r = this.head(right);
    if (!this.segmenter || !r || !HAN.test(r[0]!)) return NONE_LONE;
    return this.loneAtStart(r);
  }

  /** The lone characters that end (start) a text's own dictionary cut: '' when none. */
  tailZone(left: string): string {
    const n = this.loneTail(left).count;
    return n ? this.tail(left).slice(-n) : '';
  }

  headZone(right: string): string {
    const n = this.loneHead(right).count;
    return n ? this.head(right).slice(0, n) : '';
  }

  /** Cuts these zone pairs' texts in batches, ahead of zoneAcross. */
  prepareZones(pairs: Iterable<readonly [string, string]>): void {
    if (!this.segmenter) return;
    const zones = new Set<string>();
    for (const [tz, hz] of pairs) if (tz && hz && !this.zones.get(tz)?.has(hz)) zones.add(tz + hz);
    this.cutAll(zones);
  }

  /** zoneAcross(tz, hz) is answered already. */
  zoneKnown(tz: string, hz: string): boolean {
    return !!this.zones.get(tz)?.has(hz);
  }

  // Answers by tail zone, then head zone (no key strings built in the pair loop).
  private readonly zones = new Map<string, Map<string, boolean>>();

  /**
   * Whether two zones of lone characters (tailZone | headZone), cut on their own, form a word
   * across the join (月 | 底 → 月底, 为产 | 业 → 为/产业): the cheap test before the joined cut of
   * the two ends. A join that resolves lone characters nearly always does it this way, and the
   * few-character zones repeat across a page, so each answer is kept.
   */
  zoneAcross(tz: string, hz: string): boolean {
    if (!tz || !hz || !this.segmenter) return false;
    let byHead = this.zones.get(tz);
    if (!byHead) this.zones.set(tz, (byHead = new Map()));
    let v = byHead.get(hz);
    if (v === undefined) {
      v = false;
      let pos = 0;
      for (const tok of this.dictCut(tz + hz)) {
        const end = pos + tok.length;
        if (pos < tz.length && end > tz.length) v = true;
        if (end >= tz.length) break;
        pos = end;
      }
      byHead.set(hz, v);
    }
    return v;
  }

  /** How often the page prints the last character of `left` right before the first of `right`. */
  printedAcross(left: string, right: string): number {
    const l = this.tail(left);
    const r = this.head(right);
    return l && r ? (this.bigrams.get(pairCode(l.at(-1)!, r[0]!)) ?? 0) : 0;
  }

  /** joinStrength of the two ends when it is worked out already, else undefined (no cut made). */
  knownJoinStrength(left: string, right: string): number | undefined {
    return this.cached(this.tail(left), this.head(right))?.strength;
  }

  /**
   * An upper bound of joinStrength found without cutting the two ends together (each end's own
   * cut is kept): what the lone characters at the join could resolve at most, 1.5 for a pair
   * printed together elsewhere, and the page's-own-word strength when both ends are loose.
   */
  joinCeiling(left: string, right: string): number {
    const l = this.tail(left);
    const r = this.head(right);
    if (!l || !r || !HAN.test(l.at(-1)!) || !HAN.test(r[0]!)) return 0;
    const known = this.cached(l, r);
    if (known) return known.strength;
    if (!this.segmenter) return 1.5;
    const lt = this.loneAtEnd(l);
    const rh = this.loneAtStart(r);
    const singles = lt.count + rh.count;
    return Math.max(1.5, singles ? 1.25 * singles + 0.75 : 0, lt.loose && rh.loose ? 3.5 : 0);
  }

  /**
   * Cuts, ahead of time, every join the caller is about to weigh: the ends of both sides and,
   * where a lone character could be resolved, the two ends together. Much of a cut's cost is the
   * call itself, so the cuts go to the segmenter a few hundred at a time (see cutAll).
   */
  prepareJoins(pairs: Iterable<readonly [string, string]>): void {
    if (!this.segmenter) return;
    const live: [string, string][] = [];
    const ends = new Set<string>();
    for (const [left, right] of pairs) {
      const l = this.tail(left);
      const r = this.head(right);
      if (!l || !r || !isHanAt(l, l.length - 1) || !isHanAt(r, 0) || this.cached(l, r)) continue;
      live.push([l, r]);
      ends.add(l).add(r);
    }
    this.cutAll(ends);
    const joined = new Set<string>();
    for (const [l, r] of live) {
      if (this.loneAtEnd(l).count + this.loneAtStart(r).count) joined.add(l + r);
    }
    this.cutAll(joined);
  }

  /**
   * Dictionary cuts of many space-free texts in one segmenter call per batch, joined by line
   * breaks: a segmenter never carries a word across a line break, so each text cuts as it would
   * alone. A batch whose tokens do not split back into its texts is cut one text at a time.
   */
  private cutAll(texts: Iterable<string>): void {
    const todo = [...texts].filter((t) => !this.cuts.has(t));
    for (let k = 0; k < todo.length; k += CUT_BATCH) {
      const part = todo.slice(k, k + CUT_BATCH);
      const split: string[][] = [[]];
      for (const tok of this.segmenter!.cut(part.join('\n'), false)) {
        if (tok === '\n') split.push([]);
        else split.at(-1)!.push(tok);
      }
      const clean = split.length === part.length && split.every((toks, i) => toks.join('') === part[i]);
      part.forEach((t, i) => this.cuts.set(t, clean ? split[i]! : this.segmenter!.cut(t, false)));
    }
  }

  // Lone characters at the end (start) of a join window's own cut, kept per window: every pair
  // an end takes part in asks again.
  private readonly loneEnds = new Map<string, { count: number; loose: boolean }>();
  private readonly loneStarts = new Map<string, { count: number; loose: boolean }>();
  private loneAtEnd(l: string): { count: number; loose: boolean } {
    let v = this.loneEnds.get(l);
    if (!v) this.loneEnds.set(l, (v = trailingSingles(this.dictCut(l))));
    return v;
  }
  private loneAtStart(r: string): { count: number; loose: boolean } {
    let v = this.loneStarts.get(r);
    if (!v) this.loneStarts.set(r, (v = leadingSingles(this.dictCut(r))));
    return v;
  }

  private readonly cuts = new Map<string, string[]>();
  private dictCut(t: string): string[] {
    let c = this.cuts.get(t);
    if (!c) this.cuts.set(t, (c = this.segmenter!.cut(t, false)));
    return c;
  }

  private join(left: string, right: string): JoinFacts {
    const l = this.tail(left);
    const r = this.head(right);
    if (!l || !r || !isHanAt(l, l.length - 1) || !isHanAt(r, 0)) return NO_JOIN;
    let byRight = this.cache.get(l);
    const hit = byRight?.get(r);
    if (hit) return hit;
    const printed = this.bigrams.get(l.charCodeAt(l.length - 1) * 65536 + r.charCodeAt(0)) ?? 0;
    let strength = 0;
    let leftLoose = false;
    let rightLoose = false;
    if (this.segmenter) {
      const lt = this.loneAtEnd(l);
      const rh = this.loneAtStart(r);
      leftLoose = lt.loose;
      rightLoose = rh.loose;
      // Lone characters within reach of the join, after joining, and whether a word crosses it.
      // With no lone character on either side nothing can be resolved: the joined cut is skipped.
      let pos = 0;
      let across = false;
      let after = 0;
      for (const tok of lt.count + rh.count ? this.dictCut(l + r) : []) {
        const end = pos + tok.length;
        if (pos < l.length && end > l.length && allHan(tok)) across = true;
        if (tok.length === 1 && isHanAt(tok, 0) && end > l.length - lt.count && pos < l.length + rh.count) after++;
        pos = end;
      }
      const resolved = across ? lt.count + rh.count - after : 0;
      if (resolved > 0) strength = 1.25 * resolved + (printed >= 1 ? 0.75 : 0);
      else if (printed >= 2) strength = 1.5;
      else if (printed === 1 && this.hmmAcross(l, r)) strength = 1.25;
      // Two halves that the page prints together again and again (山阳|镇 where 山阳镇 recurs):
      // the page's own word, whatever the dictionary knows.
      if (printed >= 2 && leftLoose && rightLoose) strength = Math.max(strength, 2.5 + 0.25 * Math.min(printed, 4));
    } else if (printed >= 2) strength = 1.5;
    const facts = { strength, leftLoose, rightLoose };
    if (!byRight) this.cache.set(l, (byRight = new Map()));
    byRight.set(r, facts);
    return facts;
  }

  private hmmAcross(l: string, r: string): boolean {
    let pos = 0;
    for (const tok of this.segmenter!.cut(l + r, true)) {
      const end = pos + tok.length;
      if (pos < l.length && end > l.length) return true;
      pos = end;
    }
    return false;
  }

  /** The text ends in a lone character a dictionary cut cannot attach (…多渠, …住房困). */
  endsDangling(text: string): boolean {
    const l = this.tail(text);
    if (!this.segmenter || !l || !HAN.test(l.at(-1)!)) return false;
    return this.loneAtEnd(l).loose;
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

export type Bag<K = string> = Map<K, number>;

export function bagOf<K>(words: K[]): Bag<K> {
  const bag: Bag<K> = new Map();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

export function addBag<K>(into: Bag<K>, from: Bag<K>, weight = 1): Bag<K> {
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
export interface Vector<K = string> {
  w: Map<K, number>;
  norm: number;
}

export function vectorOf<K>(bag: Bag<K>, idf?: (w: K) => number): Vector<K> {
  const w = new Map<K, number>();
  let n = 0;
  for (const [k, v] of bag) {
    const x = v * (idf ? idf(k) : 1);
    w.set(k, x);
    n += x * x;
  }
  return { w, norm: Math.sqrt(n) };
}

export function cosine<K>(a: Vector<K>, b: Vector<K>): number {
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
