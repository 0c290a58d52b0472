import type { Migration } from './types';

// Full-text search (issue 5). One `searchDocs` row per indexed article (lib/search IndexedDoc:
// `*terms` is the multiEntry index queries go through, counts sit in arrays parallel to it);
// `termStats` holds each term's document frequency for TF-IDF keywords. Articles gain
// `entities` and `indexVersion` (no data change: an article without a searchDocs row, or with
// an older version, is picked up by the background's resumable indexing job, which needs jieba
// and so cannot run inside this upgrade transaction).
export const migration004: Migration = {
  version: 4,
  stores: {
    searchDocs: '&id, *terms, paper, date, version',
    termStats: '&term',
  },
};
