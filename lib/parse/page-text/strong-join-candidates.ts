// Pass 1 of the reading-order repair: which (open end, start) pairs are worth weighing when only
// strong evidence may link a fragment other than the printed next one. Most far pairs of a long
// page cannot reach that evidence; they are left out here from cheap cuts of the two ends' lone
// characters, before the expensive joined cut (see the comment on strongJoinCandidates).
import { admit, lowerBound, MAX_PER_END, nearest, STRONG, WINDOW, ZONE_WINDOW, type ChainState } from './candidate-window';
import { numberContinues } from './word-evidence';
import { ZonePairs, Zones } from './zone-tables';

/** Join strength of a printed join that settles its end and start (see `settled`). */
const SETTLED = 1.5;

/**
 * Pass 1 admits a fragment other than the printed next one only on strong evidence: a word
 * across the join that takes in lone characters on both sides (a word a line break cut in two
 * leaves a piece on each side). So far pairs are weighed only between an open end and a start
 * that each show such a piece, and only once those pieces, cut on their own, form a word across
 * (a cut of a few characters, batched and kept): the joined cut of the two ends comes after.
 * (Leaving out pairs where either fragment's printed join shows a word across lost real joins
 * where two fragments compete for one start: the matching settles those. Only a pair whose end
 * and start are both mended by their printed neighbours is left out.)
 */
export function strongJoinCandidates(state: ChainState): [number, number][] {
  const { body, ev, next, prev, needsNext, canFollow } = state;
  const open = body.flatMap((x, xi) => (needsNext(x) && !next.has(xi) ? [xi] : []));
  const adjacentTodo = open.filter((xi) => xi + 1 < body.length && !prev.has(xi + 1) && canFollow(body[xi + 1]!));
  const todo: [number, number][] = adjacentTodo.map((xi) => [xi, xi + 1]);
  if (!ev.hasSegmenter) return todo;
  ev.prepareEnds(open.map((xi) => body[xi]!.text), body.filter((y, yi) => canFollow(y) && !prev.has(yi)).map((y) => y.text));
  // Zones are interned: every answer the pair loop needs depends on the two zones only (the
  // characters printed across them, whether a word crosses them), so it is worked out once
  // per pair of distinct zones and the loop itself compares numbers.
  const tails = new Zones();
  const heads = new Zones();
  const ends: number[] = []; // open fragments with a tail zone, and their zone ids
  const endZone: number[] = [];
  const endLoose: boolean[] = [];
  for (const xi of open) {
    const z = ev.tailZone(body[xi]!.text);
    if (!z) continue;
    ends.push(xi);
    endZone.push(tails.id(z));
    endLoose.push(ev.loneTail(body[xi]!.text).loose);
  }
  // Ends and starts whose printed neighbour already mends their half word (…月 | 底…, or a pair
  // the page prints together again and again): a far pair between two such fragments would have
  // to break two printed joins with word evidence to win, so it is not weighed and its zones are
  // not cut (about a seventh of the far pairs of a column page; SETTLED 1.5 and STRONG 2.5 gave
  // the same scores, 1.5 skips more). The printed joins are weighed in this pass anyway.
  ev.prepareJoins(adjacentTodo.map((xi) => [body[xi]!.text, body[xi + 1]!.text] as const));
  const settled = new Uint8Array(body.length); // 1 end settled, 2 start settled
  for (const xi of adjacentTodo) {
    if (ev.joinStrength(body[xi]!.text, body[xi + 1]!.text) < SETTLED) continue;
    settled[xi]! |= 1;
    settled[xi + 1]! |= 2;
  }
  const starts: number[] = [];
  // Dense arrays (indexed by fragment), not holes: the pair loop reads them tens of thousands of times.
  const hz = new Int32Array(body.length).fill(-1);
  const startLoose = new Uint8Array(body.length);
  body.forEach((y, yi) => {
    const z = canFollow(y) && !prev.has(yi) ? ev.headZone(y.text) : '';
    if (!z) return;
    starts.push(yi);
    hz[yi] = heads.id(z);
    startLoose[yi] = ev.startsLoose(y.text) ? 1 : 0;
  });
  // Per pair of zones: how often the page prints the tail's last character before the head's
  // first (1 + count, 0 = not asked yet), and whether a word crosses them (cut in one batch).
  const zonePairs = new ZonePairs(tails.size, heads.size);
  const printed = (t: number, h: number) => {
    let p = zonePairs.printed(t, h);
    if (!p) zonePairs.setPrinted(t, h, (p = 1 + ev.printedCount(tails.text(t).at(-1)!, heads.text(h)[0]!)));
    return p - 1;
  };
  // A far start is weighed when the page prints x's last character before its first one, or
  // when it is near and opens with half a word. Then the lone characters either side must form
  // a word across the join on their own (zones cut in one batch), or be a pair the page prints
  // together again and again; only then is the joined cut of the two ends made (collect).
  // Two walks over the same pairs: the first queues the zone pairs that need a cut (all cut in
  // one batch), the second admits pairs (no list of pending pairs: a degenerate page has millions).
  const toCut: [string, string][] = [];
  // The printed counts of every pair of zones up front when the table is small (the walks then
  // read an array); a page with thousands of distinct zones asks per pair (see ZonePairs).
  const headCount = heads.size;
  let table: Int32Array | null = null;
  if (tails.size * headCount <= 1 << 16) {
    table = new Int32Array(tails.size * headCount);
    const lastOf = Array.from({ length: tails.size }, (_, t) => tails.text(t).at(-1)!);
    const firstOf = Array.from({ length: headCount }, (_, h) => heads.text(h)[0]!);
    for (let t = 0; t < tails.size; t++) for (let h = 0; h < headCount; h++) table[t * headCount + h] = ev.printedCount(lastOf[t]!, firstOf[h]!);
  }
  // (One loop body for both walks, no callback per pair: the walks visit tens of thousands of pairs.)
  const firstStart = ends.map((xi) => lowerBound(starts, xi - WINDOW));
  const walk = (admitting: boolean) => {
    for (let e = 0; e < ends.length; e++) {
      const xi = ends[e]!;
      const t = endZone[e]!;
      const loose = endLoose[e]!;
      for (let k = firstStart[e]!; k < starts.length; k++) {
        const yi = starts[k]!;
        if (yi > xi + WINDOW) break;
        if (yi === xi || yi === xi + 1 || (settled[xi]! & 1 && settled[yi]! & 2)) continue;
        const h = hz[yi]!;
        const p = table ? table[t * headCount + h]! : printed(t, h);
        if (p < 1 && !(Math.abs(yi - xi) <= ZONE_WINDOW && startLoose[yi])) continue;
        const own = p >= 2 && loose && startLoose[yi] === 1;
        if (admitting) admitPair(e, xi, yi, t, h, own);
        else if (!own && !zonePairs.queued(t, h)) {
          zonePairs.queue(t, h);
          toCut.push([tails.text(t), heads.text(h)]);
        }
      }
    }
  };
  walk(false);
  ev.prepareZones(toCut);
  const lists: [number, number[]][] = [];
  let mine: number[] = [];
  let current = -1;
  const flush = () => {
    if (mine.length) lists.push([ends[current]!, nearest(mine, ends[current]!, MAX_PER_END)]);
    mine = [];
  };
  const across = (t: number, h: number) => {
    const known = zonePairs.answer(t, h);
    if (known >= 0) return known === 1;
    const a = ev.zoneAcross(tails.text(t), heads.text(h));
    zonePairs.setAnswer(t, h, a);
    return a;
  };
  function admitPair(e: number, xi: number, yi: number, t: number, h: number, own: boolean): void {
    if (e !== current) {
      if (current >= 0) flush();
      current = e;
    }
    if (!own && !across(t, h)) return;
    // Both ends hold a lone character here, so joinCeiling is at least 3.25 (≥ STRONG) unless
    // the join is already worked out: only a known strength can leave the pair out.
    const x = body[xi]!;
    const y = body[yi]!;
    const known = ev.knownJoinStrength(x.text, y.text);
    if (known === undefined || known + (numberContinues(x.text, y.text) ? 2 : 0) >= STRONG) mine.push(yi);
  }
  walk(true);
  if (current >= 0) flush();
  admit(lists, todo, body.length);
  return todo;
}
