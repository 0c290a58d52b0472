// Page-level facts shared by article and layout pages: the paper's name, the issue date and
// the page (版次/版名). Each is read from the most reliable place first: the Founder property
// comment, the site registry, a People's-Daily-style source line, the markup, then the URL.
import { paperForUrl } from '../../sites/known-papers';
import { dateFromUrl, parseChineseDate } from '../conventions/dates';
import { pageFromUrl, parsePageLabel, type PageLabel } from '../conventions/page-label';
import { parseSourceLine, type SourceLine } from '../conventions/source-line';
import { attr, innerText, select, selectFirst, type Document, type Element } from '../dom';
import { PAGE_LINK_SELECTORS } from './layout-links';
import type { Newspaper, PageInfo } from '../types';
import { enp, type EnpProperties } from './enpproperty';

const PAPER_SUFFIX = '(?:日报|晚报|早报|时报|商报|周报|导报|快报|侨报|简报|报)';
const PAPER_NAME = new RegExp(`^([\\p{Script=Han}]{2,10}?${PAPER_SUFFIX})(?:社)?(?:数字报刊?|电子报|电子版|数字版|官网)?(?:平台)?$`, 'u');
// A credit naming its paper: "海南日报全媒体记者 X", "宝安日报记者 X".
const CREDIT_PAPER = new RegExp(`([\\p{Script=Han}]{2,6}?(?:日报|晚报|时报))(?:全媒体|融媒体|首席|特约|见习|实习)*(?:记者|通讯员|摄影)`, 'u');

// "来源：金河工人报 2024-05-08" (Founder cloud's p.datesource).
const SOURCE_LABEL = new RegExp(`^来源[:：]\\s*([\\p{Script=Han}]{2,10}?${PAPER_SUFFIX})(?![\\p{Script=Han}])`, 'u');

function firstMatch(lines: string[], re: RegExp): string | null {
  for (const line of lines.slice(0, 200)) {
    const m = re.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** A heading that is only a paper's name (a masthead h1 such as "某某日报"), not an article title. */
export function isPaperName(s: string): boolean {
  // Stricter than PAPER_NAME: a headline may well end in 报 (喜报, 情况通报), rarely in 日报.
  return /^[\p{Script=Han}]{2,8}(日报|晚报|早报|时报|商报|都市报|区报|县报|新区报|工人报)(社)?$/u.test(s.replace(/\s+/g, ''));
}

/** The paper's name in a <title> such as "打造新型传媒集团·江西日报社数字报" or "标题 - 某某区报". */
export function paperFromTitle(title: string, articleTitle?: string | null): string | null {
  const parts = title.split(/\s*[-_|｜·•—–:：,，\s]\s*/).filter(Boolean);
  const names = parts
    .reverse()
    .filter((part) => !(articleTitle && part === articleTitle))
    .map((part) => PAPER_NAME.exec(part)?.[1])
    .filter((n): n is string => !!n);
  // "羊城晚报-羊城派数字报": a name that is only "X数字报" is the reading app's brand, not the paper.
  return names.find((n) => !/(数字|电子)报$/.test(n)) ?? names[0] ?? null;
}

/** The <title> text. Read from its children: textLines skips a <title> element itself (head text is no body text). */
export function pageTitleText(doc: Document): string {
  return innerText(selectFirst(doc, 'title')?.children ?? null);
}

export interface MetaSources {
  doc: Document;
  url: string | null;
  props: EnpProperties;
  /** Text lines of the page body. */
  lines: string[];
  source: SourceLine | null;
  articleTitle?: string | null;
}

export function readNewspaper(s: MetaSources): Newspaper | null {
  const known = paperForUrl(s.url);
  const printed =
    enp(s.props, 'founder-papername') ??
    s.source?.newspaper ??
    paperFromTitle(pageTitleText(s.doc), s.articleTitle) ??
    firstMatch(s.lines, SOURCE_LABEL) ??
    firstMatch(s.lines, CREDIT_PAPER);
  if (known && (!printed || printed === known.name)) return { name: known.name, district: known.district };
  if (printed) return { name: printed, district: null };
  return known ? { name: known.name, district: known.district } : null;
}

/** Elements that print the issue date on the supported templates. */
const DATE_SELECTORS = ['span#date', '#date', '.date', 'p.rq', '.rq', 'span.newstime', 'p.datesource', 'div.header-date', 'td.date'];

const DATED_LABEL = /第\s*([A-Za-z]{0,3}\d{1,3})\s*版\s*(?:[:：]\s*([^\s:：]{1,12}))?/;

/** A short line printing the issue: "2017年7月22日 星期六", "某区报 2024年01月05日 第2版：综合". */
export function isMastheadLine(line: string): boolean {
  return line.length <= 60 && !!parseChineseDate(line) && (/星期|周[一二三四五六日天]/.test(line) || DATED_LABEL.test(line));
}

export function readDate(s: MetaSources): string | null {
  const fromProps = parseChineseDate(enp(s.props, 'founder-date') ?? '');
  if (fromProps) return fromProps;
  if (s.source?.date) return s.source.date;
  const fromUrl = dateFromUrl(s.url);
  if (fromUrl) return fromUrl;
  for (const sel of DATE_SELECTORS) {
    for (const el of select(s.doc, sel)) {
      const d = parseChineseDate(innerText(el));
      if (d) return d;
    }
  }
  // A date line such as "2017年7月22日 星期六" near the top of the page.
  for (const line of s.lines.slice(0, 80)) if (isMastheadLine(line)) return parseChineseDate(line);
  return parseChineseDate(enp(s.props, 'date') ?? '');
}

/** Elements that print the current page's label (第A01版：头版) on the supported templates. */
export const PAGE_LABEL_SELECTORS = [
  'td.bm01', 'td.px12', 'td#currentBM', '#currentBM', 'span#layout', '.ban', 'div.l_t', '.newslisttit em', 'span.banming2',
  '.pic-info-summary', 'div.tabs h3', 'td[width="145"][align="left"]', '.paper-bm', '.bmname', '.bm-name', '[class*="banming"]',
  '[class*="banci"]',
];

function toPage(label: PageLabel | null): PageInfo | null {
  return label ? { number: label.number, name: label.name } : null;
}


/**
 * The page label among the first text lines: a line holding a date and 第N版 ("2024-05-08 第01版：要闻",
 * printed above an article) first, then a line that is only a label.
 */
function pageFromLines(lines: string[]): PageInfo | null {
  const head = lines.slice(0, 60);
  for (const line of head) {
    const m = DATED_LABEL.exec(line);
    if (m?.[1] && parseChineseDate(line)) return { number: m[1], name: m[2] ?? null };
  }
  for (const line of head) {
    const label = parsePageLabel(line);
    if (label && /版/.test(line)) return toPage(label);
  }
  return null;
}

/**
 * A label cell's own text: links inside it are navigation (第1版：要闻 <a>返回本版</a>), not part of
 * the page name. A cell that is nothing but a link falls back to its whole text at the caller.
 */
function labelText(el: Element): string {
  return innerText(el.children.filter((c) => !(c.type === 'tag' && (c as Element).name === 'a')));
}

const MARKED_CURRENT = /(^|\s)(active|cur|current|on|selected|sel|hover)(\s|$)/i;

/** The page list's entry marked as the one shown (class active/cur/on on the link or its li): an article page's own page. */
function markedPageLink(doc: Document): PageInfo | null {
  for (const sel of PAGE_LINK_SELECTORS) {
    for (const a of select(doc, sel)) {
      const li = a.parent as Element | null;
      const marked = MARKED_CURRENT.test(attr(a, 'class') ?? '') || (li?.type === 'tag' && li.name === 'li' && MARKED_CURRENT.test(attr(li, 'class') ?? ''));
      if (marked) return toPage(parsePageLabel(innerText(a)));
    }
  }
  return null;
}

/** Texts of the page list: lines that name every page, not the page shown. */
function pageListTexts(doc: Document): Set<string> {
  return new Set(PAGE_LINK_SELECTORS.flatMap((sel) => select(doc, sel).map((a) => innerText(a))));
}

export function readPage(s: MetaSources, current: PageInfo | null = null): PageInfo | null {
  current ??= markedPageLink(s.doc);
  const num = enp(s.props, 'founder-pagenum');
  let page: PageInfo | null = null;
  for (const sel of PAGE_LABEL_SELECTORS) {
    for (const el of select(s.doc, sel)) {
      page = toPage(parsePageLabel(labelText(el)) ?? parsePageLabel(innerText(el)));
      if (page) break;
    }
    if (page) break;
  }
  page ??= current ?? toPage(parsePageLabel(enp(s.props, 'nodename') ?? '')); // web-CMS <nodename>02版：要闻</nodename>
  if (num) return { number: num, name: page && samePage(page.number, num) ? page.name : (current?.name ?? page?.name ?? null) };
  if (page) return page;
  if (s.source?.page) return { number: s.source.page, name: null };
  const fromUrl = pageFromUrl(s.url);
  if (fromUrl) return { number: fromUrl, name: null };
  const listed = pageListTexts(s.doc);
  return pageFromLines(listed.size ? s.lines.filter((l) => !listed.has(l)) : s.lines);
}

export function samePage(a: string, b: string): boolean {
  const n = (x: string) => (/^\d+$/.test(x) ? String(Number(x)) : x.toUpperCase());
  return n(a) === n(b);
}
