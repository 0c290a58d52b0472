// Posting lists in columns. Every indexed article has a document number (ascending as articles
// are indexed); a term's postings are its documents' numbers in ascending order with, in
// parallel, the body count, the headline count and the document's length (clamped to 16 bits:
// BM25 only needs it roughly). Stored in blocks of BLOCK_SIZE consecutive document numbers, so
// a write touches one small row per term and a query for rare candidates reads only the blocks
// that can hold them.

export const BLOCK_BITS = 11;
export const BLOCK_SIZE = 1 << BLOCK_BITS;
const MAX_U16 = 0xffff;

export interface PostingList {
  /** Ascending document numbers. */
  docs: Uint32Array;
  /** Body occurrences. */
  tf: Uint16Array;
  /** Headline occurrences. */
  head: Uint16Array;
  /** Index tokens in the document (BM25 length normalisation), at most 65535. */
  len: Uint16Array;
}

export interface PostingEntry {
  doc: number;
  tf: number;
  head: number;
  len: number;
}

export const EMPTY_POSTINGS: PostingList = { docs: new Uint32Array(0), tf: new Uint16Array(0), head: new Uint16Array(0), len: new Uint16Array(0) };

export const blockOf = (doc: number): number => doc >>> BLOCK_BITS;

/** The distinct blocks of ascending document numbers. */
export function blocksOf(docs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < docs.length; i++) {
    const b = docs[i]! >>> BLOCK_BITS;
    if (out[out.length - 1] !== b) out.push(b);
  }
  return out;
}

export function postingListOf(entries: PostingEntry[]): PostingList {
  const n = entries.length;
  const list: PostingList = { docs: new Uint32Array(n), tf: new Uint16Array(n), head: new Uint16Array(n), len: new Uint16Array(n) };
  entries.forEach((e, i) => {
    list.docs[i] = e.doc;
    list.tf[i] = Math.min(e.tf, MAX_U16);
    list.head[i] = Math.min(e.head, MAX_U16);
    list.len[i] = Math.min(e.len, MAX_U16);
  });
  return list;
}

/** Lists over disjoint, ascending ranges of documents (blocks in order), end to end. */
export function concatLists(lists: PostingList[]): PostingList {
  if (lists.length === 1) return lists[0]!;
  const n = lists.reduce((s, l) => s + l.docs.length, 0);
  const out: PostingList = { docs: new Uint32Array(n), tf: new Uint16Array(n), head: new Uint16Array(n), len: new Uint16Array(n) };
  let at = 0;
  for (const l of lists) {
    out.docs.set(l.docs, at);
    out.tf.set(l.tf, at);
    out.head.set(l.head, at);
    out.len.set(l.len, at);
    at += l.docs.length;
  }
  return out;
}

/**
 * A block after removing documents and adding entries (an added document replaces its old
 * entry). Null when nothing is left. The result stays in ascending document order.
 */
export function updateBlock(block: PostingList | undefined, remove: ReadonlySet<number>, add: PostingEntry[]): PostingList | null {
  if (block && remove.size === 0 && add.length) {
    // New documents only (numbers past the block's last): append, no rebuild.
    const sorted = [...add].sort((a, b) => a.doc - b.doc);
    const last = block.docs.length ? block.docs[block.docs.length - 1]! : -1;
    if (sorted[0]!.doc > last) return concatLists([block, postingListOf(sorted)]);
  }
  const adding = new Set(add.map((e) => e.doc));
  const kept: PostingEntry[] = [];
  if (block) {
    for (let i = 0; i < block.docs.length; i++) {
      const doc = block.docs[i]!;
      if (remove.has(doc) || adding.has(doc)) continue;
      kept.push({ doc, tf: block.tf[i]!, head: block.head[i]!, len: block.len[i]! });
    }
  }
  const all = kept.concat(add).sort((a, b) => a.doc - b.doc);
  return all.length ? postingListOf(all) : null;
}

/** Union of lists (a document in several has its counts summed): a prefix query's words. */
export function unionLists(lists: PostingList[]): PostingList {
  const byDoc = new Map<number, PostingEntry>();
  for (const l of lists) {
    for (let i = 0; i < l.docs.length; i++) {
      const doc = l.docs[i]!;
      const had = byDoc.get(doc);
      if (had) {
        had.tf += l.tf[i]!;
        had.head += l.head[i]!;
      } else byDoc.set(doc, { doc, tf: l.tf[i]!, head: l.head[i]!, len: l.len[i]! });
    }
  }
  return postingListOf([...byDoc.values()].sort((a, b) => a.doc - b.doc));
}

/**
 * Positions in `list` of each of `docs` (both ascending), -1 where absent. Gallops through the
 * longer list, so a few rare candidates against a long list cost a few binary searches.
 */
export function locate(docs: Uint32Array, list: Uint32Array): Int32Array {
  const out = new Int32Array(docs.length).fill(-1);
  const n = list.length;
  let lo = 0;
  for (let i = 0; i < docs.length && lo < n; i++) {
    const d = docs[i]!;
    // Gallop: the first position holding ≥ d lies in [lo, lo + bound] once list[lo + bound] ≥ d.
    let bound = 1;
    while (lo + bound < n && list[lo + bound]! < d) bound *= 2;
    let a = lo;
    let b = Math.min(lo + bound, n);
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (list[mid]! < d) a = mid + 1;
      else b = mid;
    }
    lo = a;
    if (lo < n && list[lo] === d) out[i] = lo;
  }
  return out;
}
