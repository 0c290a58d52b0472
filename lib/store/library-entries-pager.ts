// The library list as the popup pages it: rows from a LibraryCursor folded into entries
// (continued articles once, at the place of their first part in list order), plus counts read
// from the running counts (library-counts.ts).
import type { QubaoDb } from './db';
import { openLibraryCursor, type LibraryCursor } from './library-entries-cursor';
import { isIndexOnly, type LibraryFilter } from './library-entries-filter';
import { seriesFor, type LibraryEntry } from './library-entries';
import { countAll, countedPapers, countWhere } from './library-counts-read';

export class LibraryPager {
  readonly entries: LibraryEntry[] = [];
  done = false;
  private readonly shown = new Set<string>();

  private constructor(
    private readonly db: QubaoDb,
    private readonly cursor: LibraryCursor,
  ) {}

  static async open(db: QubaoDb, filter: LibraryFilter): Promise<LibraryPager> {
    return new LibraryPager(db, await openLibraryCursor(db, filter));
  }

  /** Reads at least `n` more rows (fewer at the end) and returns the entries added. */
  async more(n: number): Promise<LibraryEntry[]> {
    if (this.done) return [];
    const rows = await this.cursor.next(n);
    if (rows.length < n) this.done = true;
    const series = await seriesFor(this.db, rows);
    const added: LibraryEntry[] = [];
    for (const row of rows) {
      const parts = series.get(row.id) ?? [row];
      const lead = parts[0]!;
      if (this.shown.has(lead.id)) continue;
      this.shown.add(lead.id);
      added.push({ id: lead.id, lead, parts });
    }
    this.entries.push(...added);
    return added;
  }
}

/**
 * Articles the filter matches, from the running counts (library-counts.ts: a few small rows,
 * never an index count, which in Chromium walks every entry); null when only a scan could tell
 * (filters that read rows or id sets) or the counts are being repaired.
 */
export async function countLibrary(db: QubaoDb, f: LibraryFilter): Promise<number | null> {
  if (!isIndexOnly(f)) return null;
  if (!f.paper && f.from == null && f.to == null) return countAll(db);
  return countWhere(db, { paper: f.paper, from: f.from, to: f.to });
}

/** Articles in one group (a date, or a paper) under an index-only filter; null otherwise. */
export async function countGroup(db: QubaoDb, f: LibraryFilter, key: string): Promise<number | null> {
  if (!isIndexOnly(f) || !key) return null;
  if (f.groupBy === 'paper') return countWhere(db, { paper: key, from: f.from, to: f.to });
  return countWhere(db, { paper: f.paper, date: key });
}

/**
 * Entries a filter no count answers (版次, unread, topic, place, tag, starred), by paging through
 * the list a chunk at a time; stops (null) as soon as `live()` says the answer is no longer
 * wanted, so a changed filter or a closed popup leaves at most one chunk's read behind it.
 */
export async function countByScan(db: QubaoDb, f: LibraryFilter, live: () => boolean, chunk = 500): Promise<number | null> {
  const pager = await LibraryPager.open(db, f);
  let n = 0;
  while (!pager.done) {
    if (!live()) return null;
    n += (await pager.more(chunk)).length;
    pager.entries.length = 0; // only the number is wanted
    await new Promise((r) => setTimeout(r, 0)); // let the list's own reads and the page go first
  }
  return live() ? n : null;
}

/** Every entry the filter matches, in list order, as entry id → part ids (bulk "select all"). */
export async function allLibraryEntryIds(db: QubaoDb, f: LibraryFilter): Promise<Map<string, string[]>> {
  const pager = await LibraryPager.open(db, f);
  const out = new Map<string, string[]>();
  while (!pager.done) {
    for (const e of await pager.more(2000)) out.set(e.id, e.parts.map((p) => p.id));
    pager.entries.length = 0; // only the ids are wanted: let the rows go
  }
  return out;
}

/** Paper names in the library, for the paper filter: from the counts, else the index's distinct keys (no row read). */
export async function libraryPapers(db: QubaoDb): Promise<string[]> {
  return (await countedPapers(db)) ?? ((await db.articles.orderBy('paperName').uniqueKeys()) as string[]);
}
