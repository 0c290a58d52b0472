import { afterEach, describe, expect, it } from 'vitest';
import type { QubaoDb } from './db';
import { ALL_KEY, STALE_KEY, VERIFIED_KEY } from './library-counts';
import { countAll } from './library-counts-read';
import { checkLibraryCounts, VERIFY_EVERY_MS } from './library-counts-repair';
import { countsAndTruth } from './library-counts-test-support';
import { generatedLibrary } from './library-entries-test-support';
import { freshDb } from './test-db';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const T = 1_800_000_000_000;

async function expectRight(d: QubaoDb) {
  const { stored, fromRows } = await countsAndTruth(d);
  expect(stored).toEqual(fromRows);
}

describe('library counts repair', () => {
  it('rebuilds counts that were lost (table emptied behind the middleware)', async () => {
    db = freshDb();
    await db.articles.bulkPut(generatedLibrary(300));
    await db.libraryCounts.clear();
    expect(await countAll(db)).toBeNull(); // not trusted: the popup shows no number meanwhile
    expect(await checkLibraryCounts(db, T)).toBe('rebuilt');
    await expectRight(db);
    expect(await countAll(db)).toBe(300);
  });

  it('rebuilds counts flagged stale', async () => {
    db = freshDb();
    await db.articles.bulkPut(generatedLibrary(50));
    await db.libraryCounts.bulkPut([{ key: ['p', '江湾报'], n: 2 }, { key: STALE_KEY, n: 1 }]);
    expect(await checkLibraryCounts(db, T)).toBe('rebuilt');
    await expectRight(db);
    expect(await db.libraryCounts.get(STALE_KEY)).toBeUndefined();
  });

  it('recounts once a week and rebuilds what differs', async () => {
    db = freshDb();
    await db.articles.bulkPut(generatedLibrary(80));
    // A library created at this version: the first check starts the week without a recount.
    expect(await checkLibraryCounts(db, T - VERIFY_EVERY_MS)).toBe('fresh');
    expect((await db.libraryCounts.get(VERIFIED_KEY))?.n).toBe(T - VERIFY_EVERY_MS);
    expect(await checkLibraryCounts(db, T)).toBe('verified');
    expect((await db.libraryCounts.get(VERIFIED_KEY))?.n).toBe(T);
    expect(await checkLibraryCounts(db, T + 1000)).toBe('fresh');
    // A wrong count that no write has touched yet (so nothing flagged it).
    await db.libraryCounts.put({ key: ['d', '2025-01-01'], n: 99 });
    expect(await checkLibraryCounts(db, T + 2000)).toBe('fresh');
    expect(await checkLibraryCounts(db, T + VERIFY_EVERY_MS)).toBe('rebuilt');
    await expectRight(db);
    expect(await checkLibraryCounts(db, T + VERIFY_EVERY_MS + 1)).toBe('fresh');
  });

  it('treats counts of articles in an empty library as wrong', async () => {
    db = freshDb();
    await db.libraryCounts.put({ key: ALL_KEY, n: 3 });
    await db.libraryCounts.put({ key: VERIFIED_KEY, n: T });
    expect(await checkLibraryCounts(db, T)).toBe('rebuilt');
    expect(await countAll(db)).toBe(0);
  });
});
