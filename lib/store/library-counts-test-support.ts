// Test support: the stored running counts beside the counts the article indexes give.
import type { QubaoDb } from './db';
import { countsFromIndexes, keyText, type LibraryCountRecord } from './library-counts';

const asMap = (rows: LibraryCountRecord[]) => {
  const m: Record<string, number> = { [keyText(['all'])]: 0 };
  for (const r of rows) if (!String(r.key[0]).startsWith('#')) m[keyText(r.key)] = r.n;
  return m;
};

/** { stored, fromIndexes }: equal when the counts are right (meta rows left out). */
export async function countsAndTruth(db: QubaoDb): Promise<{ stored: Record<string, number>; fromIndexes: Record<string, number> }> {
  return db.transaction('r', [db.articles, db.libraryCounts], async () => ({
    stored: asMap(await db.libraryCounts.toArray()),
    fromIndexes: asMap(await countsFromIndexes(db.articles)),
  }));
}
