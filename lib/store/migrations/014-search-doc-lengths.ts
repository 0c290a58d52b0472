import type { Transaction } from 'dexie';
import { keepListLengths, newStamp } from '../../search/doc-lengths';
import { decodeBlocks, encodeBlockWithoutLengths } from '../../search/posting-codec';
import { SETTINGS } from '../keys';
import type { SearchDocLengthRecord, SearchPostingRecord } from '../search-types';
import type { Migration } from './types';

// Document lengths once per block of document numbers (issue 5, lib/search/doc-lengths.ts). Every
// posting carried its document's length (2 of its ~4 bytes since 013), repeated under each of
// the document's terms: a query of two common words at 100k articles read ~280 KB of lengths.
// New table searchDocLengths (one Uint16Array of BLOCK_SIZE lengths a block); every posting
// row is rewritten without its lengths column, in key order, a batch at a time, its lengths
// handed to the block's row first. Like 013, this runs in the one upgrade transaction (~1 min
// at 100k; the background keeps its worker alive while the database opens,
// entrypoints/background/worker-keep-alive.ts): an interrupted upgrade leaves version 13 as it
// was and runs again. Rows that still carry lengths (backups of the older form, restored into
// an empty index) decode with their own; a later write of such a block hands them over.
const BATCH = 2_000;

export const migration014: Migration = {
  version: 14,
  stores: { searchDocLengths: 'block' },
  upgrade: shareDocLengths,
};

async function shareDocLengths(tx: Transaction): Promise<void> {
  const table = tx.table<SearchPostingRecord, [string, number]>('searchPostings');
  const lengths = new Map<number, Uint16Array>();
  let after: [string, number] | null = null;
  for (;;) {
    const rows: SearchPostingRecord[] = await (after ? table.where(':id').above(after) : table.toCollection()).limit(BATCH).toArray();
    if (!rows.length) break;
    const rewrite = rows.filter((r) => r.len);
    for (const r of rewrite) keepListLengths(lengths, decodeBlocks([r]));
    if (rewrite.length) await table.bulkPut(rewrite.map((r) => ({ term: r.term, block: r.block, ...encodeBlockWithoutLengths(r.block, decodeBlocks([r])) })));
    const last = rows[rows.length - 1]!;
    after = [last.term, last.block];
  }
  await tx.table<SearchDocLengthRecord, number>('searchDocLengths').bulkPut([...lengths].map(([block, len]) => ({ block, len })));
  const settings = tx.table<{ key: string; value: Record<string, unknown> }, string>('settings');
  const stats = await settings.get(SETTINGS.searchStats);
  if (stats) await settings.put({ ...stats, value: { ...stats.value, lengthsStamp: newStamp() } });
}
