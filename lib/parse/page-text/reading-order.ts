// Reading-order repair: a text layer emits column pieces out of order and splits sentences across
// blank lines. Every body fragment that ends mid-sentence picks the fragment that continues it,
// from the evidence of the join (a word across it, numbers, punctuation), position (the next
// fragment is the default), column width, and shared vocabulary. Links are chosen best first,
// then improved by swaps (two fragments competing for one continuation); no fragment gets two
// predecessors and no chain closes into a cycle.
// The candidate pairs each pass weighs are chosen in strong-join-candidates.ts (pass 1) and
// later-pass-candidates.ts (passes 2 and 3); this file scores pairs and links them.
import { trailingCredit } from '../conventions';
import { STRONG, type ChainState } from './candidate-window';
import { chainSimilarity } from './chain-vocabulary';
import { columnWidth, firstWidth } from './column-width';
import type { Fragment } from './fragments';
import { laterPassCandidates } from './later-pass-candidates';
import { maxWeightMatching } from './matching';
import { strongJoinCandidates } from './strong-join-candidates';
import { endsComplete, startsWithContinuationPunct } from './text-shape';
import { numberContinues, type WordEvidence } from './word-evidence';

export { columnWidth } from './column-width';

/** Candidate continuations kept per fragment (and predecessors per start). */
const TOP_K = 4;

/**
 * Best score first, ties in their order: what the stable ps.sort((a, b) => b.score - a.score)
 * gives, by insertion for the short lists keep() sorts (no work array per sort).
 */
function sortByScore(ps: Pair[]): void {
  if (ps.length > 32 || ps.some((p) => Number.isNaN(p.score))) {
    ps.sort((a, b) => b.score - a.score);
    return;
  }
  for (let i = 1; i < ps.length; i++) {
    const p = ps[i]!;
    let j = i - 1;
    while (j >= 0 && ps[j]!.score < p.score) {
      ps[j + 1] = ps[j]!;
      j--;
    }
    ps[j + 1] = p;
  }
}

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
      // At most eight widths, kept in order as they come (no sort call per fragment).
      const ws: number[] = [];
      for (let k = Math.max(0, yi - 4); k <= Math.min(body.length - 1, yi + 4); k++) {
        const f = body[k]!;
        if (f === y || !needsNext(f)) continue;
        const fw = widthOf(f);
        if (fw < 5) continue;
        let j = ws.length;
        ws.push(fw);
        for (; j > 0 && ws[j - 1]! > fw; j--) ws[j] = ws[j - 1]!;
        ws[j] = fw;
      }
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

  // The state the candidate passes read; their first-character index is built here, before pass 1.
  const state: ChainState = { body, ev, next, prev, needsNext, canFollow, displaced, opensWithPunct };
  const laterTodo = laterPassCandidates(state);
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
        if (ps.length > 1) sortByScore(ps);
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
    const todo = strongOnly ? strongJoinCandidates(state) : laterTodo(all);
    ev.prepareJoins(todo.map(([xi, yi]) => [body[xi]!.text, body[yi]!.text] as const));
    const pairs: Pair[] = [];
    for (let k = 0; k < todo.length; k++) {
      const xi = todo[k]![0];
      const yi = todo[k]![1];
      const p = score(body[xi]!, body[yi]!, xi, yi);
      if (p.score !== -Infinity) pairs.push(p);
    }
    return pairs;
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
  const sim = chainSimilarity(body, find);
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
