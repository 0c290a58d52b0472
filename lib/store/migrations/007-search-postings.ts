import type { Transaction } from 'dexie';
import { BLOCK_BITS, postingListOf, type PostingEntry } from '../../search/postings';
import type { Migration } from './types';

// Search postings (issue 5). Reading "every article with term t" from searchDocs' `*terms`
// index loads whole rows (all their terms, keywords, entities): at 100k articles a common
// word costs seconds. Queries now read per-term posting blocks instead:
// - `searchDocNos`: a document number per indexed article (ascending as articles are indexed),
//   `&docNo` for numbers → ids, `&id` for ids → numbers.
// - `searchPostings`: one row per (term, block of 2^BLOCK_BITS document numbers) holding the
//   numbers, body and headline counts and lengths as typed arrays (lib/search/postings.ts).
// searchDocs keeps its rows and `*terms` index (keywords, entities, the library's place filter,
// re-indexing after a dictionary edit). Existing index rows are converted here, in id order:
// nothing needs jieba, so no article is left unsearchable until a re-index.
export const migration007: Migration = {
  version: 7,
  stores: {
    searchDocNos: '&docNo, &id',
    searchPostings: '[term+block]',
  },
  upgrade: convertSearchDocs,
};

interface OldSearchDoc {
  id: string;
  terms?: unknown;
  counts?: unknown;
  headCounts?: unknown;
  length?: unknown;
}

const numberAt = (xs: unknown, i: number): number => (Array.isArray(xs) && typeof xs[i] === 'number' ? xs[i] : 0);

async function convertSearchDocs(tx: Transaction): Promise<void> {
  const rows = (await tx.table('searchDocs').toArray()) as OldSearchDoc[];
  const blocks = new Map<string, { term: string; block: number; entries: PostingEntry[] }>();
  const numbers: { docNo: number; id: string }[] = [];
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  rows.forEach((row, doc) => {
    numbers.push({ docNo: doc, id: row.id });
    if (!Array.isArray(row.terms)) return;
    const len = typeof row.length === 'number' ? row.length : 0;
    const block = doc >>> BLOCK_BITS;
    const seen = new Set<string>();
    (row.terms as unknown[]).forEach((term, i) => {
      if (typeof term !== 'string' || seen.has(term)) return;
      seen.add(term);
      const key = `${block}\u0000${term}`;
      let b = blocks.get(key);
      if (!b) blocks.set(key, (b = { term, block, entries: [] }));
      b.entries.push({ doc, tf: numberAt(row.counts, i), head: numberAt(row.headCounts, i), len });
    });
  });
  await tx.table('searchDocNos').bulkPut(numbers);
  await tx.table('searchPostings').bulkPut([...blocks.values()].map(({ term, block, entries }) => ({ term, block, ...postingListOf(entries) })));
}
