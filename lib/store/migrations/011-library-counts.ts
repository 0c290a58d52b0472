import type { Table } from 'dexie';
import { countsFromRows, writeCounts } from '../library-counts';
import type { Migration } from './types';

// Running counts of the library (issue 7; what they hold: lib/store/library-counts.ts). The popup
// reads its totals and group counts here instead of counting an index, which in Chromium walks
// every entry (0.5–1.2 s at 100k articles) on every popup open. From this version on every write
// of the articles table keeps them (library-counts-middleware.ts); here they are built once from
// the rows (read in primary-key chunks), in the upgrade's own transaction.
// `&key`: the group, an array key (['d', date], ['p', paper], ['pd', paper, date], ['all']), so a
// date range of one paper is one key range, compared as the indexes compare.
export const migration011: Migration = {
  version: 11,
  stores: {
    libraryCounts: '&key',
  },
  upgrade: async (tx) => {
    const rows = await countsFromRows(tx.table('articles') as Table);
    await writeCounts(tx.table('libraryCounts') as Table, rows, Date.now());
  },
};
