// Maximum-weight matching of "fragment → continuation" pairs. The candidate graph falls apart
// into components (a fragment has only a few plausible continuations): small ones are solved
// exactly by search, larger ones exactly by the Hungarian method, and only a component too large
// for that (a degenerate page) greedily, best pair first.

export interface Edge {
  x: number;
  y: number;
  score: number;
}

const EXACT_LIMIT = 12;
/** Fragments per component solved by the Hungarian method (O(n²·m)). */
const HUNGARIAN_LIMIT = 250;
/** Search steps per component before settling for the greedy answer. */
const STEP_BUDGET = 200_000;

export function maxWeightMatching(edges: Edge[]): Edge[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = find(p);
    parent.set(k, r);
    return r;
  };
  for (const e of edges) {
    const a = find(`x${e.x}`);
    const b = find(`y${e.y}`);
    if (a !== b) parent.set(a, b);
  }
  const components = new Map<string, Edge[]>();
  for (const e of edges) {
    const k = find(`x${e.x}`);
    components.set(k, [...(components.get(k) ?? []), e]);
  }
  const out: Edge[] = [];
  for (const comp of components.values()) {
    out.push(...solve(comp));
  }
  return out;
}

function solve(edges: Edge[]): Edge[] {
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
 * Maximum-weight matching by the Hungarian method (minimum cost, cost = −score): every fragment
 * also has a column of its own at cost 0, so leaving it unmatched is always possible.
 */
function hungarian(edges: Edge[], xs: number[]): Edge[] {
  const ys = [...new Set(edges.map((e) => e.y))];
  const n = xs.length;
  const m = ys.length + n;
  const row = new Map(xs.map((x, i) => [x, i + 1]));
  const col = new Map(ys.map((y, j) => [y, j + 1]));
  const BIG = 1e9;
  const cost: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(BIG));
  const edgeAt = new Map<number, Edge>();
  for (const e of edges) {
    const i = row.get(e.x)!;
    const j = col.get(e.y)!;
    if (-e.score < cost[i]![j]!) {
      cost[i]![j] = -e.score;
      edgeAt.set(i * (m + 1) + j, e);
    }
  }
  for (let i = 1; i <= n; i++) cost[i]![ys.length + i] = 0;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0]![j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out: Edge[] = [];
  for (let j = 1; j <= ys.length; j++) {
    const e = p[j] ? edgeAt.get(p[j]! * (m + 1) + j) : undefined;
    if (e) out.push(e);
  }
  return out;
}
