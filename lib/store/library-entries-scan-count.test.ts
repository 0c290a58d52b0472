import { afterEach, describe, expect, it } from 'vitest';
import type { QubaoDb } from './db';
import { NO_FILTER } from './library-entries-filter';
import { countByScan, LibraryPager } from './library-entries-pager';
import { generatedLibrary } from './library-entries-test-support';
import { freshDb } from './test-db';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

describe('countByScan (filters no count answers)', () => {
  it('counts the entries the list shows, chunk by chunk', async () => {
    db = freshDb();
    await db.articles.bulkPut(generatedLibrary(700));
    const f = { ...NO_FILTER, page: '要闻' };
    const pager = await LibraryPager.open(db, f);
    while (!pager.done) await pager.more(1000);
    expect(await countByScan(db, f, () => true, 50)).toBe(pager.entries.length);
  });

  it('stops at the next chunk once the answer is no longer wanted', async () => {
    db = freshDb();
    await db.articles.bulkPut(generatedLibrary(700));
    let asked = 0;
    // Wanted for the first two chunks only (the filter changed, or the popup closed).
    expect(await countByScan(db, { ...NO_FILTER, page: '综合' }, () => ++asked <= 2, 50)).toBeNull();
    expect(asked).toBe(3);
  });
});
