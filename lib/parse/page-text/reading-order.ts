// Reading-order repair: a text layer emits column pieces out of order and splits sentences across
// blank lines. Every body fragment that ends mid-sentence picks the fragment that continues it,
// from the evidence of the join (a word across it, numbers, punctuation), position (the next
// fragment is the default), column width, and shared vocabulary. Greedy, best pairs first; no
// fragment gets two predecessors and no chain closes into a cycle.
import type { Fragment } from './fragments';
import { endsComplete, startsWithContinuationPunct, visualWidth } from './text-shape';
import { addBag, bagOf, numberContinues, similarity, type Bag, type WordEvidence } from './word-evidence';

const WINDOW = 80;

interface Pair {
  x: number;
  y: number;
  score: number;
}

/** Typical printed line width of a fragment: the median of its wrapped pieces. */
export function columnWidth(f: Fragment): number {
  const pieces = f.raw.split(' ').filter(Boolean);
  const ws = pieces.length > 1 ? pieces.slice(0, -1).map(visualWidth) : pieces.map(visualWidth);
  ws.sort((a, b) => a - b);
  return ws[Math.floor(ws.length / 2)] ?? 0;
}

export function buildChains(body: Fragment[], frags: Fragment[], ev: WordEvidence): Fragment[][] {
  const index = new Map(body.map((f, i) => [f.id, i]));
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const root = body.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  const needsNext = (f: Fragment) => !endsComplete(f.text) && !f.continuedTo;
  const canFollow = (f: Fragment) => f.type === 'text' && !f.continuedFrom && !!f.text;

  // The fragment printed just before f, skipping furniture lines.
  const before = new Map<number, Fragment | undefined>();
  let last: Fragment | undefined;
  for (const f of frags) {
    if (f.type === 'break') continue;
    before.set(f.id, last);
    last = f;
  }
  const isBodyIncomplete = (f: Fragment | undefined) => !!f && index.has(f.id) && needsNext(f);

  const baseScore = (x: Fragment, y: Fragment, xi: number, yi: number): number => {
    let s = 0;
    if (ev.wordAcross(x.text, y.text)) s += 3;
    if (startsWithContinuationPunct(y.text)) s += 2;
    if (numberContinues(x.text, y.text)) s += 2;
    const adjacent = yi === xi + 1 && before.get(y.id) === x;
    if (adjacent) s += 1.5;
    const p = before.get(y.id);
    if (!adjacent) s += isBodyIncomplete(p) ? -0.5 : 0.5;
    const wx = columnWidth(x);
    const wy = columnWidth(y);
    if (wx && wy) s += Math.abs(wx - wy) <= 1 ? 0.5 : Math.abs(wx - wy) >= 3 ? -0.5 : 0;
    return s;
  };

  const link = (pairs: Pair[], threshold: number) => {
    pairs.sort((a, b) => b.score - a.score || Math.abs(a.y - a.x) - Math.abs(b.y - b.x));
    for (const { x, y, score } of pairs) {
      if (score < threshold) break;
      if (next.has(x) || prev.has(y) || find(x) === find(y)) continue;
      next.set(x, y);
      prev.set(y, x);
      root[find(y)] = find(x);
    }
  };

  const candidates = (score: (x: Fragment, y: Fragment, xi: number, yi: number) => number): Pair[] => {
    const pairs: Pair[] = [];
    body.forEach((x, xi) => {
      if (!needsNext(x) || next.has(xi)) return;
      for (let yi = Math.max(0, xi - WINDOW); yi < Math.min(body.length, xi + WINDOW); yi++) {
        const y = body[yi]!;
        if (yi === xi || prev.has(yi) || !canFollow(y)) continue;
        pairs.push({ x: xi, y: yi, score: score(x, y, xi, yi) });
      }
    });
    return pairs;
  };

  // Pass 1: joins with evidence beyond position alone.
  link(candidates(baseScore), 3.5);

  // Pass 2: add shared vocabulary between the chains built so far.
  const chainBag = new Map<number, Bag>();
  body.forEach((f, i) => {
    const r = find(i);
    chainBag.set(r, addBag(chainBag.get(r) ?? new Map(), bagOf(ev.words(f.text))));
  });
  link(
    candidates((x, y, xi, yi) => baseScore(x, y, xi, yi) + 3 * similarity(chainBag.get(find(xi))!, chainBag.get(find(yi))!)),
    1.5,
  );

  const chains: Fragment[][] = [];
  body.forEach((_, i) => {
    if (prev.has(i)) return;
    const chain: Fragment[] = [];
    for (let j: number | undefined = i; j != null; j = next.get(j)) chain.push(body[j]!);
    chains.push(chain);
  });
  return chains;
}
