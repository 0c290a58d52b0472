// People's-Daily-style source lines: 《 人民政协报 》 ( 2023年01月28日   第 02-03 版),
// 《人民日报》（2024年12月07日 第 01 版）. They name the paper, the date and the page at once.
import { parseChineseDate } from './dates';
import { normalizePageNumber } from './chinese-numerals';

export interface SourceLine {
  newspaper: string;
  date: string | null;
  page: string | null;
}

const SOURCE =
  /《\s*([^《》\n]{2,20}?)\s*》\s*[（(]\s*([^()（）\n]{0,40}?)\s*[)）]/;

/** Parses a source line anywhere in `s` (it may follow a byline); null when there is none. */
export function parseSourceLine(s: string): SourceLine | null {
  if (!s.includes('《')) return null; // SOURCE needs one; most lines have none
  const m = SOURCE.exec(s);
  if (!m) return null;
  const inner = m[2] ?? '';
  const date = parseChineseDate(inner);
  const page = /第\s*([A-Za-z]{0,3}\d{1,3}(?:\s*[-－]\s*\d{1,3})?|[一二三四五六七八九十]{1,3})\s*版/.exec(inner);
  // A book title in brackets ("《红楼梦》（节选）") is not a source line: a date or a page is required.
  if (!date && !page) return null;
  return {
    newspaper: (m[1] ?? '').replace(/\s+/g, ''),
    date,
    page: page ? normalizePageNumber((page[1] ?? '').replace(/\s+/g, '').replace('－', '-')) : null,
  };
}

/** The exact matched span of the source line, to cut it out of a byline or body. */
export function sourceLineSpan(s: string): { start: number; end: number } | null {
  if (!s.includes('《')) return null;
  const m = SOURCE.exec(s);
  if (!m || !parseSourceLine(m[0])) return null;
  return { start: m.index, end: m.index + m[0].length };
}
