// Learns how a paper names its issues from one of its pages, so "关注此报" can later fetch the
// newest issue: where the date sits in the URL and how it is written (/html/2024-05/08/,
// /pc/layout/202405/08/, /2024-05-08/, 20240508), and the first page of an issue (node_2.htm,
// node_01.html, node_A01.html, col01.html, nbs.D110000…_01.htm), or the paperindex.htm entry
// that redirects to the newest issue (docs/epaper-platforms.md §1, §4).
import { dateFromUrl } from '../parse/conventions/dates';
import type { ParseResult } from '../parse/types';

export interface EditionScheme {
  /** URL of an issue's first page with {yyyy} {mm} {dd} in place of the date (the form of NewspaperRecord.editionUrlScheme). */
  template: string;
  /** How the date is written, e.g. "yyyy-mm/dd", "yyyymm/dd", "yyyymmdd". */
  dateFormat: string;
  /** True when the first page was seen (page list, page 1 itself, a paperindex redirect); false when guessed from the URL shape. */
  firstPageKnown: boolean;
  /** An entry page that redirects to the newest issue (paperindex.htm), when seen or likely. */
  entryUrl: string | null;
  entryKnown: boolean;
  learnedFrom: string;
  /** Issue date of the page the scheme was learned from (ISO). */
  learnedDate: string;
}

export type LearnResult = { ok: true; scheme: EditionScheme } | { ok: false; reason: string };

/** Learns the scheme from a layout, article or paperindex page and its parse. */
export function learnEditionScheme(url: string, result: ParseResult): LearnResult {
  if (result.redirectUrl) {
    const learned = fromFirstPage(result.redirectUrl, dateFromUrl(result.redirectUrl), true);
    if (learned.ok) learned.scheme = { ...learned.scheme, entryUrl: stripNoise(url), entryKnown: true, learnedFrom: url };
    return learned;
  }
  const urlDate = dateFromUrl(url);
  const date = urlDate ?? result.date;
  const first = result.pages?.find((p) => p.url && dateFromUrl(p.url) === date)?.url ?? null;
  if (first) return withLearnedFrom(fromFirstPage(first, date, true), url);
  if (result.kind === 'layout' && isFirstPageNumber(result.page?.number)) return withLearnedFrom(fromFirstPage(url, date, true), url);
  const guessed = guessFirstPage(url, result.kind === 'layout');
  if (!guessed) return { ok: false, reason: '无法从该页面推断出报纸首版的网址' };
  return withLearnedFrom(fromFirstPage(guessed, date, false), url);
}

function withLearnedFrom(r: LearnResult, url: string): LearnResult {
  if (r.ok) r.scheme = { ...r.scheme, learnedFrom: url };
  return r;
}

/** The first page of the issue of `date`. `date` is ISO (YYYY-MM-DD). */
export function editionUrlFor(scheme: Pick<EditionScheme, 'template'>, date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`editionUrlFor: not an ISO date: ${date}`);
  return scheme.template.replaceAll('{yyyy}', m[1]!).replaceAll('{mm}', m[2]!).replaceAll('{dd}', m[3]!);
}

/**
 * The scheme as one string for NewspaperRecord.editionUrlScheme (JSON), and back. A bare
 * template string, the field's older form, reads as a scheme whose first page is known.
 */
export function schemeToStored(scheme: EditionScheme): string {
  return JSON.stringify(scheme);
}

export function schemeFromStored(value: string | null | undefined): EditionScheme | null {
  if (!value) return null;
  const valid = (t: unknown): t is string => typeof t === 'string' && /^https?:\/\//i.test(t) && t.includes('{yyyy}') && t.includes('{dd}');
  if (!value.trimStart().startsWith('{')) {
    return valid(value) ? { template: value, dateFormat: '', firstPageKnown: true, entryUrl: null, entryKnown: false, learnedFrom: '', learnedDate: '' } : null;
  }
  try {
    const v = JSON.parse(value) as Partial<EditionScheme>;
    if (!valid(v.template)) return null;
    const entry = typeof v.entryUrl === 'string' && /^https?:\/\//i.test(v.entryUrl) ? v.entryUrl : null;
    return {
      template: v.template,
      dateFormat: typeof v.dateFormat === 'string' ? v.dateFormat : '',
      firstPageKnown: v.firstPageKnown !== false,
      entryUrl: entry,
      entryKnown: !!entry && v.entryKnown === true,
      learnedFrom: typeof v.learnedFrom === 'string' ? v.learnedFrom : '',
      learnedDate: typeof v.learnedDate === 'string' ? v.learnedDate : '',
    };
  } catch {
    return null;
  }
}

/** 1, 01, A01, A1: the first page of an issue (B01 starts a later section). */
export function isFirstPageNumber(n: string | null | undefined): boolean {
  return !!n && /^A?0*1$/i.test(n.trim());
}

// Date spellings, most specific first; each replaced wherever it occurs between non-digits.
const FORMS: { name: string; text: (y: string, m: string, d: string) => string; tpl: string }[] = [
  { name: 'yyyy-mm/dd', text: (y, m, d) => `${y}-${m}/${d}`, tpl: '{yyyy}-{mm}/{dd}' },
  { name: 'yyyymm/dd', text: (y, m, d) => `${y}${m}/${d}`, tpl: '{yyyy}{mm}/{dd}' },
  { name: 'yyyy-mm-dd', text: (y, m, d) => `${y}-${m}-${d}`, tpl: '{yyyy}-{mm}-{dd}' },
  { name: 'yyyy/mm/dd', text: (y, m, d) => `${y}/${m}/${d}`, tpl: '{yyyy}/{mm}/{dd}' },
  { name: 'yyyymmdd', text: (y, m, d) => `${y}${m}${d}`, tpl: '{yyyy}{mm}{dd}' },
];

function fromFirstPage(firstUrl: string, date: string | null, known: boolean): LearnResult {
  if (!date) return { ok: false, reason: '网址中没有日期，无法推算每期的网址' };
  let u: URL;
  try {
    u = new URL(firstUrl);
  } catch {
    return { ok: false, reason: '网址无效' };
  }
  const [y, m, d] = date.split('-') as [string, string, string];
  let rest = u.pathname + (u.search.includes(y) ? u.search : '');
  let format: string | null = null;
  for (const form of FORMS) {
    const re = new RegExp(`(?<!\\d)${escape(form.text(y, m, d))}(?!\\d)`, 'g');
    if (!re.test(rest)) continue;
    rest = rest.replace(re, form.tpl);
    format ??= form.name;
  }
  if (!format) return { ok: false, reason: '网址中没有日期，无法推算每期的网址' };
  // A year or year-month folder in front of a full date (/html/2024/20240316/, /2024-03/20240316_m.html).
  rest = rest.replace(new RegExp(`/${y}-?${m}/(?=[^/]*\\{yyyy\\})`, 'g'), (s) => (s.includes('-') ? '/{yyyy}-{mm}/' : '/{yyyy}{mm}/'));
  rest = rest.replace(new RegExp(`/${y}/(?=[^/]*\\{yyyy\\})`, 'g'), '/{yyyy}/');
  const template = `${u.protocol}//${u.host}${rest}`;
  return {
    ok: true,
    scheme: { template, dateFormat: format, firstPageKnown: known, entryUrl: likelyEntry(u), entryKnown: false, learnedFrom: firstUrl, learnedDate: date },
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Classic Founder sites (…/html/ or …/content/ folders) usually answer paperindex.htm beside them. */
function likelyEntry(u: URL): string | null {
  const m = /^(.*?\/)(?:html|content)\/\d{4}-?\d{2}\/\d{2}\//i.exec(u.pathname);
  return m ? `${u.protocol}//${u.host}${m[1]}paperindex.htm` : null;
}

function stripNoise(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.search = '';
  return u.toString();
}

// Article folders and the layout folder beside them (§1.3): /pc/content → /pc/layout, /pc/con → /pc/col.
const ARTICLE_TO_LAYOUT: [RegExp, string][] = [
  [/\/(pc|PC)\/content\//, '/$1/layout/'],
  [/\/pc\/con\//i, '/pc/col/'],
  [/\/pc\/paper\/c\//i, '/pc/paper/layout/'],
];

/**
 * First page guessed from the URL shape: the page number in the file name set to 1 with the
 * same padding and letter (node_A03.html → node_A01.html, col02 → col01, l05 → l01,
 * nbs.D110000xx_03 → _01); an article URL goes to the layout folder beside it. Classic
 * node_N.htm ids are site-wide (node_2 can be page 1), so for those the paperindex entry is
 * the better way in; node_1.htm is only the fallback guess.
 */
function guessFirstPage(url: string, isLayout: boolean): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  u.hash = '';
  u.search = '';
  const slash = u.pathname.lastIndexOf('/');
  let dir = u.pathname.slice(0, slash + 1);
  const file = u.pathname.slice(slash + 1);
  let first: string | null = null;
  if (isLayout) {
    const m = /^(node_|col|l|nbs\.D\d+[a-z]+_)([A-Z]*)(\d+)(\.s?html?)$/i.exec(file);
    // One section letter → the A section (B03 → A01); longer prefixes (JSA) are kept.
    if (m) first = `${m[1]}${m[2]!.length === 1 ? 'A' : m[2]}${'1'.padStart(m[3]!.length, '0')}${m[4]}`;
  } else {
    for (const [re, to] of ARTICLE_TO_LAYOUT) if (re.test(dir)) dir = dir.replace(re, to);
    const ext = /\.(s?html?)$/i.exec(file)?.[1] ?? 'html';
    first = /\/(html|content)\/\d{4}-\d{2}\/\d{2}\/$/i.test(dir) ? `node_1.${ext}` : `node_01.${ext}`;
  }
  return first ? `${u.protocol}//${u.host}${dir}${first}` : null;
}
