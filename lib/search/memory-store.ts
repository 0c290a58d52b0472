// The SearchStore in memory: an inverted index term → postings, for tests, benchmarks and as
// the reference behaviour of the Dexie-backed store (same rows: IndexedDoc + the article).
import { matchesFilters } from './filters';
import type { DocMeta, IndexedDoc, Posting, QueryFilters, SearchableArticle, SearchStore } from './types';

export class MemorySearchStore implements SearchStore {
  private readonly docs = new Map<string, { indexed: IndexedDoc; article: SearchableArticle }>();
  private readonly inverted = new Map<string, Map<string, Posting>>();
  private totalLength = 0;

  /** Adds or replaces a document. */
  put(indexed: IndexedDoc, article: SearchableArticle): void {
    this.delete(indexed.id);
    this.docs.set(indexed.id, { indexed, article });
    this.totalLength += indexed.length;
    indexed.terms.forEach((term, i) => {
      let list = this.inverted.get(term);
      if (!list) this.inverted.set(term, (list = new Map()));
      list.set(indexed.id, { id: indexed.id, tf: indexed.counts[i] ?? 0, headTf: indexed.headCounts[i] ?? 0 });
    });
  }

  delete(id: string): void {
    const old = this.docs.get(id);
    if (!old) return;
    this.docs.delete(id);
    this.totalLength -= old.indexed.length;
    for (const term of old.indexed.terms) {
      const list = this.inverted.get(term);
      list?.delete(id);
      if (list?.size === 0) this.inverted.delete(term);
    }
  }

  get size(): number {
    return this.docs.size;
  }

  async postings(term: string): Promise<Posting[]> {
    return [...(this.inverted.get(term)?.values() ?? [])];
  }

  async docMeta(ids: string[]): Promise<Map<string, DocMeta>> {
    const out = new Map<string, DocMeta>();
    for (const id of ids) {
      const d = this.docs.get(id)?.indexed;
      if (d) out.set(id, d);
    }
    return out;
  }

  async stats(): Promise<{ docCount: number; avgLength: number }> {
    const n = this.docs.size;
    return { docCount: n, avgLength: n ? this.totalLength / n : 0 };
  }

  async getDocs(ids: string[]): Promise<SearchableArticle[]> {
    return ids.flatMap((id) => {
      const d = this.docs.get(id);
      return d ? [d.article] : [];
    });
  }

  async termsWithPrefix(prefix: string, limit: number): Promise<string[]> {
    const out: string[] = [];
    for (const term of this.inverted.keys()) {
      if (term.startsWith(prefix) && term !== prefix) out.push(term);
    }
    return out.sort().slice(0, limit);
  }

  async idsMatching(filters: QueryFilters): Promise<string[]> {
    return [...this.docs.values()].filter((d) => matchesFilters(d.indexed, filters)).map((d) => d.indexed.id);
  }
}
