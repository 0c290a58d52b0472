// Passes 2 and 3 of the reading-order repair: the (open end, start) pairs to weigh once pass 1
// has linked what strong evidence settles. Each open end is tried against its printed successor
// and the starts in its window that the join could show evidence for (a character the page prints
// after the end's last one, punctuation, a number, a start that opens with half a word); the
// leftovers' pass weighs every displaced start within NEAR_WINDOW.
import type { Fragment } from './fragments';
import { admit, lowerBound, MAX_PER_END, NEAR_WINDOW, nearest, WINDOW, type ChainState } from './candidate-window';

const HIT_SCALE = 2 ** 31; // above any fragment index; rank < 2^16 keeps hits exact below 2^53

/**
 * The later passes' pair lists for the current links. Made once per buildChains, where the
 * first-character index is built; `all` is the leftovers' pass.
 */
export function laterPassCandidates(state: ChainState): (all: boolean) => [number, number][] {
  const { body, ev, next, prev, needsNext, canFollow, displaced, opensWithPunct } = state;
  // Continuations far from their fragment are only looked for where the join could show
  // evidence: a first character that stands after x's last one elsewhere on the page, a leading
  // punctuation mark, a continuing number. The index keeps this linear in the page size.
  const firstKey = body.map((y) => {
    const c = y.text.trimStart()[0] ?? '';
    return opensWithPunct(y) ? 'punct' : /[0-9０-９]/.test(c) ? 'digit' : c;
  });
  const inWindow = (ys: number[], xi: number): number[] => {
    const out: number[] = [];
    for (let k = lowerBound(ys, xi - WINDOW); k < ys.length && ys[k]! <= xi + WINDOW; k++) out.push(ys[k]!);
    return out;
  };
  // Displaced starts (printed after an open line, or opening with half a word) are tried
  // against every open fragment near them: a dictionary word across the join need not be
  // printed anywhere else on the page (月|底).
  let loose: number[] | null = null;
  const far = new Map<number, number[]>();
  const farCandidates = (x: Fragment, xi: number): number[] => {
    // (Only starts that open with half a word: a dictionary word across a join needs one.)
    loose ??= body.flatMap((y, yi) => (canFollow(y) && ev.hasSegmenter && ev.startsLoose(y.text) ? [yi] : []));
    const known = far.get(xi);
    if (known) return known;
    const last = x.text.trimEnd().at(-1) ?? '';
    const near = inWindow(loose, xi).filter((yi) => Math.abs(yi - xi) <= NEAR_WINDOW);
    // Starts in the window that open with punctuation, a digit, or a character printed after
    // x's last one, in that order (successors in the order the page first prints them).
    const rank = ev.successorRank(last);
    // Each hit as one number, (rank + 2) · HIT_SCALE + yi: sorted numerically it is ordered by rank,
    // then position, with no pair allocated per hit.
    const hits: number[] = [];
    for (let yi = Math.max(0, xi - WINDOW); yi <= Math.min(body.length - 1, xi + WINDOW); yi++) {
      const k = firstKey[yi]!;
      const r = k === 'punct' ? -2 : k === 'digit' ? -1 : rank.get(k);
      if (r !== undefined) hits.push((r + 2) * HIT_SCALE + yi);
    }
    hits.sort((a, b) => a - b);
    const out: number[] = [];
    for (const h of hits) out.push(h % HIT_SCALE);
    for (const yi of near) out.push(yi);
    far.set(xi, out);
    return out;
  };
  /** Every open fragment against its printed successor and its far candidates (passes 2 and 3). */
  return (all: boolean): [number, number][] => {
    const todo: [number, number][] = [];
    // Starts that may be weighed in this pass (no predecessor yet; the leftovers' pass (all)
    // links only displaced starts: the others are not weighed), worked out once per pass.
    const eligible = new Uint8Array(body.length);
    body.forEach((y, yi) => {
      if (!prev.has(yi) && canFollow(y) && (!all || displaced(y))) eligible[yi] = 1;
    });
    // seenBy[yi] === xi + 1: yi is already weighed against xi (one array, no set per fragment).
    const seenBy = new Int32Array(body.length);
    const lists: [number, number[]][] = [];
    let mine: number[] = [];
    const consider = (xi: number, yi: number) => {
      if (yi < xi - WINDOW || yi > xi + WINDOW || yi >= body.length || seenBy[yi] === xi + 1) return;
      seenBy[yi] = xi + 1;
      if (yi !== xi && eligible[yi]) mine.push(yi);
    };
    body.forEach((x, xi) => {
      if (!needsNext(x) || next.has(xi)) return;
      mine = [];
      consider(xi, xi + 1);
      if (all) {
        // The leftovers' pass weighs every fragment near the end (NEAR_WINDOW, not the whole
        // WINDOW: farther leftovers linked on vocabulary alone were more often wrong than right,
        // and each pair costs a joined cut; generated pages score higher with the nearer window).
        for (let yi = Math.max(0, xi - NEAR_WINDOW); yi <= Math.min(body.length - 1, xi + NEAR_WINDOW); yi++) consider(xi, yi);
      } else for (const yi of farCandidates(x, xi)) consider(xi, yi);
      if (mine.length) lists.push([xi, nearest(mine, xi, MAX_PER_END)]);
    });
    admit(lists, todo, body.length);
    return todo;
  };
}
