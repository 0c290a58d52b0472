// What the library list shows: grouping and filters, and the row-level test they imply.
import { pageMatches } from '../search/filters';
import type { ArticleRecord } from './types';

export type LibraryGroupBy = 'date' | 'paper';
export type LibraryState = 'all' | 'unread' | 'starred';

export interface LibraryFilter {
  groupBy: LibraryGroupBy;
  /** Exact paper name (the list of papers comes from the paperName index). */
  paper: string | null;
  /** Issue date range, YYYY-MM-DD, either end open. */
  from: string | null;
  to: string | null;
  /** 版次 as typed: "1" matches 01 and A01, "A1" only A01, a name such as 要闻 the 版名. */
  page: string | null;
  /** Articles with an alert for this topic. */
  topicId: number | null;
  /** Articles whose search analysis found this place. */
  place: string | null;
  tag: string | null;
  state: LibraryState;
}

export const NO_FILTER: LibraryFilter = { groupBy: 'date', paper: null, from: null, to: null, page: null, topicId: null, place: null, tag: null, state: 'all' };

/** Filters that name a set of ids (alerts, analysis, marks) rather than a range of an article index. */
export function usesIdSet(f: LibraryFilter): boolean {
  return f.topicId != null || !!f.place || !!f.tag || f.state === 'starred';
}

/** True when only index ranges narrow the list, so counts are index counts (no row is read). */
export function isIndexOnly(f: LibraryFilter): boolean {
  return !usesIdSet(f) && !f.page && f.state === 'all';
}

/** The group an article falls in: its issue date, or its paper ('' = unknown). */
export function groupKeyOf(a: Pick<ArticleRecord, 'date' | 'paperName'>, by: LibraryGroupBy): string {
  return (by === 'date' ? a.date : a.paperName) ?? '';
}

/** The row-level part of a filter (what no index answers); `readIds` for the unread filter. */
export function rowTest(f: LibraryFilter, readIds: Set<string> | null): (a: ArticleRecord) => boolean {
  const page = f.page?.trim().toLowerCase() || null;
  return (a) => {
    if (f.paper && a.paperName !== f.paper) return false;
    if (f.from && (!a.date || a.date < f.from)) return false;
    if (f.to && (!a.date || a.date > f.to)) return false;
    if (page && !pageMatches({ page: a.pageNumber?.toLowerCase() ?? null, pageName: a.pageName }, page)) return false;
    if (f.state === 'unread' && readIds?.has(a.id)) return false;
    return true;
  };
}

/** Rows no index of the grouping holds (no date; or no paper when by paper): listed last. */
export function isUnindexed(a: Pick<ArticleRecord, 'date' | 'paperName'>, by: LibraryGroupBy): boolean {
  return !a.date || (by === 'paper' && !a.paperName);
}

type SortKeys = Pick<ArticleRecord, 'id' | 'date' | 'paperName'>;
/**
 * Library order, the order the index walks give: by date (newest issue first) or by paper (A→Z,
 * newest issue first within); equal keys by id descending; unindexed rows last, by id descending.
 */
export function compareForGroup(by: LibraryGroupBy): (a: SortKeys, b: SortKeys) => number {
  const byId = (a: SortKeys, b: SortKeys) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  const desc = (x: string, y: string) => (x === y ? 0 : x < y ? 1 : -1);
  return (a, b) => {
    const ua = isUnindexed(a, by);
    const ub = isUnindexed(b, by);
    if (ua || ub) return ua && ub ? byId(a, b) : ua ? 1 : -1;
    return (by === 'paper' ? -desc(a.paperName!, b.paperName!) || desc(a.date!, b.date!) : desc(a.date!, b.date!)) || byId(a, b);
  };
}

/** Whether anything narrows the list (grouping does not). */
export function isFiltered(f: LibraryFilter): boolean {
  return !!(f.paper || f.from || f.to || f.page || f.place || f.tag) || f.topicId != null || f.state !== 'all';
}
