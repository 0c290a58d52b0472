// Full-text search, the public API for the background and the library screen.
//
// Saving an article:   const row = indexArticle(article, engine)   (engine from lib/text/jieba)
//   Store `row` in a table whose schema has a multiEntry `*terms` index (one row per article,
//   or the fields `terms`, `counts`, `headCounts`, `length`, `paper`, `date`, `page`,
//   `pageName`, `people` on the article row itself), and add row.terms to the library's
//   DfTable (lib/text/doc-frequencies) for keywords.
// Searching:           await search(store, engine, '张堰镇 -启迪 日期:2023-12', { limit: 20 })
//   `store` implements SearchStore: postings(term) = where('terms').equals(term) mapped to
//   {id, tf: counts[i], headTf: headCounts[i]}; docMeta/getDocs by ids; stats() from a kept
//   count and length total; idsMatching(filters) for filter-only queries (indexes on paper,
//   date, page narrow it; matchesFilters is the reference test). MemorySearchStore is the
//   reference implementation.
export { indexArticle, queryTerms, isIndexTerm, bodyOf, headlineOf } from './index-terms';
export { parseQuery, parseDateRange, emptyFilters } from './query';
export { matchesFilters, hasFilters, pageMatches } from './filters';
export { search, type SearchOptions } from './search';
export { makeSnippet, type Snippet } from './snippet';
export { MemorySearchStore } from './memory-store';
export type * from './types';
