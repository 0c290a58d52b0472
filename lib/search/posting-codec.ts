// How a block of postings is kept in IndexedDB (migration 013): the same four columns as a
// PostingList, in the smallest typed arrays that hold them. A query of two common words reads
// every block of both (at 100k articles ~100 rows, 1 MB as plain columns): most of its time is
// IndexedDB reading and cloning bytes, so fewer bytes per posting is most of the speed.
// - docs: a bitset of the block's BLOCK_SIZE numbers (Uint8Array, 256 bytes) when the block holds
//   more than 128 documents, else their offsets in the block (Uint16Array). Before 013 (and in
//   backups from then): absolute numbers (Uint32Array); those still decode.
// - tf, head: Uint8Array when every count fits, else Uint16Array. Headline counts are mostly 0
//   (a word is in few of its articles' headlines): when that is smaller, head holds only the
//   non-zero ones, each as (position << 16 | count) in an Int32Array. len: Uint16Array.
// Decoding gives back exactly the PostingList that was encoded (same numbers, counts, lengths).
// Since migration 014 blocks are written without `len` (encodeBlockWithoutLengths): a document's
// length is the same under every one of its terms, so it is kept once per block of document
// numbers (lib/search/doc-lengths.ts, table searchDocLengths) and filled in after decoding
// (fillLengths). Rows that still carry `len` (013's form, backups) decode with their own.
import { BLOCK_BITS, BLOCK_SIZE, EMPTY_POSTINGS, type PostingList } from './postings';

export type DocsColumn = Uint32Array | Uint16Array | Uint8Array;
export type CountColumn = Uint16Array | Uint8Array;
/** Non-zero entries only: (position in the block's list << 16) | count. */
export type SparseColumn = Int32Array;

/** A block as stored: what `searchPostings` rows hold besides their key. */
export interface StoredBlock {
  docs: DocsColumn;
  tf: CountColumn;
  head: CountColumn | SparseColumn;
  /** Absent since migration 014 (lengths kept once per block of numbers). */
  len?: Uint16Array;
}

const BITSET_BYTES = BLOCK_SIZE / 8;
/** Above this many documents a bitset (BITSET_BYTES) is smaller than 2-byte offsets. */
const BITSET_MIN = BITSET_BYTES / 2;

function counts(xs: Uint16Array): CountColumn {
  for (let i = 0; i < xs.length; i++) if (xs[i]! > 0xff) return xs;
  return Uint8Array.from(xs);
}

/** The stored form of `list`, whose documents all lie in block `block`. */
export function encodeBlock(block: number, list: PostingList): StoredBlock {
  const base = block << BLOCK_BITS;
  const n = list.docs.length;
  let docs: DocsColumn;
  if (n > BITSET_MIN) {
    docs = new Uint8Array(BITSET_BYTES);
    for (let i = 0; i < n; i++) {
      const off = list.docs[i]! - base;
      docs[off >>> 3]! |= 1 << (off & 7);
    }
  } else {
    docs = new Uint16Array(n);
    for (let i = 0; i < n; i++) docs[i] = list.docs[i]! - base;
  }
  return { docs, tf: counts(list.tf), head: headCounts(list.head), len: list.len };
}

/** The stored form of `list` without its lengths column (the form written since migration 014). */
export function encodeBlockWithoutLengths(block: number, list: PostingList): StoredBlock {
  const { len: _, ...rest } = encodeBlock(block, list);
  return rest;
}

/** The headline column, sparse when its non-zero entries take fewer bytes than the dense column. */
function headCounts(xs: Uint16Array): CountColumn | SparseColumn {
  const dense = counts(xs);
  let nonZero = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i]) nonZero++;
  if (nonZero * 4 >= dense.byteLength) return dense;
  const sparse = new Int32Array(nonZero);
  for (let i = 0, j = 0; i < xs.length; i++) if (xs[i]) sparse[j++] = (i << 16) | xs[i]!;
  return sparse;
}

const isBitset = (docs: DocsColumn): docs is Uint8Array => docs instanceof Uint8Array;

/** Population count of a byte. */
const POP = Uint8Array.from({ length: 256 }, (_, b) => {
  let c = 0;
  for (let x = b; x; x &= x - 1) c++;
  return c;
});

/** Number of documents a stored block holds. */
export function blockLength(row: StoredBlock): number {
  if (!isBitset(row.docs)) return row.docs.length;
  let n = 0;
  for (let i = 0; i < row.docs.length; i++) n += POP[row.docs[i]!]!;
  return n;
}

/** Writes `row`'s entries (block `block`) into `out` (zeros from `at` on) from position `at`; returns how many. */
function decodeInto(row: StoredBlock, block: number, out: PostingList, at: number): number {
  const { docs } = row;
  const base = block << BLOCK_BITS;
  let n = 0;
  if (isBitset(docs)) {
    for (let byte = 0; byte < docs.length; byte++) {
      for (let bits = docs[byte]!; bits; bits &= bits - 1) out.docs[at + n++] = base + (byte << 3) + (31 - Math.clz32(bits & -bits));
    }
  } else if (docs instanceof Uint16Array) {
    for (; n < docs.length; n++) out.docs[at + n] = base + docs[n]!;
  } else {
    out.docs.set(docs, at);
    n = docs.length;
  }
  out.tf.set(row.tf.length === n ? row.tf : row.tf.subarray(0, n), at);
  const { head } = row;
  if (head instanceof Int32Array) {
    // `out` is freshly allocated (zeros): only the non-zero counts are written.
    for (let j = 0; j < head.length; j++) {
      const pos = head[j]! >>> 16;
      if (pos < n) out.head[at + pos] = head[j]! & 0xffff;
    }
  } else out.head.set(head.length === n ? head : head.subarray(0, n), at);
  if (row.len) out.len.set(row.len.length === n ? row.len : row.len.subarray(0, n), at);
  return n;
}

/** Whether any of the rows was written without lengths (its list's `len` entries are 0 until filled). */
export const lacksLengths = (rows: StoredBlock[]): boolean => rows.some((r) => !r.len);

/** Stored blocks of one term in ascending block order, as one PostingList (lengths 0 where a row has none). */
export function decodeBlocks(rows: (StoredBlock & { block: number })[]): PostingList {
  const sizes = rows.map(blockLength);
  const total = sizes.reduce((s, n) => s + n, 0);
  if (!total) return EMPTY_POSTINGS;
  const out: PostingList = { docs: new Uint32Array(total), tf: new Uint16Array(total), head: new Uint16Array(total), len: new Uint16Array(total) };
  let at = 0;
  rows.forEach((row, i) => {
    decodeInto(row, row.block, out, at);
    at += sizes[i]!;
  });
  return out;
}
