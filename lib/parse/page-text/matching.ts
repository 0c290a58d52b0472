// Maximum-weight matching of "fragment → continuation" pairs. The candidate graph falls apart
// into components (a fragment has only a few plausible continuations): small ones are solved
// exactly by search, larger ones exactly by shortest augmenting paths over the sparse candidate
// graph, and only a component too large for that (a degenerate page) greedily, best pair first.

export interface Edge {
  x: number;
  y: number;
  score: number;
}

/** Fragments per component solved by search; larger ones by augmenting paths (also exact, and cheaper past a handful). */
const EXACT_LIMIT = 4;
/** Fragments per component solved by augmenting paths (n Dijkstra runs over its few edges each). */
const HUNGARIAN_LIMIT = 2000;
/** Search steps per component before settling for the greedy answer. */
const STEP_BUDGET = 200_000;

export function maxWeightMatching(edges: Edge[]): Edge[] {
  // Union-find over both sides, numbered apart: fragment x is 2x, start y is 2y + 1.
  const parent = new Map<number, number>();
  const find = (k: number): number => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  for (const e of edges) {
    const a = find(2 * e.x);
    const b = find(2 * e.y + 1);
    if (a !== b) parent.set(a, b);
  }
  const components = new Map<number, Edge[]>();
  for (const e of edges) {
    const k = find(2 * e.x);
    const list = components.get(k);
    if (list) list.push(e);
    else components.set(k, [e]);
  }
  const out: Edge[] = [];
  for (const comp of components.values()) {
    for (const e of solve(comp)) out.push(e);
  }
  return out;
}

function solve(edges: Edge[]): Edge[] {
  // A lone pair (most components): taken unless it would lower the total.
  if (edges.length === 1) return edges[0]!.score >= 0 ? edges : [];
  const xs = [...new Set(edges.map((e) => e.x))];
  if (xs.length > HUNGARIAN_LIMIT) return greedy(edges);
  if (xs.length > EXACT_LIMIT) return hungarian(edges, xs);
  const byX = xs.map((x) => edges.filter((e) => e.x === x).sort((a, b) => b.score - a.score));
  // Upper bound of what the remaining fragments can still add, for pruning.
  const bound = byX.map((es) => es[0]?.score ?? 0);
  const suffix = bound.map((_, i) => bound.slice(i).reduce((a, b) => a + b, 0));
  let best: Edge[] = [];
  let bestScore = -Infinity;
  const used = new Set<number>();
  const chosen: Edge[] = [];
  let steps = 0;
  const walk = (i: number, score: number) => {
    if (++steps > STEP_BUDGET || score + (suffix[i] ?? 0) <= bestScore) return;
    if (i === byX.length) {
      bestScore = score;
      best = [...chosen];
      return;
    }
    for (const e of byX[i]!) {
      if (used.has(e.y)) continue;
      used.add(e.y);
      chosen.push(e);
      walk(i + 1, score + e.score);
      chosen.pop();
      used.delete(e.y);
    }
    walk(i + 1, score);
  };
  // Start from the greedy answer so that the bound prunes from the first step.
  const start = greedy(edges);
  best = start;
  bestScore = start.reduce((a, e) => a + e.score, 0) - 1e-9;
  walk(0, 0);
  return best;
}

function greedy(edges: Edge[]): Edge[] {
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const out: Edge[] = [];
  for (const e of [...edges].sort((a, b) => b.score - a.score)) {
    if (usedX.has(e.x) || usedY.has(e.y)) continue;
    usedX.add(e.x);
    usedY.add(e.y);
    out.push(e);
  }
  return out;
}

/**
 * Maximum-weight matching as an assignment: every fragment takes one of its continuations or
 * stays open. Costs are shifted to be non-negative (a fragment's every option costs `top − score`,
 * staying open costs `top`; each fragment pays the shift once, so the optimum is unchanged), then
 * one shortest augmenting path per fragment (Dijkstra with potentials) over the sparse edges:
 * O(n·E·log E) instead of a dense matrix.
 */
function hungarian(edges: Edge[], xs: number[]): Edge[] {
  const row = new Map(xs.map((x, i) => [x, i]));
  const ys = [...new Set(edges.map((e) => e.y))];
  const col = new Map(ys.map((y, j) => [y, j]));
  const n = xs.length;
  const m = ys.length;
  const top = Math.max(0, ...edges.map((e) => e.score));
  // Best edge per (row, column), as adjacency lists.
  const adj: { j: number; cost: number; e: Edge }[][] = Array.from({ length: n }, () => []);
  const seen = new Map<number, { j: number; cost: number; e: Edge }>();
  for (const e of edges) {
    const i = row.get(e.x)!;
    const j = col.get(e.y)!;
    const key = i * m + j;
    const known = seen.get(key);
    if (known) {
      if (top - e.score < known.cost) [known.cost, known.e] = [top - e.score, e];
      continue;
    }
    const a = { j, cost: top - e.score, e };
    seen.set(key, a);
    adj[i]!.push(a);
  }
  const owner = new Int32Array(m).fill(-1); // row matched to each column
  const mate = new Int32Array(n).fill(-1); // column matched to each row (-1: open or not yet placed)
  const v = new Float64Array(m); // column potentials (row potentials are implied)
  const u = new Float64Array(n);
  const dist = new Float64Array(m);
  const from = new Int32Array(m); // row that reached each column on the shortest path
  const done = new Uint8Array(m);
  for (let r = 0; r < n; r++) {
    dist.fill(Infinity);
    done.fill(0);
    // Dijkstra from row r over columns; a row is entered through the column it holds.
    const heap = new MinHeap();
    let bestOpen = top - u[r]!; // leave r open at once
    let openRow = r;
    const relax = (i: number, base: number) => {
      // Reduced cost of row i's edges; base = distance at which row i is reached.
      for (const a of adj[i]!) {
        if (done[a.j]) continue;
        const d = base + a.cost - u[i]! - v[a.j]!;
        if (d < dist[a.j]! - 1e-12) {
          dist[a.j] = d;
          from[a.j] = i;
          heap.push(d, a.j);
        }
      }
    };
    relax(r, 0);
    const finished: number[] = [];
    let endCol = -1;
    while (heap.size) {
      const [d, j] = heap.pop();
      if (done[j] || d > dist[j]!) continue;
      if (d >= bestOpen) break;
      done[j] = 1;
      finished.push(j);
      const i = owner[j]!;
      if (i < 0) {
        endCol = j;
        break;
      }
      // Column j is held by row i: continue from i, or let i stay open.
      const open = d + top - u[i]! - 0;
      if (open < bestOpen) [bestOpen, openRow] = [open, i];
      relax(i, d);
    }
    const reach = endCol >= 0 ? dist[endCol]! : bestOpen;
    // Potentials: keep reduced costs non-negative for the next search.
    for (const j of finished) {
      if (dist[j]! < reach) {
        v[j] = v[j]! + dist[j]! - reach;
        const i = owner[j]!;
        if (i >= 0) u[i] = u[i]! - (dist[j]! - reach);
      }
    }
    u[r] = u[r]! + reach;
    // Augment: along the path to a free column, or to the row that goes open.
    let j = endCol;
    if (j < 0) {
      if (openRow === r) continue;
      j = mate[openRow]!;
      owner[j] = -1;
      mate[openRow] = -1;
    }
    while (j >= 0) {
      const i = from[j]!;
      const prevCol = mate[i]!;
      owner[j] = i;
      mate[i] = j;
      j = i === r ? -1 : prevCol;
    }
  }
  const out: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const j = mate[i]!;
    if (j >= 0) out.push(seen.get(i * m + j)!.e);
  }
  return out;
}

/** A binary min-heap of (key, value) pairs. */
class MinHeap {
  private keys: number[] = [];
  private vals: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(k: number, v: number): void {
    const ks = this.keys;
    const vs = this.vals;
    let i = ks.length;
    ks.push(k);
    vs.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ks[p]! <= k) break;
      ks[i] = ks[p]!;
      vs[i] = vs[p]!;
      i = p;
    }
    ks[i] = k;
    vs[i] = v;
  }
  pop(): [number, number] {
    const ks = this.keys;
    const vs = this.vals;
    const top: [number, number] = [ks[0]!, vs[0]!];
    const k = ks.pop()!;
    const v = vs.pop()!;
    const n = ks.length;
    if (n) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && ks[c + 1]! < ks[c]!) c++;
        if (ks[c]! >= k) break;
        ks[i] = ks[c]!;
        vs[i] = vs[c]!;
        i = c;
      }
      ks[i] = k;
      vs[i] = v;
    }
    return top;
  }
}
