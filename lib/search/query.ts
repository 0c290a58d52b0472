// Query syntax: words (all required), "quoted phrases" (checked against the text), -exclude and
// -"excluded phrase", and field filters 报:金山报  版:1 / 版:要闻  记者:杨季峰  日期:2023-12 and
// 日期:2023-12-01..2023-12-31 (either end may be left open). The query is normalised first, so
// full-width ：“” and traditional characters work as typed.
import { normalize } from '../text/normalize';
import type { DateRange, ParsedQuery, QueryFilters } from './types';

const FIELDS: Record<string, keyof QueryFilters> = {
  报: 'papers', 报纸: 'papers', 报名: 'papers', paper: 'papers',
  版: 'pages', 版面: 'pages', 版次: 'pages', page: 'pages',
  记者: 'people', 作者: 'people', 通讯员: 'people', 摄影: 'people', 人: 'people', by: 'people', reporter: 'people',
  日期: 'dates', 时间: 'dates', date: 'dates',
};

// -? field: "value" | value ; or -? "phrase" ; or -? word
const TOKEN = /(-?)(?:([^\s:"]+):(?:"([^"]*)"?|(\S*))|"([^"]*)"?|(\S+))/g;

export function emptyFilters(): QueryFilters {
  return { papers: [], pages: [], people: [], dates: [] };
}

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { include: [], exclude: [], filters: emptyFilters() };
  const text = normalize(input);
  for (const m of text.matchAll(TOKEN)) {
    const [, neg = '', field, fieldQuoted, fieldBare, phrase, word] = m;
    const target = neg ? q.exclude : q.include;
    if (field !== undefined) {
      const value = (fieldQuoted ?? fieldBare ?? '').trim();
      const key = FIELDS[field];
      if (key && value) {
        // Negated filters (-报:x) are not supported: dropped rather than misread as words.
        if (neg) continue;
        if (key === 'dates') {
          const range = parseDateRange(value);
          if (range) q.filters.dates.push(range);
        } else q.filters[key].push(value.replace(/\s+/g, ''));
        continue;
      }
      if (key) continue; // a known field with nothing after it: ignore
      // Not a field (e.g. 比分3:1): the whole thing is a word.
      pushItem(target, m[0].slice(neg.length), false);
      continue;
    }
    if (phrase !== undefined) pushItem(target, phrase, true);
    else if (word !== undefined) pushItem(target, word, false);
  }
  return q;
}

function pushItem(list: ParsedQuery['include'], raw: string, phrase: boolean): void {
  const text = raw.trim();
  if (text && text !== '-') list.push({ text, phrase });
}

/** 2023 | 2023-12 | 2023-12-05 | 2023年12月5日 | 2023.12.05 | 20231205, and ranges a..b. */
export function parseDateRange(value: string): DateRange | null {
  const parts = value.split(/\.\.|~|至/);
  if (parts.length > 2) return null;
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    const from = a.trim() ? parseDate(a) : '0000';
    const to = b.trim() ? parseDate(b) : '9999';
    if (!from || !to) return null;
    return { from, to: to + '~' };
  }
  const d = parseDate(value);
  return d ? { from: d, to: d + '~' } : null;
}

function parseDate(s: string): string | null {
  const t = s.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const m = /^(\d{4})(?:[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?月?)?年?$/.exec(t);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d && (Number(d) < 1 || Number(d) > 31)) return null;
  return [y, mo?.padStart(2, '0'), d?.padStart(2, '0')].filter(Boolean).join('-');
}
