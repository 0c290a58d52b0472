// Writes of the posting blocks (migration 007), inside the caller's transaction on
// searchDocNos and searchPostings. Every change of an article's index row (new, re-indexed,
// removed) becomes: take its document number out of the blocks of its old terms, put it into
// the blocks of its new terms. A re-indexed article keeps its number, so its entries stay in
// the same blocks; all changes to one block are applied in one read and one write.
import Dexie from 'dexie';
import { decodeBlocks, encodeBlock } from '../search/posting-codec';
import { blockOf, updateBlock, type PostingEntry } from '../search/postings';
import type { IndexedDoc } from '../search/types';
import type { QubaoDb } from './db';
import type { SearchDocRecord, SearchPostingRecord } from './search-types';

export interface PostingChange {
  id: string;
  /** Terms of the index row being replaced or removed (null: there was none). */
  oldTerms: string[] | null;
  /** The new index row (null: the article leaves the index). */
  doc: IndexedDoc | null;
}

interface BlockChange {
  term: string;
  block: number;
  remove: Set<number>;
  add: PostingEntry[];
}

/** Next free document number: one past the highest ever kept. */
async function nextDocNo(db: QubaoDb): Promise<number> {
  const last = await db.searchDocNos.toCollection().last();
  return last ? last.docNo + 1 : 0;
}

export async function applyPostingChanges(db: QubaoDb, changes: PostingChange[]): Promise<void> {
  if (!changes.length) return;
  const held = await db.searchDocNos.where('id').anyOf(changes.map((c) => c.id)).toArray();
  const numberOf = new Map(held.map((r) => [r.id, r.docNo]));
  let next = await nextDocNo(db);
  const blocks = new Map<number, Map<string, BlockChange>>();
  const at = (term: string, block: number) => {
    let byTerm = blocks.get(block);
    if (!byTerm) blocks.set(block, (byTerm = new Map()));
    let b = byTerm.get(term);
    if (!b) byTerm.set(term, (b = { term, block, remove: new Set(), add: [] }));
    return b;
  };
  const dropNumbers: number[] = [];
  const newNumbers: { docNo: number; id: string }[] = [];

  for (const { id, oldTerms, doc } of changes) {
    let docNo = numberOf.get(id);
    if (docNo != null && !oldTerms) {
      // A number whose terms are unknown cannot be cleaned out of its blocks: retire it (its
      // stale entries then name no article and are skipped).
      dropNumbers.push(docNo);
      numberOf.delete(id);
      docNo = undefined;
    }
    if (docNo != null && oldTerms) for (const t of new Set(oldTerms)) at(t, blockOf(docNo)).remove.add(docNo);
    if (!doc) {
      if (docNo != null) dropNumbers.push(docNo);
      numberOf.delete(id);
      continue;
    }
    if (docNo == null) {
      docNo = next++;
      numberOf.set(id, docNo);
      newNumbers.push({ docNo, id });
    }
    doc.terms.forEach((t, i) => at(t, blockOf(docNo)).add.push({ doc: docNo, tf: doc.counts[i] ?? 0, head: doc.headCounts[i] ?? 0, len: doc.length }));
  }

  const list = [...blocks.values()].flatMap((byTerm) => [...byTerm.values()]);
  const rows = await db.searchPostings.bulkGet(list.map((b) => [b.term, b.block] as [string, number]));
  const puts: SearchPostingRecord[] = [];
  const deletes: [string, number][] = [];
  list.forEach((b, i) => {
    const row = rows[i];
    const next = updateBlock(row && decodeBlocks([row]), b.remove, b.add);
    if (next) puts.push({ term: b.term, block: b.block, ...encodeBlock(b.block, next) });
    else if (rows[i]) deletes.push([b.term, b.block]);
  });
  if (dropNumbers.length) await db.searchDocNos.bulkDelete(dropNumbers);
  if (newNumbers.length) await db.searchDocNos.bulkPut(newNumbers);
  if (puts.length) await db.searchPostings.bulkPut(puts);
  if (deletes.length) await db.searchPostings.bulkDelete(deletes);
}

// Reads by term for the index's other users (the library's place filter, re-indexing after a
// dictionary edit): since migration 012 searchDocs has no `*terms` index, the posting blocks
// answer "which articles hold this term".

/** Document numbers holding `term`, ascending (its blocks read in key order). */
export async function docNosWithTerm(db: QubaoDb, term: string): Promise<number[]> {
  const rows = await db.searchPostings.where('[term+block]').between([term, Dexie.minKey], [term, Dexie.maxKey]).toArray();
  return Array.from(decodeBlocks(rows).docs);
}

/** Ids of the numbers that still name an article (a retired number's stale entries name none). */
export async function idsOfDocNos(db: QubaoDb, docNos: number[]): Promise<string[]> {
  const rows = await db.searchDocNos.bulkGet(docNos);
  return rows.flatMap((r) => (r ? [r.id] : []));
}

/** Index rows of the articles whose terms include `term`. */
export async function searchDocsWithTerm(db: QubaoDb, term: string): Promise<SearchDocRecord[]> {
  const rows = await db.searchDocs.bulkGet(await idsOfDocNos(db, await docNosWithTerm(db, term)));
  return rows.filter((r): r is SearchDocRecord => !!r);
}
