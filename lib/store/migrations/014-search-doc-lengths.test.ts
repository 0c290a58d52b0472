import { afterEach, describe, expect, it } from 'vitest';
import { fillLengths } from '../../search/doc-lengths';
import { decodeBlocks, encodeBlock } from '../../search/posting-codec';
import { BLOCK_SIZE, postingListOf, type PostingList } from '../../search/postings';
import { QubaoDb } from '../db';
import { SETTINGS } from '../keys';
import { DexieSearchStore, readSearchStats } from '../search-store';
import type { SearchPostingRecord } from '../search-types';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const before014 = MIGRATIONS.filter((m) => m.version < 14);
const through014 = MIGRATIONS.filter((m) => m.version <= 14);
const plain = (l: PostingList) => ({ docs: [...l.docs], tf: [...l.tf], head: [...l.head], len: [...l.len] });
/** Every document's length, the same under each of its terms (as the index writes them). */
const lengthOf = (doc: number) => 1 + ((doc * 37) % 3000);

/** A block in 013's form: compact columns with the lengths column. */
function block013(term: string, block: number, count: number, seed: number) {
  const step = Math.max(1, Math.floor(BLOCK_SIZE / count));
  const entries = Array.from({ length: count }, (_, i) => {
    const doc = block * BLOCK_SIZE + ((i * step + seed) % BLOCK_SIZE);
    return { doc, tf: (i * seed) % 400, head: (i + seed) % 3, len: lengthOf(doc) };
  }).sort((a, b) => a.doc - b.doc);
  const list = postingListOf(entries.filter((e, i) => i === 0 || e.doc !== entries[i - 1]!.doc));
  return { list, row: { term, block, ...encodeBlock(block, list) } };
}

describe('migration 014 (document lengths once per block of numbers)', () => {
  it('rewrites every block without lengths (more than one batch), keeps them per block, readers get the same lists', async () => {
    const name = `mig-014-${Date.now()}`;
    const old = new QubaoDb(name, before014);
    const made = Array.from({ length: 2_300 }, (_, i) => block013(`词${i % 460}`, Math.floor(i / 460), i % 5 === 0 ? 1_500 : 1 + (i % 40), i));
    await old.table('searchPostings').bulkPut(made.map((m) => m.row));
    await old.table('settings').put({ key: SETTINGS.searchStats, value: { docCount: 9, totalLength: 90 } });
    old.close();

    db = new QubaoDb(name, through014);
    await db.open();
    expect(db.verno).toBe(14);
    const rows = await db.searchPostings.toArray();
    expect(rows).toHaveLength(made.length);
    expect(rows.every((r) => r.len === undefined)).toBe(true);
    const lengths = new Map((await db.searchDocLengths.toArray()).map((r) => [r.block, r.len]));
    expect([...lengths.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    const byKey = new Map(made.map((m) => [`${m.row.term}|${m.row.block}`, m.list]));
    for (const r of rows) {
      const got = decodeBlocks([r]);
      fillLengths(got, lengths);
      expect(plain(got)).toEqual(plain(byKey.get(`${r.term}|${r.block}`)!));
    }
    // The stats keep their totals and get a stamp; the store's lists are those the blocks held.
    const stats = await readSearchStats(db);
    expect(stats).toMatchObject({ docCount: 9, totalLength: 90 });
    expect(typeof stats.lengthsStamp).toBe('number');
    const store = new DexieSearchStore(db);
    await store.stats();
    const term = '词5';
    const want = made.filter((m) => m.row.term === term).map((m) => m.list);
    const got = await store.postings(term);
    expect([...got.docs]).toEqual(want.flatMap((l) => [...l.docs]));
    expect([...got.len]).toEqual(want.flatMap((l) => [...l.len]));
  });

  it('upgrades a database with no index at all', async () => {
    const name = `mig-014-empty-${Date.now()}`;
    const old = new QubaoDb(name, before014);
    await old.open();
    old.close();
    db = new QubaoDb(name, through014);
    await db.open();
    expect(await db.table<SearchPostingRecord>('searchPostings').count()).toBe(0);
    expect(await db.searchDocLengths.count()).toBe(0);
    expect((await readSearchStats(db)).lengthsStamp).toBeUndefined();
  });
});
