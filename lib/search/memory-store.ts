// The SearchStore in memory: an inverted index term → posting entries over document numbers,
// for tests, benchmarks and as the reference behaviour of the Dexie-backed store (same input:
// IndexedDoc + the article). A document put again gets a new number (lists stay ascending).
import { matchesFilters } from './filters';
import { EMPTY_POSTINGS, postingListOf, type PostingEntry, type PostingList } from './postings';
import type { DocMeta, IndexedDoc, QueryFilters, SearchableArticle, SearchStore } from './types';

interface Held {
  indexed: IndexedDoc;
  article: SearchableArticle;
  doc: number;
}

export class MemorySearchStore implements SearchStore {
  private readonly docs = new Map<string, Held>();
  private readonly byNumber = new Map<number, string>();
  private readonly inverted = new Map<string, Map<number, PostingEntry>>();
  /** Columns built on first read after a change. */
  private readonly lists = new Map<string, PostingList>();
  private totalLength = 0;
  private nextDoc = 0;

  /** Adds or replaces a document. */
  put(indexed: IndexedDoc, article: SearchableArticle): void {
    this.delete(indexed.id);
    const doc = this.nextDoc++;
    this.docs.set(indexed.id, { indexed, article, doc });
    this.byNumber.set(doc, indexed.id);
    this.totalLength += indexed.length;
    indexed.terms.forEach((term, i) => {
      let entries = this.inverted.get(term);
      if (!entries) this.inverted.set(term, (entries = new Map()));
      entries.set(doc, { doc, tf: indexed.counts[i] ?? 0, head: indexed.headCounts[i] ?? 0, len: indexed.length });
      this.lists.delete(term);
    });
  }

  delete(id: string): void {
    const old = this.docs.get(id);
    if (!old) return;
    this.docs.delete(id);
    this.byNumber.delete(old.doc);
    this.totalLength -= old.indexed.length;
    for (const term of old.indexed.terms) {
      const entries = this.inverted.get(term);
      entries?.delete(old.doc);
      if (entries?.size === 0) this.inverted.delete(term);
      this.lists.delete(term);
    }
  }

  get size(): number {
    return this.docs.size;
  }

  async docFrequencies(terms: string[]): Promise<number[]> {
    return terms.map((t) => this.inverted.get(t)?.size ?? 0);
  }

  async postings(term: string): Promise<PostingList> {
    let list = this.lists.get(term);
    if (!list) {
      const entries = this.inverted.get(term);
      if (!entries) return EMPTY_POSTINGS;
      // Numbers only grow, so insertion order is ascending order.
      this.lists.set(term, (list = postingListOf([...entries.values()])));
    }
    return list;
  }

  async idsOf(docs: ArrayLike<number>): Promise<(string | null)[]> {
    return Array.from(docs, (d) => this.byNumber.get(d) ?? null);
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
