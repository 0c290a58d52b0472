import type { StoredBlock } from '../search/posting-codec';
import type { IndexedDoc } from '../search/types';
import type { Keyword } from '../text/keywords';
import type { Entities } from '../text/entities';

// Rows of the search tables (migration 004). The article row itself only gains its keyword
// words in `keywords` (an existing multiEntry index); the rest of what indexing learns about an
// article lives here, so a re-index never rewrites the article the reader is looking at.

/**
 * Bumped when the way articles are indexed changes (segmentation, normalisation, keyword
 * rules): the background job then re-indexes every row with an older version.
 */
export const SEARCH_INDEX_VERSION = 1;

export interface SearchDocRecord extends IndexedDoc {
  /** SEARCH_INDEX_VERSION at indexing time. */
  version: number;
  indexedAt: number;
  keywords: Keyword[];
  entities: Entities;
}

/** Document frequency of one index term over the library. */
export interface TermStatRecord {
  term: string;
  df: number;
}

/** Kept in `settings` (SETTINGS.searchStats) and updated with every index write. */
export interface SearchStats {
  docCount: number;
  totalLength: number;
  /**
   * A new random number at every write of document lengths (searchDocLengths, migration 014):
   * a reader that holds the lengths it read under the same stamp may use them without reading.
   */
  lengthsStamp?: number;
}

/** An indexed article's document number (migration 007): posting lists refer to these. */
export interface SearchDocNoRecord {
  docNo: number;
  id: string;
}

/** One block of a term's postings, keyed by [term+block], encoded by lib/search/posting-codec.ts (migration 013). */
export interface SearchPostingRecord extends StoredBlock {
  term: string;
  block: number;
}

/** Lengths of the documents numbered block × BLOCK_SIZE + i (0: number not in use), migration 014. */
export interface SearchDocLengthRecord {
  block: number;
  len: Uint16Array;
}
