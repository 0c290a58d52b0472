// Writes of the search index. Everything an article's indexing changes (its searchDocs row, its
// posting blocks, the document frequencies of its terms, the totals, the keyword words on the article) is written in
// one transaction, computed beforehand (search-analysis.ts): no WASM runs while it is open.
// Re-indexing an article first takes its old row out of the frequencies, so indexing the same
// article any number of times leaves the same counts (idempotent).
import type { DocumentFrequencies } from '../text/doc-frequencies';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import type { ArticleAnalysis } from './search-analysis';
import { applyPostingChanges, docNosWithTerm, idsOfDocNos, type PostingChange } from './search-postings';
import { readSearchStats } from './search-store';
import { SEARCH_INDEX_VERSION, type SearchDocRecord } from './search-types';

/** Document frequencies of the given terms (plus the library size) for keyword TF-IDF. */
export async function loadDocFrequencies(db: QubaoDb, terms: Iterable<string>): Promise<DocumentFrequencies> {
  const list = [...new Set(terms)];
  const [rows, stats] = await Promise.all([db.termStats.bulkGet(list), readSearchStats(db)]);
  const df = new Map<string, number>();
  rows.forEach((r) => r && df.set(r.term, r.df));
  return { docCount: stats.docCount, df: (t) => df.get(t) ?? 0 };
}

function tallyTerms(delta: Map<string, number>, terms: string[], by: number): void {
  for (const t of terms) delta.set(t, (delta.get(t) ?? 0) + by);
}

async function applyDelta(db: QubaoDb, delta: Map<string, number>, docs: number, length: number): Promise<void> {
  const terms = [...delta.keys()].filter((t) => delta.get(t) !== 0);
  const rows = await db.termStats.bulkGet(terms);
  const puts: { term: string; df: number }[] = [];
  const deletes: string[] = [];
  terms.forEach((term, i) => {
    const df = (rows[i]?.df ?? 0) + delta.get(term)!;
    if (df > 0) puts.push({ term, df });
    else deletes.push(term);
  });
  if (puts.length) await db.termStats.bulkPut(puts);
  if (deletes.length) await db.termStats.bulkDelete(deletes);
  if (docs || length) {
    const s = await readSearchStats(db);
    await db.settings.put({ key: SETTINGS.searchStats, value: { ...s, docCount: Math.max(0, s.docCount + docs), totalLength: Math.max(0, s.totalLength + length) } });
  }
}

/**
 * Stores analyses of articles. An article deleted since it was analysed is skipped, so a late
 * indexing run cannot bring back a row for it. Returns the ids written.
 */
export async function writeAnalyses(db: QubaoDb, analyses: ArticleAnalysis[], now = Date.now()): Promise<string[]> {
  const written: string[] = [];
  await db.transaction('rw', [db.searchDocs, db.termStats, db.articles, db.settings, db.searchDocNos, db.searchPostings, db.searchDocLengths], async () => {
    const delta = new Map<string, number>();
    let docs = 0;
    let length = 0;
    const ids = analyses.map((a) => a.doc.id);
    const [articles, olds] = await Promise.all([db.articles.bulkGet(ids), db.searchDocs.bulkGet(ids)]);
    const rows: SearchDocRecord[] = [];
    const changes: PostingChange[] = [];
    analyses.forEach(({ doc, keywords, entities }, i) => {
      if (!articles[i]) return;
      const old = olds[i];
      changes.push({ id: doc.id, oldTerms: old?.terms ?? null, doc });
      if (old) tallyTerms(delta, old.terms, -1);
      tallyTerms(delta, doc.terms, +1);
      docs += old ? 0 : 1;
      length += doc.length - (old?.length ?? 0);
      rows.push({ ...doc, version: SEARCH_INDEX_VERSION, indexedAt: now, keywords, entities });
      written.push(doc.id);
    });
    await db.searchDocs.bulkPut(rows);
    await applyPostingChanges(db, changes);
    // One modify() over the batch (its hooks see only `keywords` changed, as update() did), and
    // only for articles whose keyword words changed: re-indexing rewrites no unchanged article.
    const before = new Map(articles.map((a) => [a?.id, a?.keywords ?? []]));
    const same = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => w === b[i]);
    const words = new Map(rows.map((r) => [r.id, r.keywords.map((k) => k.word)] as const).filter(([id, w]) => !same(before.get(id) ?? [], w)));
    if (words.size) await db.articles.where(':id').anyOf([...words.keys()]).modify((a) => void (a.keywords = words.get(a.id)!));
    await applyDelta(db, delta, docs, length);
  });
  return written;
}

/** Takes articles out of the index (their rows and their share of the frequencies). */
export async function removeFromIndex(db: QubaoDb, ids: string[]): Promise<void> {
  await db.transaction('rw', [db.searchDocs, db.termStats, db.settings, db.searchDocNos, db.searchPostings, db.searchDocLengths], async () => {
    const olds = (await db.searchDocs.bulkGet(ids)).filter((r): r is SearchDocRecord => !!r);
    if (!olds.length) return;
    const delta = new Map<string, number>();
    for (const old of olds) tallyTerms(delta, old.terms, -1);
    await db.searchDocs.bulkDelete(olds.map((o) => o.id));
    await applyPostingChanges(db, olds.map((o) => ({ id: o.id, oldTerms: o.terms, doc: null })));
    await applyDelta(db, delta, -olds.length, -olds.reduce((s, o) => s + o.length, 0));
  });
}

/** Ids among `ids` with no index row, or one from an older SEARCH_INDEX_VERSION. */
export async function idsNeedingIndex(db: QubaoDb, ids: string[]): Promise<string[]> {
  const rows = await db.searchDocs.bulkGet(ids);
  return ids.filter((_, i) => (rows[i]?.version ?? 0) < SEARCH_INDEX_VERSION);
}

/** Keywords and entities of an article for the reader (null until it is indexed). */
export async function readArticleAnalysis(db: QubaoDb, id: string): Promise<Pick<SearchDocRecord, 'keywords' | 'entities'> | null> {
  const row = await db.searchDocs.get(id);
  return row ? { keywords: row.keywords, entities: row.entities } : null;
}

/**
 * Articles whose index holds every one of `pieces` (the index terms a word was cut into), for
 * each list given. A word the user adds to the dictionary was indexed as its pieces (建发/观/唐府);
 * these articles are the ones to index again once jieba knows the word.
 */
export async function idsWithAllTerms(db: QubaoDb, pieceLists: string[][]): Promise<string[]> {
  const out = new Set<string>();
  for (const pieces of pieceLists) {
    if (!pieces.length) continue;
    let nos: Set<number> | null = null;
    for (const term of new Set(pieces)) {
      const have = await docNosWithTerm(db, term);
      nos = new Set(nos ? have.filter((n) => nos!.has(n)) : have);
      if (!nos.size) break;
    }
    for (const id of await idsOfDocNos(db, [...(nos ?? [])])) out.add(id);
  }
  return [...out];
}
