import type { Transaction } from 'dexie';
import { decodeBlocks, encodeBlock } from '../../search/posting-codec';
import type { SearchPostingRecord } from '../search-types';
import type { Migration } from './types';

// Search postings in compact columns (issue 5, lib/search/posting-codec.ts). A query of two
// common words reads every block of both; at 100k articles that was ~1 MB of plain columns
// (4-byte numbers, 2-byte counts and lengths per posting) and most of the query's time. Blocks
// now keep a bitset or 2-byte offsets for the numbers, 1-byte counts where they fit and the
// (mostly zero) headline counts sparse: 3–5 bytes a posting instead of 10. Same keys, same schema; every row is re-encoded here in key
// order, a batch at a time, and decodes to exactly the list it held. Readers also decode the old
// form (a backup from before this version restores its rows as they were written).
const BATCH = 2_000;

export const migration013: Migration = {
  version: 13,
  stores: {},
  upgrade: compactPostings,
};

async function compactPostings(tx: Transaction): Promise<void> {
  const table = tx.table<SearchPostingRecord, [string, number]>('searchPostings');
  let after: [string, number] | null = null;
  for (;;) {
    const rows: SearchPostingRecord[] = await (after ? table.where(':id').above(after) : table.toCollection()).limit(BATCH).toArray();
    if (!rows.length) return;
    await table.bulkPut(rows.map((r) => ({ term: r.term, block: r.block, ...encodeBlock(r.block, decodeBlocks([r])) })));
    const last = rows[rows.length - 1]!;
    after = [last.term, last.block];
  }
}
