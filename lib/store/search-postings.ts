// Writes of the posting blocks (migration 007), inside the caller's transaction on
// searchDocNos and searchPostings. Every change of an article's index row (new, re-indexed,
// removed) becomes: take its document number out of the blocks of its old terms, put it into
// the blocks of its new terms. A re-indexed article keeps its number, so its entries stay in
// the same blocks; all changes to one block are applied in one read and one write.
// Since migration 014 blocks are written without lengths: the document's length goes into its
// block of searchDocLengths (a block of the older form touched here hands its lengths over
// first), and the search stats get a new lengthsStamp. Callers' transactions include
// searchDocLengths and settings.
import Dexie from 'dexie';
import { keepListLengths, newStamp, setLength } from '../search/doc-lengths';
import { decodeBlocks, encodeBlockWithoutLengths } from '../search/posting-codec';
import { blockOf, updateBlock, type PostingEntry, type PostingList } from '../search/postings';
import type { IndexedDoc } from '../search/types';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import { readSearchStats } from './search-store';
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
  const numberBlocks = [...new Set([...dropNumbers, ...changes.flatMap((c) => (numberOf.has(c.id) ? [numberOf.get(c.id)!] : []))].map(blockOf))];
  const [rows, lengthRows] = await Promise.all([
    db.searchPostings.bulkGet(list.map((b) => [b.term, b.block] as [string, number])),
    db.searchDocLengths.bulkGet([...new Set([...numberBlocks, ...blocks.keys()])]),
  ]);
  const lengths = new Map(lengthRows.flatMap((r) => (r ? [[r.block, r.len] as const] : [])));
  const decoded: (PostingList | undefined)[] = rows.map((row) => row && decodeBlocks([row]));
  // Rows of the older form carry their documents' lengths: kept before the rows lose them.
  const changed = new Set<number>();
  decoded.forEach((l, i) => l && rows[i]!.len && keepListLengths(lengths, l, changed));
  for (const n of dropNumbers) changed.add(setLength(lengths, n, 0));
  for (const { id, doc } of changes) if (doc && numberOf.has(id)) changed.add(setLength(lengths, numberOf.get(id)!, doc.length));
  changed.delete(-1);
  const puts: SearchPostingRecord[] = [];
  const deletes: [string, number][] = [];
  list.forEach((b, i) => {
    const next = updateBlock(decoded[i], b.remove, b.add);
    if (next) puts.push({ term: b.term, block: b.block, ...encodeBlockWithoutLengths(b.block, next) });
    else if (rows[i]) deletes.push([b.term, b.block]);
  });
  // Only when a length changed: re-indexing unchanged articles keeps the stamp (and what readers hold).
  if (changed.size) {
    await db.searchDocLengths.bulkPut([...changed].map((block) => ({ block, len: lengths.get(block)! })));
    await db.settings.put({ key: SETTINGS.searchStats, value: { ...(await readSearchStats(db)), lengthsStamp: newStamp() } });
  }
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
