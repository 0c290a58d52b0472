import type { Migration } from './types';

// Save jobs ("保存本版/保存整期") send conditional requests: the ETag / Last-Modified of each page
// fetched is kept here by canonical URL, so a re-run gets 304 for a page that has not changed.
// A table of its own rather than fields on articles: layout pages and pages that failed to
// parse are fetched too, and validators are transport data, not library data.
export const migration003: Migration = {
  version: 3,
  stores: {
    fetchValidators: '&url, fetchedAt',
  },
};
