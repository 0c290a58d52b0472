// The candidate window shared by every pass of the reading-order repair: how far from an open
// end a continuation is looked for, how many candidates an end keeps, and the state the passes
// read (links made so far, per-fragment facts). The limits keep a degenerate page (thousands of
// one-character lines) linear; real pages stay well inside them.
import type { Fragment } from './fragments';
import type { WordEvidence } from './word-evidence';

/**
 * How far from an open end a continuation is looked for at all (fragments either side). Was 80:
 * on generated column pages the pairs beyond 40 brought more false links than true ones (scores
 * rose at 55, 40 and 30; the corpus keeps 1.000 at each), and every pair costs a joined cut.
 * 40 keeps some reach past NEAR_WINDOW for joins the page's own bigrams vouch for.
 */
export const WINDOW = 40;
/** How far a displaced start is looked for on dictionary evidence alone. */
export const NEAR_WINDOW = 30;
/**
 * How far pass 1 looks for a displaced start on its own dictionary evidence alone (no pair of
 * characters across the join printed anywhere on the page). Every such pair costs a segmenter cut
 * of the two zones, and past this distance they brought more false links than true ones (generated
 * pages: 18 scored above 30, 24 and 12; the later passes still look up to NEAR_WINDOW).
 */
export const ZONE_WINDOW = 18;
/** Candidate starts weighed per open end in one pass (see nearest). */
export const MAX_PER_END = 24;
/** Pairs weighed per pass and body fragment before every end is cut to its MIN_PER_END nearest (real pages: ≤ 2.2). */
const PAIR_BUDGET = 6;
const MIN_PER_END = 4;
/** Join evidence that admits a fragment other than the printed next one (pass 1, and baseScore). */
export const STRONG = 2.5;

/** What the candidate passes read of buildChains' state: the fragments, links so far, per-fragment facts. */
export interface ChainState {
  body: Fragment[];
  ev: WordEvidence;
  /** Links made so far, by index in body: x → its continuation, and back. */
  next: Map<number, number>;
  prev: Map<number, number>;
  /** Ends mid-sentence: wants a continuation. */
  needsNext: (f: Fragment) => boolean;
  /** Can continue another fragment. */
  canFollow: (f: Fragment) => boolean;
  /** Printed after an open line, or opens with half a word. */
  displaced: (f: Fragment) => boolean;
  opensWithPunct: (f: Fragment) => boolean;
}

/**
 * Every end's candidates into `todo`. Real pages weigh at most about two pairs per fragment in
 * a pass; past PAIR_BUDGET per fragment (a degenerate page) each end keeps only its nearest few.
 */
export function admit(lists: [number, number[]][], todo: [number, number][], bodyLength: number): void {
  const total = lists.reduce((n, l) => n + l[1].length, 0);
  const budget = PAIR_BUDGET * bodyLength;
  const cap = total > budget ? Math.max(MIN_PER_END, Math.floor(budget / lists.length)) : MAX_PER_END;
  for (const [xi, ys] of lists) for (const yi of nearest(ys, xi, cap)) todo.push([xi, yi]);
}

/**
 * At most `cap` of an end's candidate starts, the nearest ones, in the order given. Real pages
 * stay below MAX_PER_END (at most 18 seen); a degenerate page (thousands of one-character lines,
 * every one open and every one a loose start) would otherwise weigh every pair in the window.
 */
export function nearest(ys: number[], xi: number, cap: number): number[] {
  if (ys.length <= cap) return ys;
  const kept = new Set([...ys].sort((a, b) => Math.abs(a - xi) - Math.abs(b - xi) || a - b).slice(0, cap));
  return ys.filter((y) => kept.has(y));
}

/** First index of a sorted list whose value is at least `v`. */
export function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
