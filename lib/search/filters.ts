// Field filters of a query against a document's indexed fields (both sides normalised).
import type { DocMeta, QueryFilters } from './types';

export function hasFilters(f: QueryFilters): boolean {
  return f.papers.length + f.pages.length + f.people.length + f.dates.length > 0;
}

/** "A01" → {letters: "a", num: 1}; "要闻" → null (a page name, not a number). */
function pageNumber(s: string): { letters: string; num: number } | null {
  const m = /^([a-z]*)0*(\d+)$/.exec(s.replace(/^第|版$/g, ''));
  return m ? { letters: m[1] ?? '', num: Number(m[2]) } : null;
}

/** 版:1 matches pages 1, 01 and A01 (no letter asked); 版:A1 only A01; 版:要闻 the page name. */
export function pageMatches(meta: Pick<DocMeta, 'page' | 'pageName'>, wanted: string): boolean {
  const want = pageNumber(wanted);
  if (want && meta.page) {
    const have = pageNumber(meta.page);
    if (have && have.num === want.num && (!want.letters || want.letters === have.letters)) return true;
  }
  return !want && !!meta.pageName && meta.pageName.includes(wanted);
}

export function matchesFilters(meta: DocMeta, f: QueryFilters): boolean {
  if (f.papers.length && !f.papers.some((p) => !!meta.paper && meta.paper.includes(p))) return false;
  if (f.pages.length && !f.pages.some((p) => pageMatches(meta, p))) return false;
  if (f.people.length && !f.people.some((p) => meta.people.some((name) => name.includes(p)))) return false;
  if (f.dates.length && !f.dates.some((r) => !!meta.date && meta.date >= r.from && meta.date <= r.to)) return false;
  return true;
}
