// The index side of a query: documents holding every query token, found from the rarest token
// (its postings read whole, every other token's only where the candidates are), minus those
// holding an excluded token, scored with BM25 (the headline counted `headlineWeight` times, a
// simplified BM25F). Works on document numbers and columns; ids are looked up only for what is
// shown or text-checked.
import { EMPTY_POSTINGS, locate, unionLists, type PostingList } from './postings';
import type { SearchStore } from './types';

export interface Candidates {
  /** Ascending document numbers. */
  docs: Uint32Array;
  scores: Float64Array;
}

export interface ScoreParams {
  headlineWeight: number;
  k1: number;
  b: number;
}

const PREFIX_EXPANSION_LIMIT = 32;
/**
 * When the rarest token has more documents than this, its candidates lie in most blocks, so
 * reading the other tokens only where the candidates are saves nothing (a store reads many
 * blocks as one range): every list is read at once instead of one after another, and the query
 * waits for one round of reads, not one per token.
 */
export const PARALLEL_READ_MIN_DF = 32;

/**
 * A query token the index lacks (张堰 when articles say 张堰镇) stands for the index terms that
 * begin with it: their postings are merged in its place. Returns the list and the terms used.
 */
async function expand(store: SearchStore, token: string): Promise<{ list: PostingList; terms: string[] }> {
  if (!store.termsWithPrefix || Array.from(token).length < 2) return { list: EMPTY_POSTINGS, terms: [] };
  const terms = await store.termsWithPrefix(token, PREFIX_EXPANSION_LIMIT);
  const lists = await Promise.all(terms.map((t) => store.postings(t)));
  return { list: unionLists(lists), terms };
}

// The loops below run once per candidate, up to every article of the library (two common words
// at 100k articles: 60k+ candidates): plain indexed loops over typed arrays, no callback per element.

/** The entries of `docs`, `len` and every column where `mask` is set (`n` of them). */
function keep(docs: Uint32Array, cols: Float64Array[], len: Float64Array, mask: Uint8Array, n: number) {
  if (n === docs.length) return { docs, cols, len };
  const outDocs = new Uint32Array(n);
  const outLen = new Float64Array(n);
  for (let i = 0, j = 0; i < docs.length; i++) {
    if (!mask[i]) continue;
    outDocs[j] = docs[i]!;
    outLen[j++] = len[i]!;
  }
  const outCols = cols.map((c) => {
    const out = new Float64Array(n);
    for (let i = 0, j = 0; i < c.length; i++) if (mask[i]) out[j++] = c[i]!;
    return out;
  });
  return { docs: outDocs, cols: outCols, len: outLen };
}

/** tf + w × headline tf of a list's entries at `at` (every entry when `at` is absent). */
function weighted(list: PostingList, w: number, n: number, at?: Int32Array): Float64Array {
  const col = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = at ? at[i]! : i;
    if (p >= 0) col[i] = list.tf[p]! + w * list.head[p]!;
  }
  return col;
}

/**
 * Documents with every token, without any excluded token, scored. `expansions` receives the
 * index terms that stood in for missing tokens (to highlight them).
 */
export async function findCandidates(
  store: SearchStore,
  tokens: string[],
  excluded: string[],
  params: ScoreParams,
  expansions: string[] = [],
): Promise<Candidates> {
  const none: Candidates = { docs: new Uint32Array(0), scores: new Float64Array(0) };
  // Read together: one wait instead of two.
  const [dfs, { docCount, avgLength }] = await Promise.all([store.docFrequencies(tokens), store.stats()]);
  const lists = new Map<string, PostingList>();
  const df = new Map<string, number>();
  for (const [i, t] of tokens.entries()) {
    if (dfs[i]! > 0) {
      df.set(t, dfs[i]!);
      continue;
    }
    const { list, terms } = await expand(store, t);
    if (!list.docs.length) return none;
    expansions.push(...terms);
    lists.set(t, list);
    df.set(t, list.docs.length);
  }
  const order = [...tokens].sort((a, b) => df.get(a)! - df.get(b)!);
  const { headlineWeight: w } = params;

  if (df.get(order[0]!)! > PARALLEL_READ_MIN_DF) {
    const missing = order.filter((t) => !lists.has(t));
    (await Promise.all(missing.map((t) => store.postings(t)))).forEach((list, i) => lists.set(missing[i]!, list));
  }

  // Weighted counts per token, in columns parallel to the candidates.
  const first = lists.get(order[0]!) ?? (await store.postings(order[0]!));
  let docs: Uint32Array = first.docs;
  let len: Float64Array = Float64Array.from(first.len);
  let cols: Float64Array[] = [weighted(first, w, docs.length)];
  for (const t of order.slice(1)) {
    if (!docs.length) return none;
    const list = lists.get(t) ?? (await store.postings(t, docs));
    const at = locate(docs, list.docs);
    const mask = new Uint8Array(docs.length);
    let n = 0;
    for (let i = 0; i < at.length; i++) if (at[i]! >= 0) (mask[i] = 1), n++;
    ({ docs, cols, len } = keep(docs, [...cols, weighted(list, w, docs.length, at)], len, mask, n));
  }
  for (const t of excluded) {
    if (!docs.length) break;
    const at = locate(docs, (await store.postings(t, docs)).docs);
    const mask = new Uint8Array(docs.length);
    let n = 0;
    for (let i = 0; i < at.length; i++) if (at[i]! < 0) (mask[i] = 1), n++;
    ({ docs, cols, len } = keep(docs, cols, len, mask, n));
  }

  const { k1, b } = params;
  const m = docs.length;
  const norm = new Float64Array(m);
  for (let i = 0; i < m; i++) norm[i] = k1 * (1 - b + (b * len[i]!) / (avgLength || 1));
  const scores = new Float64Array(m);
  order.forEach((t, k) => {
    const d = df.get(t)!;
    const idf = Math.log(1 + (docCount - d + 0.5) / (d + 0.5));
    const col = cols[k]!;
    for (let i = 0; i < m; i++) {
      const tf = col[i]!;
      scores[i]! += idf * ((tf * (k1 + 1)) / (tf + norm[i]!));
    }
  });
  return { docs, scores };
}

/**
 * Positions of the `k` best scores, best first (ties: lower document number first). A bounded
 * min-heap: the cost follows the candidates, not their sorting.
 */
export function topPositions(scores: Float64Array, docs: Uint32Array, k: number): number[] {
  const n = scores.length;
  if (k >= n) return Array.from({ length: n }, (_, i) => i).sort((x, y) => scores[y]! - scores[x]! || docs[x]! - docs[y]!);
  const worse = (x: number, y: number) => scores[x]! < scores[y]! || (scores[x] === scores[y] && docs[x]! > docs[y]!);
  const heap: number[] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  return heap.sort((x, y) => scores[y]! - scores[x]! || docs[x]! - docs[y]!);
}
