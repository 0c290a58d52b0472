import type { PostingList } from './postings';

// Shapes of the full-text search. Indexing an article gives one IndexedDoc (its distinct terms
// with counts in parallel arrays, its length and filter fields); a store turns those into
// per-term posting lists over document numbers (postings.ts), which queries intersect from
// the rarest term. The store behind the queries is the SearchStore interface: memory-store.ts
// for tests and benchmarks; the Dexie one is lib/store/search-store.ts.

/** The article fields search reads: a subset of lib/store ArticleRecord, so records fit as-is. */
export interface SearchableArticle {
  id: string;
  title: string;
  introTitle?: string | null;
  subtitle?: string | null;
  paragraphs: string[];
  paperName?: string | null;
  date?: string | null;
  pageNumber?: string | null;
  pageName?: string | null;
  reporters?: string[];
  correspondents?: string[];
  photographers?: string[];
}

/** Fields the query filters look at, normalised (lower case, simplified) when indexed. */
export interface DocMeta {
  /** Number of index tokens (body + headline), for BM25 length normalisation. */
  length: number;
  paper: string | null;
  /** YYYY-MM-DD (or shorter when only that much is known). */
  date: string | null;
  page: string | null;
  pageName: string | null;
  people: string[];
}

export interface IndexedDoc extends DocMeta {
  id: string;
  /** Distinct normalised index terms (stores turn them into posting lists). */
  terms: string[];
  /** Occurrences of terms[i] in the body. */
  counts: number[];
  /** Occurrences of terms[i] in the headline (引题, 标题, 副题). */
  headCounts: number[];
}

export interface QueryItem {
  /** Normalised text of a word or "quoted phrase". */
  text: string;
  phrase: boolean;
}

export interface DateRange {
  /** Inclusive bounds compared as strings against YYYY-MM-DD; `to` of a month is "2023-12~". */
  from: string;
  to: string;
}

export interface QueryFilters {
  /** Values of one field are alternatives (OR); different fields must all hold (AND). */
  papers: string[];
  pages: string[];
  people: string[];
  dates: DateRange[];
}

export interface ParsedQuery {
  include: QueryItem[];
  exclude: QueryItem[];
  filters: QueryFilters;
}

export interface SearchStore {
  /** Document frequencies of index terms, in order (0 for a term the index lacks). */
  docFrequencies(terms: string[]): Promise<number[]>;
  /**
   * The term's postings (postings.ts), in ascending document numbers. With `within` (ascending
   * document numbers) the store may leave out documents not among them: the Dexie store then
   * reads only the blocks that can hold them, so a common word costs what the rare one allows.
   */
  postings(term: string, within?: Uint32Array): Promise<PostingList>;
  /** Article ids of document numbers, in order (null for a number no longer in use). */
  idsOf(docs: ArrayLike<number>): Promise<(string | null)[]>;
  /** Lengths and filter fields of the given documents (missing ids are left out). */
  docMeta(ids: string[]): Promise<Map<string, DocMeta>>;
  /** Number of indexed documents and their average length. */
  stats(): Promise<{ docCount: number; avgLength: number }>;
  /** Full articles, for phrase checks and snippets (missing ids are left out). */
  getDocs(ids: string[]): Promise<SearchableArticle[]>;
  /** Ids of documents whose fields pass the filters: used when a query has no words. */
  idsMatching(filters: QueryFilters): Promise<string[]>;
  /**
   * Index terms starting with `prefix`, at most `limit` (Dexie: a key range of termStats).
   * Lets a query word that is not itself a word of the index (张堰) find the words that begin
   * with it (张堰镇). Optional: without it such a query simply finds nothing.
   */
  termsWithPrefix?(prefix: string, limit: number): Promise<string[]>;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  score: number;
  title: string;
  titleHighlights: TextRange[];
  /** A stretch of the body around the first match. */
  snippet: string;
  snippetHighlights: TextRange[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching documents; an upper bound when `exact` is false (phrases not yet checked). */
  total: number;
  exact: boolean;
  query: ParsedQuery;
}
