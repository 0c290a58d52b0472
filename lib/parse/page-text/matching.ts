// Maximum-weight matching of "fragment → continuation" pairs. The candidate graph falls apart
// into small components (a fragment has only a few plausible continuations), each solved exactly
// by search; a component too large for that is solved greedily, best pair first.

export interface Edge {
  x: number;
  y: number;
  score: number;
}

const EXACT_LIMIT = 24;
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
  for (const comp of components.values()) out.push(...solve(comp));
  return out;
}

function solve(edges: Edge[]): Edge[] {
  const xs = [...new Set(edges.map((e) => e.x))];
  if (xs.length > EXACT_LIMIT) return greedy(edges);
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
