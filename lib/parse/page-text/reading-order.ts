// Reading-order repair: a text layer emits column pieces out of order and splits sentences across
// blank lines. Every body fragment that ends mid-sentence picks the fragment that continues it,
// from the evidence of the join (a word across it, numbers, punctuation), position (the next
// fragment is the default), column width, and shared vocabulary. Links are chosen best first,
// then improved by swaps (two fragments competing for one continuation); no fragment gets two
// predecessors and no chain closes into a cycle.
import { trailingCredit } from '../conventions';
import type { Fragment } from './fragments';
import { maxWeightMatching } from './matching';
import { endsComplete, startsWithContinuationPunct, visualWidth } from './text-shape';
import { addBag, bagOf, cosine, hanBigramCodes, numberContinues, vectorOf, type Bag, type Vector, type WordEvidence } from './word-evidence';

const WINDOW = 80;
/** How far a displaced start is looked for on dictionary evidence alone. */
const NEAR_WINDOW = 30;
/** Candidate continuations kept per fragment (and predecessors per start). */
const TOP_K = 4;
/** Candidate starts weighed per open end in one pass (see nearest). */
const MAX_PER_END = 24;
/** Pairs weighed per pass and body fragment before every end is cut to its MIN_PER_END nearest (real pages: ≤ 2.2). */
const PAIR_BUDGET = 6;
const MIN_PER_END = 4;

/**
 * Printed line width of a fragment's column: the median of its wrapped pieces, leaving out the
 * first (a paragraph's first line is indented) and the last (a paragraph's last line is short)
 * when there are enough; of two pieces the wider.
 */
export function columnWidth(f: Fragment): number {
  const ws = f.raw.split(' ').filter(Boolean).map(visualWidth);
  if (ws.length <= 2) return Math.max(0, ...ws);
  const inner = ws.slice(1, -1).sort((a, b) => a - b);
  return inner[Math.floor(inner.length / 2)]!;
}

/** Width of a fragment's first printed line. */
const firstWidth = (f: Fragment) => visualWidth(f.raw.split(' ').find(Boolean) ?? '');

/** A per-fragment fact (never undefined), worked out once: candidate pairs ask about the same fragments many times. */
function perFragment<T>(fn: (f: Fragment) => T): (f: Fragment) => T {
  const known = new Map<Fragment, T>();
  return (f) => {
    let v = known.get(f);
    if (v === undefined) known.set(f, (v = fn(f)));
    return v;
  };
}

type Score = (x: Fragment, y: Fragment, xi: number, yi: number) => Pair;

interface Pair {
  x: number;
  y: number;
  score: number;
  evidence: boolean;
}

export function buildChains(body: Fragment[], frags: Fragment[], ev: WordEvidence): Fragment[][] {
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  // A caption closed by its credit ("…。本报记者 X 摄") is complete.
  const open = new Map<Fragment, boolean>();
  const needsNext = (f: Fragment) =>
    open.get(f) ?? open.set(f, !endsComplete(f.text) && !f.continuedTo && !trailingCredit(f.text)).get(f)!;
  const canFollow = (f: Fragment) => f.type === 'text' && !f.continuedFrom && !!f.text;
  const pos = new Map(body.map((f, i) => [f.id, i]));
  const widths = new Map<Fragment, number>();
  const widthOf = (f: Fragment) => widths.get(f) ?? widths.set(f, columnWidth(f)).get(f)!;

  // The fragment printed just before each one, skipping furniture lines.
  const before = new Map<number, Fragment | undefined>();
  let last: Fragment | undefined;
  for (const f of frags) {
    if (f.type === 'break') continue;
    before.set(f.id, last);
    last = f;
  }
  // The column a fragment stands in: the median width of the open (mid-paragraph) fragments
  // printed around it. A single open line clearly narrower than that is not a middle line of a
  // column: it is a paragraph's indented first line (or a stray piece), so no open line runs into it.
  const localWidth = new Map<Fragment, number>();
  const columnAround = (y: Fragment) => {
    let w = localWidth.get(y);
    if (w === undefined) {
      const yi = pos.get(y.id) ?? 0;
      const ws: number[] = [];
      for (let k = Math.max(0, yi - 4); k <= Math.min(body.length - 1, yi + 4); k++) {
        const f = body[k]!;
        if (f !== y && needsNext(f) && widthOf(f) >= 5) ws.push(widthOf(f));
      }
      ws.sort((p, q) => p - q);
      w = ws.length >= 3 ? ws[Math.floor(ws.length / 2)]! : 0;
      localWidth.set(y, w);
    }
    return w;
  };
  const paragraphHead = perFragment((y) => {
    if (!needsNext(y) || y.raw.trim().includes(' ')) return false;
    const col = Math.max(columnAround(y), widthOf(y));
    return col >= 6 && firstWidth(y) <= col - 1.5;
  });
  /** Different columns: a wrapped paragraph line and a single line of another width. */
  const otherColumn = (x: Fragment, y: Fragment) => {
    const wx = widthOf(x);
    const wy = widthOf(y);
    return wx >= 6 && wy >= 6 && Math.abs(wx - wy) >= 3;
  };
  const displaced = perFragment((y) => {
    const p = before.get(y.id);
    return (!!p && pos.has(p.id) && needsNext(p)) || ev.startsLoose(y.text);
  });
  const opensWithPunct = perFragment((y) => startsWithContinuationPunct(y.text));
  const endsAfterComma = perFragment((x) => /[，,、]$/.test(x.text));

  /** Join evidence: a word across the join (see WordEvidence), punctuation, continuing numbers. */
  // Kept per pair: every pass weighs many of the same pairs again.
  const evidence = new Map<number, number>();
  const evidenceOf = (x: Fragment, y: Fragment, xi: number, yi: number) => {
    const key = xi * body.length + yi;
    let s = evidence.get(key);
    if (s === undefined) {
      s = ev.joinStrength(x.text, y.text);
      if (opensWithPunct(y)) s += 2;
      if (numberContinues(x.text, y.text)) s += 2;
      evidence.set(key, s);
    }
    return s;
  };
  const STRONG = 2.5;
  /**
   * Score of y continuing x. The next fragment in print is the default (2.5), less what speaks
   * against the join when no word crosses it: halves of words on either side, a paragraph-head
   * shape, another column's width. A fragment elsewhere needs strong evidence (a dictionary
   * word across the join, punctuation, numbers), and is taken from a clean paragraph start only
   * at a cost. `weak` admits lesser evidence for the leftovers.
   */
  const baseScore = (x: Fragment, y: Fragment, xi: number, yi: number, weak = false): Pair => {
    // A piece cut off a glued line is not a continuation of the line it was glued to, and the
    // line printed after it continues the host paragraph's column, not the piece's.
    const adjacent = yi === xi + 1 && before.get(y.id) === x && !y.glued && !x.glued;
    const e = evidenceOf(x, y, xi, yi);
    const wx = widthOf(x);
    const wy = widthOf(y);
    const width = wx && wy && Math.abs(wx - wy) <= 1 ? 0.5 : 0;
    if (adjacent) {
      let against = 0;
      if (e < 1) {
        against = ev.joinPenalty(x.text, y.text);
        if (paragraphHead(y)) against += 1.5;
        else if (otherColumn(x, y)) against += 3;
      }
      return { x: xi, y: yi, score: 2.5 + e / 2 - against + width, evidence: e > 0 };
    }
    if (e < STRONG && !(weak && e > 0)) return { x: xi, y: yi, score: -Infinity, evidence: e > 0 };
    return { x: xi, y: yi, score: e + (displaced(y) ? -0.25 : -1) + width - (otherColumn(x, y) ? 0.75 : 0), evidence: e > 0 };
  };

  const root = body.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const linkPair = (x: number, y: number) => {
    next.set(x, y);
    prev.set(y, x);
    root[find(y)] = find(x);
  };

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
    const hits: [number, number][] = [];
    for (let yi = Math.max(0, xi - WINDOW); yi <= Math.min(body.length - 1, xi + WINDOW); yi++) {
      const k = firstKey[yi]!;
      const r = k === 'punct' ? -2 : k === 'digit' ? -1 : rank.get(k);
      if (r !== undefined) hits.push([r, yi]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = hits.map((h) => h[1]).concat(near);
    far.set(xi, out);
    return out;
  };
  const candidates = (score: Score, all = false, strongOnly = false): Pair[] => {
    const pairs = collect(score, all, strongOnly);
    // Only the few best continuations of each fragment and predecessors of each start: enough
    // for every real contest, and it keeps the matching's components small enough to solve exactly.
    // Groups in order of first appearance, each best first (a stable sort: ties keep their order).
    const keep = (key: 'x' | 'y', list: Pair[]) => {
      const by: (Pair[] | undefined)[] = new Array(body.length);
      const order: number[] = [];
      for (const p of list) {
        const group = by[p[key]];
        if (group) group.push(p);
        else {
          by[p[key]] = [p];
          order.push(p[key]);
        }
      }
      const out: Pair[] = [];
      for (const k of order) {
        const ps = by[k]!;
        if (ps.length > 1) ps.sort((a, b) => b.score - a.score);
        for (let i = 0; i < ps.length && i < TOP_K; i++) out.push(ps[i]!);
      }
      return out;
    };
    return keep('y', keep('x', pairs));
  };
  /**
   * `strongOnly`: the score admits a fragment other than the next one only on strong evidence
   * (baseScore, not weak), so a pair whose evidence cannot reach STRONG, as bounded from the two
   * ends' own cuts, is left out before its join is cut: most pairs of a long page are such.
   */
  const collect = (score: Score, all: boolean, strongOnly: boolean): Pair[] => {
    const todo = strongOnly ? strongTodo() : allTodo(all);
    ev.prepareJoins(todo.map(([xi, yi]) => [body[xi]!.text, body[yi]!.text] as const));
    const pairs: Pair[] = [];
    for (const [xi, yi] of todo) {
      const p = score(body[xi]!, body[yi]!, xi, yi);
      if (p.score !== -Infinity) pairs.push(p);
    }
    return pairs;
  };
  /** Every open fragment against its printed successor and its far candidates (passes 2 and 3). */
  const allTodo = (all: boolean): [number, number][] => {
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
        // The leftovers' pass weighs every fragment in the window.
        for (let yi = Math.max(0, xi - WINDOW); yi <= Math.min(body.length - 1, xi + WINDOW); yi++) consider(xi, yi);
      } else for (const yi of farCandidates(x, xi)) consider(xi, yi);
      if (mine.length) lists.push([xi, nearest(mine, xi, MAX_PER_END)]);
    });
    admit(lists, todo);
    return todo;
  };
  /**
   * Every end's candidates into `todo`. Real pages weigh at most about two pairs per fragment in
   * a pass; past PAIR_BUDGET per fragment (a degenerate page) each end keeps only its nearest few.
   */
  const admit = (lists: [number, number[]][], todo: [number, number][]) => {
    const total = lists.reduce((n, l) => n + l[1].length, 0);
    const budget = PAIR_BUDGET * body.length;
    const cap = total > budget ? Math.max(MIN_PER_END, Math.floor(budget / lists.length)) : MAX_PER_END;
    for (const [xi, ys] of lists) for (const yi of nearest(ys, xi, cap)) todo.push([xi, yi]);
  };
  /**
   * Pass 1 admits a fragment other than the printed next one only on strong evidence: a word
   * across the join that takes in lone characters on both sides (a word a line break cut in two
   * leaves a piece on each side). So far pairs are weighed only between an open end and a start
   * that each show such a piece, and only once those pieces, cut on their own, form a word across
   * (a cut of a few characters, batched and kept): the joined cut of the two ends comes after.
   * (Leaving out pairs whose printed joins already show a word across lost real joins where two
   * fragments compete for one start: the matching settles those.)
   */
  const strongTodo = (): [number, number][] => {
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
    const walk = (visit: (e: number, xi: number, yi: number, t: number, h: number, own: boolean) => void) => {
      for (let e = 0; e < ends.length; e++) {
        const xi = ends[e]!;
        const t = endZone[e]!;
        for (let k = lowerBound(starts, xi - WINDOW); k < starts.length && starts[k]! <= xi + WINDOW; k++) {
          const yi = starts[k]!;
          if (yi === xi || yi === xi + 1) continue;
          const h = hz[yi]!;
          const p = printed(t, h);
          if (p < 1 && !(Math.abs(yi - xi) <= NEAR_WINDOW && startLoose[yi])) continue;
          visit(e, xi, yi, t, h, p >= 2 && endLoose[e]! && startLoose[yi] === 1);
        }
      }
    };
    walk((_e, _xi, _yi, t, h, own) => {
      if (own || zonePairs.queued(t, h)) return;
      zonePairs.queue(t, h);
      toCut.push([tails.text(t), heads.text(h)]);
    });
    ev.prepareZones(toCut);
    const lists: [number, number[]][] = [];
    let mine: number[] = [];
    let current = -1;
    const flush = () => {
      if (mine.length) lists.push([ends[current]!, nearest(mine, ends[current]!, MAX_PER_END)]);
      mine = [];
    };
    walk((e, xi, yi, t, h, own) => {
      if (e !== current) {
        if (current >= 0) flush();
        current = e;
      }
      if (!own && !zonePairs.across(t, h, () => ev.zoneAcross(tails.text(t), heads.text(h)))) return;
      // Both ends hold a lone character here, so joinCeiling is at least 3.25 (≥ STRONG) unless
      // the join is already worked out: only a known strength can leave the pair out.
      const x = body[xi]!;
      const y = body[yi]!;
      const known = ev.knownJoinStrength(x.text, y.text);
      if (known === undefined || known + (numberContinues(x.text, y.text) ? 2 : 0) >= STRONG) mine.push(yi);
    });
    if (current >= 0) flush();
    admit(lists, todo);
    return todo;
  };

  const link = (pairs: Pair[], threshold: number) => {
    pairs.sort((a, b) => b.score - a.score || Math.abs(a.y - a.x) - Math.abs(b.y - b.x));
    for (const p of pairs) {
      if (p.score < threshold) break;
      if (next.has(p.x) || prev.has(p.y) || find(p.x) === find(p.y)) continue;
      linkPair(p.x, p.y);
    }
  };
  // The best overall assignment, not the best pair first: two fragments competing for one
  // continuation are settled by what each would get otherwise.
  const linkBest = (pairs: Pair[], threshold: number) => {
    // The matching returns the pairs it was given (each (x, y) is listed once).
    link(maxWeightMatching(pairs.filter((p) => p.score >= threshold)) as Pair[], threshold);
  };

  // Pass 1: position and join evidence, the best overall assignment.
  linkBest(candidates(baseScore, false, true), 1.6);

  // Pass 2: shared vocabulary between the chains built so far breaks what is left.
  // Chain vocabularies, computed only for the chains a candidate pair asks about.
  const members = new Map<number, number[]>();
  body.forEach((_, i) => {
    const r = find(i);
    (members.get(r) ?? members.set(r, []).get(r)!).push(i);
  });
  const vectors = new Map<number, Vector<number>>();
  const vectorAt = (i: number) => {
    const r = find(i);
    let v = vectors.get(r);
    if (!v) {
      const bag: Bag<number> = new Map();
      for (const m of members.get(r) ?? [i]) addBag(bag, bagOf(hanBigramCodes(body[m]!.text)));
      vectors.set(r, (v = vectorOf(bag)));
    }
    return v;
  };
  // A chain's vector never changes once made, so a similarity is kept per pair of chain roots.
  const sims = new Map<number, number>();
  const sim = (xi: number, yi: number) => {
    const key = find(xi) * body.length + find(yi);
    let v = sims.get(key);
    if (v === undefined) sims.set(key, (v = cosine(vectorAt(xi), vectorAt(yi))));
    return v;
  };
  const withVocabulary = (x: Fragment, y: Fragment, xi: number, yi: number): Pair => {
    const p = baseScore(x, y, xi, yi, true);
    if (p.score !== -Infinity) p.score += 2 * sim(xi, yi);
    return p;
  };
  linkBest(candidates(withVocabulary), 1.6);
  // Pass 3: a leftover fragment and a displaced one that are each other's best remaining match,
  // on any join evidence, after a comma, or in the same column (equal line widths, where the
  // printed neighbour is another column's): the first lines of a column printed elsewhere.
  const sameColumn = (x: Fragment, y: Fragment) => {
    const wx = widthOf(x);
    return wx >= 6 && Math.abs(wx - widthOf(y)) <= 1;
  };
  const admissible = (p: Pair) => p.evidence || endsAfterComma(body[p.x]!) || sameColumn(body[p.x]!, body[p.y]!);
  const rest = candidates((x, y, xi, yi) => {
    const p = withVocabulary(x, y, xi, yi);
    // An indented first line starts its own paragraph: only a word across the join claims it.
    if (p.score === -Infinity && displaced(y) && !paragraphHead(y)) {
      if (endsAfterComma(x)) p.score = 2 * sim(xi, yi) - 1 + (sameColumn(x, y) ? 0.5 : 0);
      else if (sameColumn(x, y)) p.score = 2 * sim(xi, yi) - 0.75;
    }
    return p;
  }, true).filter((p) => displaced(body[p.y]!) && admissible(p));
  // The best assignment of what is left (scores shifted so that every admissible link counts).
  const SHIFT = 2;
  for (const p of rest) p.score += SHIFT;
  linkBest(rest, SHIFT - 1.5);

  const chains: Fragment[][] = [];
  body.forEach((_, i) => {
    if (prev.has(i)) return;
    const chain: Fragment[] = [];
    for (let j: number | undefined = i; j != null; j = next.get(j)) chain.push(body[j]!);
    chains.push(chain);
  });
  return chains;
}

/**
 * At most `cap` of an end's candidate starts, the nearest ones, in the order given. Real pages
 * stay below MAX_PER_END (at most 18 seen); a degenerate page (thousands of one-character lines,
 * every one open and every one a loose start) would otherwise weigh every pair in the window.
 */
function nearest(ys: number[], xi: number, cap: number): number[] {
  if (ys.length <= cap) return ys;
  const kept = new Set([...ys].sort((a, b) => Math.abs(a - xi) - Math.abs(b - xi) || a - b).slice(0, cap));
  return ys.filter((y) => kept.has(y));
}

/** Distinct strings numbered in order of first sight. */
class Zones {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  id(z: string): number {
    let i = this.ids.get(z);
    if (i === undefined) {
      this.ids.set(z, (i = this.texts.length));
      this.texts.push(z);
    }
    return i;
  }
  text(i: number): string {
    return this.texts[i]!;
  }
  get size(): number {
    return this.texts.length;
  }
}

/** Facts per pair of zone ids: a dense table when small, else a map. */
class ZonePairs {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  // Bits of an entry: 1 queued for a cut, 2 word-across answered, 4 a word crosses; the rest is
  // 1 + how often the page prints the pair of characters across the zones (0 = not asked yet).
  constructor(
    tails: number,
    private readonly heads: number,
  ) {
    // A page with thousands of distinct zones would zero megabytes for a few thousand pairs asked.
    this.dense = tails * heads <= 1 << 18 ? new Int32Array(tails * heads) : null;
  }
  private get(k: number): number {
    return this.dense ? this.dense[k]! : (this.sparse.get(k) ?? 0);
  }
  private set(k: number, v: number): void {
    if (this.dense) this.dense[k] = v;
    else this.sparse.set(k, v);
  }
  printed(t: number, h: number): number {
    return this.get(t * this.heads + h) >> 3;
  }
  setPrinted(t: number, h: number, p: number): void {
    const k = t * this.heads + h;
    this.set(k, (p << 3) | (this.get(k) & 7));
  }
  queued(t: number, h: number): boolean {
    return (this.get(t * this.heads + h) & 1) === 1;
  }
  queue(t: number, h: number): void {
    const k = t * this.heads + h;
    this.set(k, this.get(k) | 1);
  }
  /** Whether a word crosses the two zones, asked of `answer` once. */
  across(t: number, h: number, answer: () => boolean): boolean {
    const k = t * this.heads + h;
    const v = this.get(k);
    if (v & 2) return (v & 4) === 4;
    const a = answer();
    this.set(k, v | 2 | (a ? 4 : 0));
    return a;
  }
}

/** First index of a sorted list whose value is at least `v`. */
function lowerBound(xs: number[], v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
