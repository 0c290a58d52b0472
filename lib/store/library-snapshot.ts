// The popup's first page as it was last shown (text fields only), kept in the extension origin's
// localStorage: every extension page shares it and reads it synchronously, so the next popup can
// paint its rows before Dexie is loaded or the database opened. It is a hint, never the truth:
// the popup always reads the real first page too and replaces these rows with it (deleted or
// changed articles go within the same open), then writes the snapshot again. The background
// (captures) has no localStorage and cannot refresh it; the revalidation covers that.
import type { ArticleMarkRecord } from './article-marks-types';
import { PAGE_STORAGE } from './keys';
import type { LibraryEntry } from './library-entries';
import type { ArticleRecord, ParseStatus } from './types';

export const LIBRARY_SNAPSHOT_KEY = PAGE_STORAGE.libraryFirstPage;
/** Bumped whenever the stored shape changes: an older or newer snapshot is ignored. */
const FORMAT = 1;
/** Longest text kept per field: a row shows one line of each. */
const MAX_TEXT = 500;
const MAX_ENTRIES = 100;
const MAX_PARTS = 50;
const PARSE_STATUSES: readonly ParseStatus[] = ['ok', 'failed'];

/** What a row draws of an article; nothing else of the record is kept. */
type RowText = Pick<ArticleRecord, 'id' | 'title' | 'paperName' | 'date' | 'pageNumber' | 'pageName' | 'parseStatus' | 'parseError'>;
const TEXT_FIELDS = ['paperName', 'date', 'pageNumber', 'pageName', 'parseError'] as const;

export interface LibrarySnapshot {
  /** Entries whose lead and parts carry only the row's text (see `rowArticle`); ids are real. */
  entries: LibraryEntry[];
  marks: Map<string, ArticleMarkRecord>;
}

interface Stored {
  format: number;
  entries: Array<{ lead: RowText; parts: RowText[] }>;
  marks: Array<[string, 0 | 1, number, string[]]>;
}

const rowText = (a: ArticleRecord): RowText => ({
  id: a.id,
  title: a.title.slice(0, MAX_TEXT),
  paperName: a.paperName?.slice(0, MAX_TEXT) ?? null,
  date: a.date?.slice(0, MAX_TEXT) ?? null,
  pageNumber: a.pageNumber?.slice(0, MAX_TEXT) ?? null,
  pageName: a.pageName?.slice(0, MAX_TEXT) ?? null,
  parseStatus: a.parseStatus,
  parseError: a.parseError?.slice(0, MAX_TEXT) ?? null,
});

/**
 * A full ArticleRecord around a row's text: the other fields empty, so nothing built on a
 * snapshot entry (it lives until the real page replaces it) can read stale body text.
 */
function rowArticle(t: RowText): ArticleRecord {
  return {
    ...t,
    url: '', pageUrl: '', district: null, introTitle: null, subtitle: null, kind: 'news', pageKind: 'article', family: null,
    reporters: [], correspondents: [], photographers: [], otherCredits: {}, paragraphs: [], images: [], continuedFrom: null, continuedTo: null,
    savedAt: 0, updatedAt: 0, read: 0, starred: 0, tags: [], rawText: null, reasons: [], fingerprint: null, terms: [], keywords: [],
  };
}

/** The snapshot's text for the first entries and their marks. */
export function snapshotText(entries: readonly LibraryEntry[], marks: ReadonlyMap<string, ArticleMarkRecord>): string {
  const kept = entries.slice(0, MAX_ENTRIES);
  const stored: Stored = {
    format: FORMAT,
    entries: kept.map((e) => ({ lead: rowText(e.lead), parts: e.parts.slice(0, MAX_PARTS).map(rowText) })),
    marks: kept.flatMap((e) => {
      const m = marks.get(e.id);
      return m ? [[e.id, m.starred, m.readAt, m.tags.slice(0, 20)] as Stored['marks'][number]] : [];
    }),
  };
  return JSON.stringify(stored);
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const isTextOrNull = (v: unknown) => v === null || isText(v);

function validRow(v: unknown): v is RowText {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return isText(r.id) && r.id !== '' && isText(r.title) && PARSE_STATUSES.includes(r.parseStatus as ParseStatus) && TEXT_FIELDS.every((k) => isTextOrNull(r[k]));
}

/** The snapshot in `text`, or null when it is absent, of another format, or not exactly the stored shape. */
export function parseSnapshot(text: string | null): LibrarySnapshot | null {
  if (!text) return null;
  let s: Stored;
  try {
    s = JSON.parse(text) as Stored;
  } catch {
    return null;
  }
  if (s?.format !== FORMAT || !Array.isArray(s.entries) || !Array.isArray(s.marks) || s.entries.length === 0 || s.entries.length > MAX_ENTRIES) return null;
  const entries: LibraryEntry[] = [];
  for (const e of s.entries) {
    if (!validRow(e?.lead) || !Array.isArray(e.parts) || e.parts.length === 0 || e.parts.length > MAX_PARTS || !e.parts.every(validRow)) return null;
    entries.push({ id: e.lead.id, lead: rowArticle(e.lead), parts: e.parts.map(rowArticle) });
  }
  const marks = new Map<string, ArticleMarkRecord>();
  for (const m of s.marks) {
    if (!Array.isArray(m) || !isText(m[0]) || (m[1] !== 0 && m[1] !== 1) || typeof m[2] !== 'number' || !Array.isArray(m[3]) || !m[3].every(isText)) return null;
    marks.set(m[0], { articleId: m[0], starred: m[1], readAt: m[2], tags: m[3], updatedAt: 0 });
  }
  return { entries, marks };
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const pageStorage = (): Store | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled
  }
};

export function readLibrarySnapshot(store: Store | null = pageStorage()): LibrarySnapshot | null {
  try {
    return parseSnapshot(store?.getItem(LIBRARY_SNAPSHOT_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Keeps the first entries for the next popup; an empty list removes the snapshot (an empty library paints from the database). */
export function writeLibrarySnapshot(entries: readonly LibraryEntry[], marks: ReadonlyMap<string, ArticleMarkRecord>, store: Store | null = pageStorage()): void {
  try {
    if (entries.length === 0) store?.removeItem(LIBRARY_SNAPSHOT_KEY);
    else store?.setItem(LIBRARY_SNAPSHOT_KEY, snapshotText(entries, marks));
  } catch {
    // quota or storage disabled: the next popup reads the database first, as without a snapshot
  }
}
