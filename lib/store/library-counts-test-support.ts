// Test support: the stored running counts beside counts tallied here from the rows by hand
// (independent of countKeysOf / countsFromRows, so a mistake there shows).
import type { QubaoDb } from './db';
import type { LibraryCountRecord } from './library-counts';

const text = (k: unknown[]) => JSON.stringify(k);

function tally(rows: { date?: unknown; paperName?: unknown }[]): Record<string, number> {
  const m: Record<string, number> = { [text(['all'])]: rows.length };
  const bump = (k: unknown[]) => void (m[text(k)] = (m[text(k)] ?? 0) + 1);
  for (const a of rows) {
    if (typeof a.date === 'string') bump(['d', a.date]);
    if (typeof a.paperName === 'string') bump(['p', a.paperName]);
    if (typeof a.date === 'string' && typeof a.paperName === 'string') bump(['pd', a.paperName, a.date]);
  }
  return m;
}

const stored = (rows: LibraryCountRecord[]) => {
  const m: Record<string, number> = { [text(['all'])]: 0 };
  for (const r of rows) if (!String(r.key[0]).startsWith('#')) m[text(r.key)] = r.n;
  return m;
};

/** { stored, fromRows }: equal when the counts are right (meta rows left out). */
export async function countsAndTruth(db: QubaoDb): Promise<{ stored: Record<string, number>; fromRows: Record<string, number> }> {
  return db.transaction('r', [db.articles, db.libraryCounts], async () => ({
    stored: stored(await db.libraryCounts.toArray()),
    fromRows: tally(await db.articles.toArray()),
  }));
}
