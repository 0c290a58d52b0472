import { afterEach, describe, expect, it } from 'vitest';
import { decodeBlocks } from '../../search/posting-codec';
import { BLOCK_SIZE, postingListOf, type PostingList } from '../../search/postings';
import { QubaoDb } from '../db';
import { docNosWithTerm } from '../search-postings';
import { DexieSearchStore } from '../search-store';
import type { SearchPostingRecord } from '../search-types';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const before013 = MIGRATIONS.filter((m) => m.version < 13);
const through013 = MIGRATIONS.filter((m) => m.version <= 13);
const plain = (l: PostingList) => ({ docs: [...l.docs], tf: [...l.tf], head: [...l.head], len: [...l.len] });

/** Blocks as written before 013: plain columns, absolute numbers. */
function oldBlock(term: string, block: number, count: number, seed: number) {
  const step = Math.max(1, Math.floor(BLOCK_SIZE / count));
  const entries = Array.from({ length: count }, (_, i) => ({ doc: block * BLOCK_SIZE + i * step, tf: (i * seed) % 400, head: (i + seed) % 3, len: 100 + ((i * 7 + seed) % 900) }));
  return { term, block, ...postingListOf(entries) };
}

describe('migration 013 (compact posting blocks)', () => {
  it('re-encodes every block, more than one batch of them, each decoding to the list it held', async () => {
    const name = `mig-013-${Date.now()}`;
    const old = new QubaoDb(name, before013);
    // 2,300 rows (over the migration's batch of 2,000): dense and sparse blocks, counts above a byte.
    const rows = Array.from({ length: 2_300 }, (_, i) => oldBlock(`词${i % 460}`, Math.floor(i / 460), i % 5 === 0 ? 1_500 : 1 + (i % 40), i));
    await old.table('searchPostings').bulkPut(rows);
    await old.table('searchDocNos').bulkPut([{ docNo: 0, id: 'a' }]);
    await old.table('termStats').bulkPut([{ term: '词0', df: 1_500 }]);
    old.close();

    db = new QubaoDb(name, through013);
    await db.open();
    expect(db.verno).toBe(13);
    const now = await db.searchPostings.toArray();
    expect(now).toHaveLength(rows.length);
    const byKey = new Map(rows.map((r) => [`${r.term}|${r.block}`, r]));
    for (const r of now) {
      expect(r.docs).not.toBeInstanceOf(Uint32Array);
      expect(plain(decodeBlocks([r]))).toEqual(plain(byKey.get(`${r.term}|${r.block}`)!));
    }
    const dense = now.find((r) => r.docs.length === BLOCK_SIZE / 8 && r.docs instanceof Uint8Array)!;
    expect(dense).toBeDefined();
    // The other tables are untouched; readers see the same numbers as before.
    expect(await db.searchDocNos.toArray()).toEqual([{ docNo: 0, id: 'a' }]);
    const term = rows[0]!.term;
    const want = rows.filter((r) => r.term === term).flatMap((r) => [...r.docs]);
    expect(await docNosWithTerm(db, term)).toEqual(want);
    expect([...(await new DexieSearchStore(db).postings(term)).docs]).toEqual(want);
  });

  it('upgrades a database with no index at all', async () => {
    const name = `mig-013-empty-${Date.now()}`;
    const old = new QubaoDb(name, before013);
    await old.open();
    old.close();
    db = new QubaoDb(name, through013);
    await db.open();
    expect(await db.table<SearchPostingRecord>('searchPostings').count()).toBe(0);
  });
});
