// lib/search's SearchStore over Dexie: postings come from the multiEntry `*terms` index of
// `searchDocs` (an index lookup, not a scan), lengths and filter fields from the same rows,
// full articles from `articles`. Behaves like lib/search MemorySearchStore (see its tests).
import { matchesFilters } from '../search/filters';
import type { DocMeta, Posting, QueryFilters, SearchableArticle, SearchStore } from '../search/types';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import type { SearchDocRecord, SearchStats } from './search-types';
import type { ArticleRecord } from './types';

export async function readSearchStats(db: QubaoDb): Promise<SearchStats> {
  const row = await db.settings.get(SETTINGS.searchStats);
  const v = row?.value as Partial<SearchStats> | undefined;
  return { docCount: v?.docCount ?? 0, totalLength: v?.totalLength ?? 0 };
}

/** The text search reads of an article; a failed parse is searched through its raw text. */
export function searchableOf(a: ArticleRecord): SearchableArticle {
  const paragraphs = a.paragraphs.length ? a.paragraphs : (a.rawText ?? '').split('\n').filter((l) => l.trim());
  return { ...a, paragraphs };
}

export class DexieSearchStore implements SearchStore {
  constructor(private readonly db: QubaoDb) {}

  async postings(term: string): Promise<Posting[]> {
    const rows = await this.db.searchDocs.where('terms').equals(term).toArray();
    return rows.map((r) => {
      const i = r.terms.indexOf(term);
      return { id: r.id, tf: r.counts[i] ?? 0, headTf: r.headCounts[i] ?? 0 };
    });
  }

  async docMeta(ids: string[]): Promise<Map<string, DocMeta>> {
    const rows = await this.db.searchDocs.bulkGet(ids);
    const out = new Map<string, DocMeta>();
    for (const r of rows) if (r) out.set(r.id, r);
    return out;
  }

  async stats(): Promise<{ docCount: number; avgLength: number }> {
    const s = await readSearchStats(this.db);
    return { docCount: s.docCount, avgLength: s.docCount ? s.totalLength / s.docCount : 0 };
  }

  async getDocs(ids: string[]): Promise<SearchableArticle[]> {
    const rows = await this.db.articles.bulkGet(ids);
    return rows.filter((a): a is ArticleRecord => !!a).map(searchableOf);
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    // uniqueKeys() of a multiEntry index walks distinct terms, not rows.
    const keys = await this.db.searchDocs.where('terms').startsWith(prefix).limit(limit + 1).uniqueKeys();
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
