// Aho-Corasick over UTF-16 code units: every occurrence of every pattern in one left-to-right
// pass, whatever the number of patterns. Written here rather than taken from a package because
// the whole thing is ~100 lines and it runs on every saved article (bench/alerts.bench.ts).
//
// Layout: transitions live in one Map keyed by `node * 65536 + codeUnit` (one hash probe per
// step, no per-node objects); failure links and "dictionary" links (the nearest suffix node that
// ends a pattern) are Int32Arrays, so reporting k matches costs O(k) and not a walk up the tree.

export interface AhoCorasick {
  /** Number of distinct patterns; pattern ids are 0 … size-1 in the order first given. */
  readonly size: number;
  /** Pattern text by id. */
  readonly patterns: readonly string[];
  /** Calls `hit(patternId, start, end)` for every occurrence, in order of `end`. */
  scan(text: string, hit: (patternId: number, start: number, end: number) => void): void;
}

const ROOT = 0;

export function buildAhoCorasick(patterns: Iterable<string>): AhoCorasick {
  const ids = new Map<string, number>();
  const list: string[] = [];
  for (const p of patterns) {
    if (p && !ids.has(p)) {
      ids.set(p, list.length);
      list.push(p);
    }
  }

  const goto = new Map<number, number>();
  const children: number[][] = [[]]; // per node: the code units it has edges for (BFS below)
  const depthOf: number[] = [0];
  const patternAt: number[] = [-1]; // pattern id ending exactly at this node, or -1
  for (let id = 0; id < list.length; id++) {
    const p = list[id]!;
    let node = ROOT;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      const key = node * 65536 + c;
      let next = goto.get(key);
      if (next === undefined) {
        next = children.length;
        goto.set(key, next);
        children.push([]);
        depthOf.push(depthOf[node]! + 1);
        patternAt.push(-1);
        children[node]!.push(c);
      }
      node = next;
    }
    patternAt[node] = id;
  }

  const count = children.length;
  const fail = new Int32Array(count);
  const dict = new Int32Array(count).fill(-1); // nearest proper suffix node with a pattern
  const queue: number[] = [];
  for (const c of children[ROOT]!) {
    const child = goto.get(c)!;
    fail[child] = ROOT;
    queue.push(child);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    for (const c of children[node]!) {
      const child = goto.get(node * 65536 + c)!;
      let f = fail[node]!;
      while (f !== ROOT && !goto.has(f * 65536 + c)) f = fail[f]!;
      const target = goto.get(f * 65536 + c);
      fail[child] = target !== undefined && target !== child ? target : ROOT;
      const fc = fail[child]!;
      dict[child] = patternAt[fc]! >= 0 ? fc : dict[fc]!;
      queue.push(child);
    }
  }

  // Most characters of an article lead nowhere from the root: a flat table answers those
  // without a hash probe (256 KB, built once per topic change).
  const rootNext = new Int32Array(65536);
  for (const c of children[ROOT]!) rootNext[c] = goto.get(c)!;
  const depth = Int32Array.from(depthOf);
  const ends = Int32Array.from(patternAt);

  return {
    size: list.length,
    patterns: list,
    scan(text, hit) {
      let node = ROOT;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let next = node === ROOT ? undefined : goto.get(node * 65536 + c);
        while (next === undefined && node !== ROOT) {
          node = fail[node]!;
          if (node !== ROOT) next = goto.get(node * 65536 + c);
        }
        node = next ?? rootNext[c]!; // 0 (the root itself) when there is no edge
        for (let out = ends[node]! >= 0 ? node : dict[node]!; out >= 0; out = dict[out]!) {
          hit(ends[out]!, i + 1 - depth[out]!, i + 1);
        }
      }
    },
  };
}
