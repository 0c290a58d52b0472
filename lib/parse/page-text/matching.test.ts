import { describe, expect, it } from 'vitest';
import { maxWeightMatching, type Edge } from './matching';
import { prng } from './generate';

/** Best total by dynamic programming over the set of continuations used (small graphs only). */
function bruteForce(edges: Edge[]): number {
  const xs = [...new Set(edges.map((e) => e.x))];
  const ys = [...new Set(edges.map((e) => e.y))];
  const memo = new Map<number, number>();
  const best = (i: number, used: number): number => {
    if (i === xs.length) return 0;
    const key = i * 2 ** ys.length + used;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let v = best(i + 1, used);
    for (const e of edges) {
      const bit = 1 << ys.indexOf(e.y);
      if (e.x === xs[i] && !(used & bit)) v = Math.max(v, e.score + best(i + 1, used | bit));
    }
    memo.set(key, v);
    return v;
  };
  return best(0, 0);
}

const total = (es: Edge[]) => es.reduce((a, e) => a + e.score, 0);

describe('maxWeightMatching', () => {
  it('settles two fragments competing for one continuation by what each gets otherwise', () => {
    const edges = [
      { x: 1, y: 10, score: 4.25 },
      { x: 1, y: 11, score: 4 },
      { x: 2, y: 10, score: 3.75 },
      { x: 3, y: 11, score: 1.75 },
    ];
    const chosen = maxWeightMatching(edges);
    expect(total(chosen)).toBeCloseTo(7.75);
  });

  it('is exact on random components, also those too large for the search (Hungarian)', () => {
    const rnd = prng(3);
    for (let round = 0; round < 30; round++) {
      const n = 6 + Math.floor(rnd() * 11); // up to 16 fragments: past the search limit
      const edges: Edge[] = [];
      for (let x = 0; x < n; x++) {
        for (let k = 0; k < 3; k++) edges.push({ x, y: Math.floor(rnd() * n), score: Math.round(rnd() * 40) / 10 + 0.1 });
      }
      const chosen = maxWeightMatching(edges);
      expect(new Set(chosen.map((e) => e.x)).size).toBe(chosen.length);
      expect(new Set(chosen.map((e) => e.y)).size).toBe(chosen.length);
      expect(total(chosen)).toBeCloseTo(bruteForce(edges), 6);
    }
  });
});
