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
// at 100k articles: 60k+ candidates): plain indexed loops over typed arrays, no callback and no
// column copied per element. Allocation matters as much as the loops: in Chromium the garbage
// collector took a quarter of a query's time when every step copied its columns.

/** First position ≥ `from` in ascending `list` holding a number ≥ `d` (galloping from `from`). */
function seek(list: Uint32Array, from: number, d: number): number {
  const n = list.length;
  if (from >= n || list[from]! >= d) return from;
  let bound = 1;
  while (from + bound < n && list[from + bound]! < d) bound *= 2;
  let a = from + (bound >>> 1) + 1;
  let z = Math.min(from + bound, n);
  while (a < z) {
    const mid = (a + z) >>> 1;
    if (list[mid]! < d) a = mid + 1;
    else z = mid;
  }
  return a;
}

/**
 * Documents of `docs` that every list holds, scored in one pass (document at a time, a cursor per
 * list). BM25 with the headline counted `w` times; the length is the first list's entry (`docs`
 * are among the first list's). Scores add the terms in list order, as a sum over columns would.
 */
function intersectScored(docs: Uint32Array, lists: PostingList[], idf: number[], params: ScoreParams, avgLength: number): Candidates {
  const { headlineWeight: w, k1, b } = params;
  const k = lists.length;
  const cursor = new Int32Array(k);
  const outDocs = new Uint32Array(docs.length);
  const outScores = new Float64Array(docs.length);
  let m = 0;
  next: for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let j = 0; j < k; j++) {
      const list = lists[j]!.docs;
      const c = (cursor[j] = seek(list, cursor[j]!, d));
      if (c >= list.length) break next;
      if (list[c] !== d) continue next;
    }
    const norm = k1 * (1 - b + (b * lists[0]!.len[cursor[0]!]!) / (avgLength || 1));
    let score = 0;
    for (let j = 0; j < k; j++) {
      const list = lists[j]!;
      const c = cursor[j]!;
      const tf = list.tf[c]! + w * list.head[c]!;
      score += idf[j]! * ((tf * (k1 + 1)) / (tf + norm));
    }
    outDocs[m] = d;
    outScores[m++] = score;
  }
  return { docs: outDocs.subarray(0, m), scores: outScores.subarray(0, m) };
}

/** `found` without the documents `list` holds, in place. */
function without(found: Candidates, list: Uint32Array): Candidates {
  const { docs, scores } = found;
  let m = 0;
  let c = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    c = seek(list, c, d);
    if (c < list.length && list[c] === d) continue;
    docs[m] = d;
    scores[m++] = scores[i]!;
  }
  return { docs: docs.subarray(0, m), scores: scores.subarray(0, m) };
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

  if (df.get(order[0]!)! > PARALLEL_READ_MIN_DF) {
    const missing = order.filter((t) => !lists.has(t));
    (await Promise.all(missing.map((t) => store.postings(t)))).forEach((list, i) => lists.set(missing[i]!, list));
  }

  // The candidates narrow token by token; a list not read yet is read only where they are.
  const first = lists.get(order[0]!) ?? (await store.postings(order[0]!));
  lists.set(order[0]!, first);
  let docs: Uint32Array = first.docs;
  for (const t of order.slice(1)) {
    if (!docs.length) return none;
    let list = lists.get(t);
    if (!list) {
      lists.set(t, (list = await store.postings(t, docs)));
      // Only the rare path reads one by one: the next read is narrowed to these candidates.
      const at = locate(docs, list.docs);
      docs = docs.filter((_, i) => at[i]! >= 0);
    }
  }
  if (!docs.length) return none;
  const idf = order.map((t) => {
    const d = df.get(t)!;
    return Math.log(1 + (docCount - d + 0.5) / (d + 0.5));
  });
  let found = intersectScored(docs, order.map((t) => lists.get(t)!), idf, params, avgLength);
  for (const t of excluded) {
    if (!found.docs.length) break;
    found = without(found, (await store.postings(t, found.docs)).docs);
  }
  return found;
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
