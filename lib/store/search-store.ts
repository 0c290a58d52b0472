// lib/search's SearchStore over Dexie: postings from the per-term blocks of `searchPostings`
// (migration 007; a query for a few candidates reads only their blocks), document frequencies
// from `termStats`, numbers → ids from `searchDocNos`, filter fields from `searchDocs` rows,
// full articles from `articles`. Behaves like lib/search MemorySearchStore (see its tests).
// Blocks written since migration 014 hold no lengths: they are filled in from searchDocLengths,
// read alongside the blocks (one wait) and kept per database between queries while the search
// stats' lengthsStamp is the one they were read under (a popup's queries then read none).
import { matchesFilters } from '../search/filters';
import Dexie, { type Transaction } from 'dexie';
import { fillLengths, type BlockLengths } from '../search/doc-lengths';
import { decodeBlocks, lacksLengths } from '../search/posting-codec';
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
  const stats: SearchStats = { docCount: v?.docCount ?? 0, totalLength: v?.totalLength ?? 0 };
  if (typeof v?.lengthsStamp === 'number') stats.lengthsStamp = v.lengthsStamp;
  return stats;
}

/** Lengths read under a stamp, per database instance; `whole`: every block of the table. */
interface HeldLengths {
  stamp: number;
  blocks: Map<number, Uint16Array>;
  whole: boolean;
}
const heldLengths = new WeakMap<object, HeldLengths>();

export async function readSearchStats(db: QubaoDb): Promise<SearchStats> {
  return statsOf(await db.settings.get(SETTINGS.searchStats));
}

/** The text search reads of an article; a failed parse is searched through its raw text. */
export function searchableOf(a: ArticleRecord): SearchableArticle {
  const paragraphs = a.paragraphs.length ? a.paragraphs : (a.rawText ?? '').split('\n').filter((l) => l.trim());
  return { ...a, paragraphs };
}

type SearchTables = Pick<QubaoDb, 'termStats' | 'searchPostings' | 'searchDocNos' | 'searchDocs' | 'articles' | 'settings' | 'searchDocLengths'>;
const SEARCH_TABLES = ['termStats', 'searchPostings', 'searchDocNos', 'searchDocs', 'articles', 'settings', 'searchDocLengths'] as const;

/** The search tables the database has (one opened at an older version lacks the newer ones). */
const tablesOf = (db: QubaoDb): string[] => SEARCH_TABLES.filter((t) => db.tables.some((x) => x.name === t));

export class DexieSearchStore implements SearchStore {
  private readonly db: SearchTables;
  /** Key of the lengths kept between queries (the database instance). */
  private readonly owner: object;
  /** The lengthsStamp stats() read (lengths are kept or reused only under a known stamp). */
  private stamp: number | undefined;
  private wholeLengths: Promise<BlockLengths> | null = null;
  /** Document frequencies docFrequencies() read: a rare term's lengths are read for its own few blocks. */
  private readonly dfs = new Map<string, number>();
  /**
   * `tx`: read through this transaction's tables. They belong to it whatever async context the
   * read is made from (Dexie's own tracking of the current transaction follows one awaited read
   * at a time, not reads started together and awaited in turn).
   */
  constructor(db: QubaoDb, tx?: Transaction) {
    this.db = tx ? (Object.fromEntries(tablesOf(db).map((t) => [t, tx.table(t)])) as unknown as SearchTables) : db;
    this.owner = db;
  }

  /** Lengths of `blocks` (null: every block), from what is held under the current stamp or read. */
  private lengths(blocks: number[] | null): Promise<BlockLengths> {
    // A database opened at a version before 014 (migration tests) has no such table; its rows carry their lengths.
    if (!this.db.searchDocLengths) return Promise.resolve(new Map());
    const stamp = this.stamp;
    const held = stamp === undefined ? undefined : heldLengths.get(this.owner);
    const valid = held?.stamp === stamp ? held : undefined;
    if (valid && (valid.whole || blocks?.every((b) => valid.blocks.has(b)))) return Promise.resolve(valid.blocks);
    if (blocks && blocks.length <= BLOCK_READ_LIMIT) {
      const missing = valid ? blocks.filter((b) => !valid.blocks.has(b)) : blocks;
      return this.db.searchDocLengths.bulkGet(missing).then((rows) => {
        const out = valid ?? { stamp: stamp!, blocks: new Map<number, Uint16Array>(), whole: false };
        for (const r of rows) if (r) out.blocks.set(r.block, r.len);
        if (stamp !== undefined) heldLengths.set(this.owner, out);
        return out.blocks;
      });
    }
    this.wholeLengths ??= this.db.searchDocLengths.toArray().then((rows) => {
      const blocks = new Map(rows.map((r) => [r.block, r.len]));
      if (stamp !== undefined) heldLengths.set(this.owner, { stamp, blocks, whole: true });
      return blocks;
    });
    return this.wholeLengths;
  }

  async docFrequencies(terms: string[]): Promise<number[]> {
    const rows = await this.db.termStats.bulkGet(terms);
    terms.forEach((t, i) => this.dfs.set(t, rows[i]?.df ?? 0));
    return rows.map((r) => r?.df ?? 0);
  }

  async postings(term: string, within?: Uint32Array): Promise<PostingList> {
    let reading: Promise<(SearchPostingRecord | undefined)[]>;
    const blocks = within ? blocksOf(within) : null;
    // Candidates in most blocks: one range read is cheaper than as many key reads.
    if (blocks && blocks.length <= BLOCK_READ_LIMIT) reading = this.db.searchPostings.bulkGet(blocks.map((b) => [term, b] as [string, number]));
    else reading = this.db.searchPostings.where('[term+block]').between([term, Dexie.minKey], [term, Dexie.maxKey]).toArray();
    // Started with the rows, so a query waits once (nothing is read when the lengths are held);
    // a term in at most BLOCK_READ_LIMIT documents gets its own blocks' lengths after its rows
    // (a few small reads rather than every block's lengths).
    const few = !blocks && (this.dfs.get(term) ?? Infinity) <= BLOCK_READ_LIMIT;
    const lengths = few ? null : this.lengths(blocks);
    const rows = (await reading).filter((r): r is SearchPostingRecord => !!r);
    const list = decodeBlocks(rows);
    if (lacksLengths(rows)) fillLengths(list, await (lengths ?? this.lengths(rows.map((r) => r.block))));
    else lengths?.catch(() => undefined);
    return list;
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
    this.stamp = s.lengthsStamp;
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
  return db.transaction('r', tablesOf(db), (tx) => search(new DexieSearchStore(db, tx), engine, query, options));
}
