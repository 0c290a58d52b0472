// lib/search's SearchStore over Dexie: postings from the per-term blocks of `searchPostings`
// (migration 007; a query for a few candidates reads only their blocks), document frequencies
// from `termStats`, numbers → ids from `searchDocNos`, filter fields from `searchDocs` rows,
// full articles from `articles`. Behaves like lib/search MemorySearchStore (see its tests).
import { matchesFilters } from '../search/filters';
import Dexie, { type Transaction } from 'dexie';
import { decodeBlocks } from '../search/posting-codec';
import { blocksOf, type PostingList } from '../search/postings';
import { search, type SearchOptions } from '../search/search';
import type { DocMeta, ParsedQuery, QueryFilters, SearchableArticle, SearchResult, SearchStore } from '../search/types';
import type { TextEngine } from '../text/engine';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import type { SearchDocRecord, SearchPostingRecord, SearchStats } from './search-types';
import type { ArticleRecord } from './types';

const BLOCK_READ_LIMIT = 16;

function statsOf(row: { value: unknown } | undefined): SearchStats {
  const v = row?.value as Partial<SearchStats> | undefined;
  return { docCount: v?.docCount ?? 0, totalLength: v?.totalLength ?? 0 };
}

export async function readSearchStats(db: QubaoDb): Promise<SearchStats> {
  return statsOf(await db.settings.get(SETTINGS.searchStats));
}

/** The text search reads of an article; a failed parse is searched through its raw text. */
export function searchableOf(a: ArticleRecord): SearchableArticle {
  const paragraphs = a.paragraphs.length ? a.paragraphs : (a.rawText ?? '').split('\n').filter((l) => l.trim());
  return { ...a, paragraphs };
}

type SearchTables = Pick<QubaoDb, 'termStats' | 'searchPostings' | 'searchDocNos' | 'searchDocs' | 'articles' | 'settings'>;
const SEARCH_TABLES = ['termStats', 'searchPostings', 'searchDocNos', 'searchDocs', 'articles', 'settings'] as const;

export class DexieSearchStore implements SearchStore {
  private readonly db: SearchTables;
  /**
   * `tx`: read through this transaction's tables. They belong to it whatever async context the
   * read is made from (Dexie's own tracking of the current transaction follows one awaited read
   * at a time, not reads started together and awaited in turn).
   */
  constructor(db: QubaoDb, tx?: Transaction) {
    this.db = tx ? (Object.fromEntries(SEARCH_TABLES.map((t) => [t, tx.table(t)])) as unknown as SearchTables) : db;
  }

  async docFrequencies(terms: string[]): Promise<number[]> {
    const rows = await this.db.termStats.bulkGet(terms);
    return rows.map((r) => r?.df ?? 0);
  }

  async postings(term: string, within?: Uint32Array): Promise<PostingList> {
    let rows: (SearchPostingRecord | undefined)[];
    const blocks = within ? blocksOf(within) : null;
    // Candidates in most blocks: one range read is cheaper than as many key reads.
    if (blocks && blocks.length <= BLOCK_READ_LIMIT) rows = await this.db.searchPostings.bulkGet(blocks.map((b) => [term, b] as [string, number]));
    else rows = await this.db.searchPostings.where('[term+block]').between([term, Dexie.minKey], [term, Dexie.maxKey]).toArray();
    return decodeBlocks(rows.filter((r): r is SearchPostingRecord => !!r));
  }

  async idsOf(docs: ArrayLike<number>): Promise<(string | null)[]> {
    const rows = await this.db.searchDocNos.bulkGet(Array.from(docs));
    return rows.map((r) => r?.id ?? null);
  }

  async docMeta(ids: string[]): Promise<Map<string, DocMeta>> {
    const rows = await this.db.searchDocs.bulkGet(ids);
    const out = new Map<string, DocMeta>();
    for (const r of rows) if (r) out.set(r.id, r);
    return out;
  }

  async stats(): Promise<{ docCount: number; avgLength: number }> {
    const s = statsOf(await this.db.settings.get(SETTINGS.searchStats));
    return { docCount: s.docCount, avgLength: s.docCount ? s.totalLength / s.docCount : 0 };
  }

  async getDocs(ids: string[]): Promise<SearchableArticle[]> {
    const rows = await this.db.articles.bulkGet(ids);
    return rows.filter((a): a is ArticleRecord => !!a).map(searchableOf);
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    // termStats holds one row per term some indexed article has (a df of 0 deletes it): a key range.
    const keys = await this.db.termStats.where('term').startsWith(prefix).limit(limit + 1).primaryKeys();
    return (keys as string[]).filter((k) => k !== prefix).slice(0, limit);
  }

  async idsMatching(filters: QueryFilters): Promise<string[]> {
    // Dates are the one filter an index can narrow exactly (YYYY-MM-DD strings compare in order).
    let rows: SearchDocRecord[];
    if (filters.dates.length === 1) {
      const { from, to } = filters.dates[0]!;
      rows = await this.db.searchDocs.where('date').between(from, to, true, true).toArray();
    } else rows = await this.db.searchDocs.toArray();
    return rows.filter((r) => matchesFilters(r, filters)).map((r) => r.id);
  }
}

/**
 * A query over the library in one read-only transaction. Without it every store read opens its
 * own transaction, and under load each one waits its turn in the browser's IndexedDB thread
 * (10–30 ms apiece seen in bench/search.browser-bench.ts on a busy machine): one transaction
 * queues the reads of a query back to back. Only reads and synchronous jieba calls run inside,
 * each read started before the last one's results are handled, so the transaction stays active.
 */
export function searchLibrary(db: QubaoDb, engine: TextEngine, query: string | ParsedQuery, options?: SearchOptions): Promise<SearchResult> {
  return db.transaction('r', [...SEARCH_TABLES], (tx) => search(new DexieSearchStore(db, tx), engine, query, options));
}
