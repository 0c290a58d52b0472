import { groupSeries } from '../library/continuations';
import { listArticles } from './articles';
import type { QubaoDb } from './db';
import type { ArticleRecord } from './types';

// Continued articles are linked at read time, not stored. The link depends on two records that
// arrive in either order (page 2 may be saved first), may be re-parsed with better markers or
// titles, or deleted; a stored seriesKey would have to be recomputed on every one of those writes
// and repaired by a migration whenever the matching rules improve. Reading is cheap: only listed
// articles that carry a 上接/下转 marker cause one [paperName+date] index query for their issue.

/** One row of the library: a single article, or the parts of a continued article in order. */
export interface LibraryEntry {
  /** The first part's id (what the reader opens). */
  id: string;
  lead: ArticleRecord;
  parts: ArticleRecord[];
}

function continues(a: ArticleRecord): boolean {
  return a.parseStatus === 'ok' && !!a.paperName && !!a.date && !!(a.continuedFrom || a.continuedTo);
}

/** The series of every continued article among `rows`, by article id. */
export async function seriesFor(db: QubaoDb, rows: ArticleRecord[]): Promise<Map<string, ArticleRecord[]>> {
  const issues = new Map<string, [string, string]>();
  for (const a of rows) if (continues(a)) issues.set(`${a.paperName}|${a.date}`, [a.paperName!, a.date!]);
  const out = new Map<string, ArticleRecord[]>();
  for (const key of issues.values()) {
    const issue = (await db.articles.where('[paperName+date]').equals(key).toArray()).filter(continues);
    issue.sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
    for (const series of groupSeries(issue)) for (const p of series) out.set(p.id, series);
  }
  return out;
}

/** Saved articles newest first, continued articles folded into one entry at the place of their newest part. */
export async function listLibraryEntries(db: QubaoDb, opts: { limit?: number; offset?: number } = {}): Promise<LibraryEntry[]> {
  const rows = await listArticles(db, opts);
  const series = await seriesFor(db, rows);
  const shown = new Set<string>();
  const out: LibraryEntry[] = [];
  for (const row of rows) {
    const parts = series.get(row.id) ?? [row];
    const lead = parts[0]!;
    if (shown.has(lead.id)) continue;
    shown.add(lead.id);
    out.push({ id: lead.id, lead, parts });
  }
  return out;
}

/** The article with this id and any parts it continues into or from, in reading order; null when missing. */
export async function readArticleParts(db: QubaoDb, id: string): Promise<ArticleRecord[] | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  return (await seriesFor(db, [article])).get(id) ?? [article];
}
