// Evidence that two pieces of text belong together: a word that spans the join (助|力 → 助力),
// numbers that continue (约|1000亿元), a pair of characters the page prints together elsewhere.
// Works with the injected segmenter (jieba) and degrades to character bigrams without it.
// The pieces it reads live beside it: han-characters.ts (character facts), page-bigrams.ts (what
// the page prints together), dictionary-cuts.ts (the segmenter's cuts),
// zone-joins.ts (words across two ends' lone characters); vocabulary comparison is
// in vocabulary-vectors.ts.
import type { Segmenter } from '../types';
import { DictionaryCuts } from './dictionary-cuts';
import { allHan, endSqueezed, FUNCTION_CHARS, HAN, isHanAt, pairCode } from './han-characters';
import { PageBigrams } from './page-bigrams';
import { ZoneJoins } from './zone-joins';

interface JoinFacts {
  strength: number;
  leftLoose: boolean;
  rightLoose: boolean;
}
const NO_JOIN: JoinFacts = { strength: 0, leftLoose: false, rightLoose: false };
const NONE_LONE = { count: 0, loose: false };

export class WordEvidence {
  private readonly page: PageBigrams;
  private readonly cutter: DictionaryCuts;
  private readonly zones: ZoneJoins;
  // Join facts by left end, then right end: no key string is built per lookup (pairs are asked
  // about tens of thousands of times a page).
  private readonly cache = new Map<string, Map<string, JoinFacts>>();
  private cached(l: string, r: string): JoinFacts | undefined {
    return this.cache.get(l)?.get(r);
  }

  constructor(
    private readonly segmenter: Segmenter | null,
    pageText: string,
  ) {
    this.page = new PageBigrams(pageText);
    this.cutter = new DictionaryCuts(segmenter);
    this.zones = new ZoneJoins(segmenter, this.cutter);
  }

  /** The page's bigram counts (see PageBigrams). */
  private get bigrams(): Map<number, number> {
    return this.page.bigrams;
  }

  /** Characters printed right after `c` somewhere on the page. */
  successors(c: string): string[] {
    return this.page.successors(c);
  }

  /** successors(c) as a lookup: each successor's place in that list. */
  successorRank(c: string): Map<string, number> {
    return this.page.successorRank(c);
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
    const first = this.cutter.dictCut(r)[0] ?? '';
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
    this.cutter.cutAll(new Set([...lefts.map((t) => this.tail(t)), ...rights.map((t) => this.head(t))].filter(Boolean)));
  }

  /**
   * Lone Han characters at the end of `left` and at the start of `right` in their own dictionary
   * cuts (and whether the outermost one is more than a function word): a word a line break cut
   * in two leaves such a piece on each side. Zero without a segmenter.
   */
  loneTail(left: string): { count: number; loose: boolean } {
    const l = this.tail(left);
    if (!this.segmenter || !l || !HAN.test(l.at(-1)!)) return NONE_LONE;
    return this.cutter.loneAtEnd(l);
  }

  loneHead(right: string): { count: number; loose: boolean } {
    const r = this.head(right);
    if (!this.segmenter || !r || !HAN.test(r[0]!)) return NONE_LONE;
    return this.cutter.loneAtStart(r);
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
    this.zones.prepare(pairs);
  }

  /** zoneAcross(tz, hz) is answered already. */
  zoneKnown(tz: string, hz: string): boolean {
    return this.zones.known(tz, hz);
  }

  /** Whether two zones of lone characters, cut on their own, form a word across (see ZoneJoins). */
  zoneAcross(tz: string, hz: string): boolean {
    return this.zones.across(tz, hz);
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
    const lt = this.cutter.loneAtEnd(l);
    const rh = this.cutter.loneAtStart(r);
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
    this.cutter.cutAll(ends);
    const joined = new Set<string>();
    for (const [l, r] of live) {
      const lt = this.cutter.loneAtEnd(l);
      const rh = this.cutter.loneAtStart(r);
      if (lt.count + rh.count) joined.add(joinWindow(l, r, lt.count, rh.count).text);
    }
    this.cutter.cutAll(joined);
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
      const lt = this.cutter.loneAtEnd(l);
      const rh = this.cutter.loneAtStart(r);
      leftLoose = lt.loose;
      rightLoose = rh.loose;
      // Lone characters within reach of the join, after joining, and whether a word crosses it.
      // With no lone character on either side nothing can be resolved: the joined cut is skipped.
      let pos = 0;
      let across = false;
      let after = 0;
      const w = joinWindow(l, r, lt.count, rh.count);
      for (const tok of lt.count + rh.count ? this.cutter.dictCut(w.text) : []) {
        const end = pos + tok.length;
        if (pos < w.at && end > w.at && allHan(tok)) across = true;
        if (tok.length === 1 && isHanAt(tok, 0) && end > w.at - lt.count && pos < w.at + rh.count) after++;
        pos = end;
      }
      const resolved = across ? lt.count + rh.count - after : 0;
      if (resolved > 0) strength = 1.25 * resolved + (printed >= 1 ? 0.75 : 0);
      else if (printed >= 2) strength = 1.5;
      else if (printed === 1 && this.cutter.hmmAcross(l, r)) strength = 1.25;
      // Two halves that the page prints together again and again (山阳|镇 where 山阳镇 recurs):
      // the page's own word, whatever the dictionary knows.
      if (printed >= 2 && leftLoose && rightLoose) strength = Math.max(strength, 2.5 + 0.25 * Math.min(printed, 4));
    } else if (printed >= 2) strength = 1.5;
    const facts = { strength, leftLoose, rightLoose };
    if (!byRight) this.cache.set(l, (byRight = new Map()));
    byRight.set(r, facts);
    return facts;
  }

  /** The text ends in a lone character a dictionary cut cannot attach (…多渠, …住房困). */
  endsDangling(text: string): boolean {
    const l = this.tail(text);
    if (!this.segmenter || !l || !HAN.test(l.at(-1)!)) return false;
    return this.cutter.loneAtEnd(l).loose;
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

/** Characters of context kept beyond the lone characters on each side of a joined cut. */
const JOIN_CONTEXT = 2;

/**
 * The text cut to see whether a word crosses the join of `l` and `r`: each side's lone
 * characters and a little context (a word that mends a cut word covers the lone characters and
 * reaches at most a few characters beyond them), and where the join falls in it. Shorter than
 * the two ends whole, and the same window recurs across pairs, so fewer characters are cut.
 */
function joinWindow(l: string, r: string, leftLone: number, rightLone: number): { text: string; at: number } {
  const lk = Math.min(l.length, leftLone + JOIN_CONTEXT);
  const rk = Math.min(r.length, rightLone + JOIN_CONTEXT);
  return { text: l.slice(l.length - lk) + r.slice(0, rk), at: lk };
}

/** Numbers that continue across a join: "约" | "1000亿元", "2022" | "年". */
export function numberContinues(left: string, right: string): boolean {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (/[0-9０-９.]$/.test(l) && /^[0-9０-９万亿千百元年月日个家名余多%．.]/.test(r)) return true;
  return /[约达为近超逾共计第]$/.test(l) && /^[0-9０-９]/.test(r);
}

