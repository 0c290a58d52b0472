// Pages through the library in list order without ever loading it whole. Two shapes:
// - index walks (no id-set filter): one reversed range of `date` or `[paperName+date]` per
//   segment, resumed by key (keyset paging: the next page starts at the last row's index key and
//   skips what was already returned), so page 500 costs what page 1 costs; rows no index holds
//   (no date, or no paper when grouping by paper) come last from one primary-key scan.
// - id sets (topic, place, tag, starred): the ids come from their own index, the rows are read
//   once in chunks to sort them, and pages are bulkGets of the sorted ids.
import type { Collection } from 'dexie';
import { readIds, starredIds, taggedIds } from './article-marks';
import type { QubaoDb } from './db';
import { countedPapers } from './library-counts-read';
import { searchDocsWithTerm } from './search-postings';
import { compareForGroup, isUnindexed, rowTest, type LibraryFilter } from './library-entries-filter';
import type { ArticleRecord } from './types';

export interface LibraryCursor {
  /** Up to n more rows in list order; fewer only at the end. */
  next(n: number): Promise<ArticleRecord[]>;
}

type Key = string | string[];
interface Segment {
  kind: 'range';
  index: string;
  lower: Key;
  upper: Key;
  keyOf: (a: ArticleRecord) => Key;
}
/** Rows that no index in use holds, read by primary key. */
interface Scan {
  kind: 'scan';
  holds: (a: ArticleRecord) => boolean;
}

const TOP = '\uffff';
const sameKey = (a: Key, b: Key) => (Array.isArray(a) ? Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]) : a === b);

async function segmentsFor(db: QubaoDb, f: LibraryFilter): Promise<(Segment | Scan)[]> {
  const from = f.from ?? '';
  const to = f.to ?? TOP;
  const byPaper = (p: string): Segment => ({ kind: 'range', index: '[paperName+date]', lower: [p, from], upper: [p, to], keyOf: (a) => [a.paperName ?? '', a.date ?? ''] });
  const dated = f.from == null && f.to == null;
  let out: (Segment | Scan)[];
  if (f.paper) out = [byPaper(f.paper)];
  else if (f.groupBy === 'date') out = [{ kind: 'range', index: 'date', lower: from, upper: to, keyOf: (a) => a.date ?? '' }];
  // Papers from the running counts (a few rows); the index's distinct keys walk every entry in Chromium.
  else out = ((await countedPapers(db)) ?? ((await db.articles.orderBy('paperName').uniqueKeys()) as string[])).map(byPaper);
  if (dated) {
    const holds = f.paper ? (a: ArticleRecord) => a.paperName === f.paper && !a.date : (a: ArticleRecord) => isUnindexed(a, f.groupBy);
    out.push({ kind: 'scan', holds });
  }
  return out;
}

class IndexCursor implements LibraryCursor {
  private seg = 0;
  private last: { key: Key; id: string } | null = null;
  constructor(
    private readonly db: QubaoDb,
    private readonly segments: (Segment | Scan)[],
    private readonly test: (a: ArticleRecord) => boolean,
  ) {}

  async next(n: number): Promise<ArticleRecord[]> {
    const out: ArticleRecord[] = [];
    while (out.length < n && this.seg < this.segments.length) {
      const s = this.segments[this.seg]!;
      const want = n - out.length;
      const rows = await this.read(s, want);
      out.push(...rows);
      const tail = rows[rows.length - 1];
      if (rows.length < want || !tail) {
        this.seg += 1;
        this.last = null;
      } else this.last = { key: s.kind === 'scan' ? tail.id : s.keyOf(tail), id: tail.id };
    }
    return out;
  }

  private read(s: Segment | Scan, n: number): Promise<ArticleRecord[]> {
    const last = this.last;
    let c: Collection<ArticleRecord, string>;
    if (s.kind === 'scan') {
      c = (last ? this.db.articles.where(':id').below(last.id) : this.db.articles.orderBy(':id')).reverse().filter((a) => s.holds(a) && this.test(a));
    } else {
      // A reversed walk visits equal keys by descending id: resume at the last key, below its id.
      c = this.db.articles
        .where(s.index)
        .between(s.lower, last ? last.key : s.upper, true, true)
        .reverse()
        .filter((a) => (!last || !sameKey(s.keyOf(a), last.key) || a.id < last.id) && this.test(a));
    }
    return c.limit(n).toArray();
  }
}

async function idSetFor(db: QubaoDb, f: LibraryFilter): Promise<string[]> {
  const sets: string[][] = [];
  if (f.topicId != null) sets.push(await db.topicAlerts.where('topicId').equals(f.topicId).toArray((rows) => rows.map((r) => r.articleId)));
  if (f.tag) sets.push(await taggedIds(db, f.tag));
  if (f.state === 'starred') sets.push(await starredIds(db));
  if (f.place) sets.push(await placeIds(db, f.place));
  const [first = [], ...rest] = sets;
  const others = rest.map((s) => new Set(s));
  return [...new Set(first)].filter((id) => others.every((s) => s.has(id)));
}

/** Articles whose analysis lists this place: candidates from the term's posting blocks, confirmed by the entities. */
export async function placeIds(db: QubaoDb, place: string): Promise<string[]> {
  const docs = await searchDocsWithTerm(db, place);
  return docs.filter((d) => d.entities?.places.some((p) => p.name === place || p.district === place)).map((d) => d.id);
}

class IdListCursor implements LibraryCursor {
  private at = 0;
  constructor(
    private readonly db: QubaoDb,
    private readonly ids: string[],
  ) {}
  async next(n: number): Promise<ArticleRecord[]> {
    const slice = this.ids.slice(this.at, this.at + n);
    this.at += slice.length;
    return (await this.db.articles.bulkGet(slice)).filter((a): a is ArticleRecord => !!a);
  }
}

const SORT_CHUNK = 500;

export async function openLibraryCursor(db: QubaoDb, f: LibraryFilter): Promise<LibraryCursor> {
  const read = f.state === 'unread' ? new Set(await readIds(db)) : null;
  const test = rowTest(f, read);
  if (f.topicId == null && !f.place && !f.tag && f.state !== 'starred') {
    return new IndexCursor(db, await segmentsFor(db, f), test);
  }
  const ids = await idSetFor(db, f);
  // Only the sort keys are kept: a large starred set must not hold every article body.
  const kept: Pick<ArticleRecord, 'id' | 'date' | 'paperName'>[] = [];
  for (let i = 0; i < ids.length; i += SORT_CHUNK) {
    for (const a of await db.articles.bulkGet(ids.slice(i, i + SORT_CHUNK))) if (a && test(a)) kept.push({ id: a.id, date: a.date, paperName: a.paperName });
  }
  kept.sort(compareForGroup(f.groupBy));
  return new IdListCursor(db, kept.map((a) => a.id));
}
