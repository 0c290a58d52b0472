import type { Migration } from './types';

// Search index writes (issue 5): searchDocs loses its `*terms` multiEntry index. Every indexed
// article put one index entry per distinct term (about a hundred) into it, and keeping them was
// most of the time an index write took in Chromium (34 of 72 s for 10k articles in bulk, measured
// by bench/search.browser-bench.ts). Since migration 007 queries read the per-term posting
// blocks; the index's last readers now read those too (lib/store/search-postings.ts
// docNosWithTerm: the library's place filter, re-indexing after a dictionary edit; prefix
// expansion walks termStats' keys). The rows keep their `terms`, counts and everything else:
// re-indexing and removal still take an article's old terms from its row, so no data changes.
export const migration012: Migration = {
  version: 12,
  stores: {
    searchDocs: '&id, paper, date, version',
  },
};
