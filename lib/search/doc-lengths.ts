// Document lengths (index tokens, BM25's length normalisation) kept once per block of
// BLOCK_SIZE document numbers (migration 014, table searchDocLengths: one Uint16Array a block,
// 0 for a number not in use). They used to be repeated in every posting of every term of a
// document; a query of two common words at 100k articles read ~280 KB of them per query. Now a
// query reads the blocks' lengths once (or not at all: the Dexie store keeps them between
// queries while the index is unchanged, lib/store/search-store.ts).
import { BLOCK_BITS, BLOCK_SIZE, type PostingList } from './postings';

const MAX_U16 = 0xffff;

/** A fresh lengths stamp (lib/store SearchStats.lengthsStamp): random, so no other state of the lengths has it. */
export const newStamp = (): number => Math.floor(Math.random() * 2 ** 52);

/** Lengths by block number. */
export type BlockLengths = ReadonlyMap<number, Uint16Array>;

/** Sets `list.len` from `lengths` wherever it is 0 (rows written without lengths); in place. */
export function fillLengths(list: PostingList, lengths: BlockLengths): void {
  let block = -1;
  let row: Uint16Array | undefined;
  for (let i = 0; i < list.docs.length; i++) {
    if (list.len[i]) continue;
    const d = list.docs[i]!;
    const b = d >>> BLOCK_BITS;
    if (b !== block) row = lengths.get((block = b));
    if (row) list.len[i] = row[d & (BLOCK_SIZE - 1)]!;
  }
}

/**
 * Document `doc`'s length in `rows` (a missing block row is created), clamped to 16 bits; 0 clears
 * it. Returns the block number when that changed a value, else -1.
 */
export function setLength(rows: Map<number, Uint16Array>, doc: number, length: number): number {
  const b = doc >>> BLOCK_BITS;
  const value = Math.min(Math.max(0, length), MAX_U16);
  let row = rows.get(b);
  if (!row) {
    if (!value) return -1;
    rows.set(b, (row = new Uint16Array(BLOCK_SIZE)));
  }
  if (row[doc & (BLOCK_SIZE - 1)] === value) return -1;
  row[doc & (BLOCK_SIZE - 1)] = value;
  return b;
}

/** Copies the lengths a list carries (rows of the older form) into `rows` where they hold none; adds the blocks changed to `changed`. */
export function keepListLengths(rows: Map<number, Uint16Array>, list: PostingList, changed?: Set<number>): void {
  for (let i = 0; i < list.docs.length; i++) {
    const len = list.len[i]!;
    if (!len) continue;
    const d = list.docs[i]!;
    const row = rows.get(d >>> BLOCK_BITS);
    if (row && row[d & (BLOCK_SIZE - 1)]) continue;
    const block = setLength(rows, d, len);
    if (changed && block >= 0) changed.add(block);
  }
}
