// Full-text search, the public API for the background and the library screen.
//
// Saving an article:   const row = indexArticle(article, engine)   (engine from lib/text/jieba)
//   A store keeps `row` (distinct terms, body/headline counts, length, filter fields) and turns
//   it into posting lists over document numbers (postings.ts): lib/store writes them in blocks
//   per term (migration 007), MemorySearchStore in maps.
// Searching:           await search(store, engine, '张堰镇 -启迪 日期:2023-12', { limit: 20 })
//   candidates.ts intersects the postings from the rarest term (the others are read only where
//   the candidates are), drops excluded terms, scores BM25 and takes the top k; search.ts applies
//   filters, text-checks phrases and split words, and makes the snippets of the page shown.
//   `store` implements SearchStore (types.ts); MemorySearchStore is the reference implementation.
export { indexArticle, queryTerms, isIndexTerm, bodyOf, headlineOf } from './index-terms';
export { parseQuery, parseDateRange, emptyFilters } from './query';
export { matchesFilters, hasFilters, pageMatches } from './filters';
export { search, type SearchOptions } from './search';
export { makeSnippet, type Snippet } from './snippet';
export { MemorySearchStore } from './memory-store';
export { BLOCK_SIZE, type PostingList } from './postings';
export type * from './types';
