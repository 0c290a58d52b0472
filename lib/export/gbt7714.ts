import { type ExportArticle, bareNumber, httpUrl, oneLine, textAuthors } from './article';

// A reference to a newspaper article in the form of GB/T 7714-2015 (信息与文献 参考文献著录规则):
//   主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).
// e.g. 张三, 李四. 题名[N]. 某某日报, 2024-03-05(3).
// Rules applied: up to three creators are listed, more are cut to the first three followed by
// ", 等" (", et al." when the names are in Latin letters); creators are separated by ", ";
// a subtitle is 其他题名信息 after ": "; 版次 is the page number without padding; an
// unknown creator is left out so the reference starts with the title (allowed for numbered
// references). The online form adds [N/OL], the access date in brackets and the URL.

export interface CitationOptions {
  /** Cite as an online resource: [N/OL], 引用日期 and URL (when the article has an http(s) URL). */
  online?: boolean;
  /** 引用日期 (YYYY-MM-DD) for the online form; default today in local time. */
  accessed?: string;
}

const latin = (name: string) => /^[\p{Script=Latin}\s.'-]+$/u.test(name);

export function gbtCreators(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, 3).join(', ');
  if (names.length <= 3) return shown;
  return `${shown}, ${names.every(latin) ? 'et al' : '等'}`;
}

/** Ends the element with "." unless it already ends with sentence punctuation. */
const closed = (s: string) => (/[.?!。？！]$/.test(s) ? s : `${s}.`);

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The reference of one article (one line, no number in front). */
export function gbt7714Citation(a: ExportArticle, opts: CitationOptions = {}): string {
  const creators = gbtCreators(textAuthors(a));
  const subtitle = oneLine(a.subtitle).replace(/^[—–\-－~～\s]+/, '');
  const title = oneLine(a.title) + (subtitle ? `: ${subtitle}` : '');
  const url = opts.online ? httpUrl(a.url) : null;
  const paper = oneLine(a.paperName);
  const date = oneLine(a.date);
  const page = bareNumber(a.pageNumber);
  let source = [paper, date].filter(Boolean).join(', ');
  if (page) source += `(${page})`;
  const parts: string[] = [];
  if (creators) parts.push(closed(creators));
  parts.push(`${title}[${url ? 'N/OL' : 'N'}]`.trim() + '.');
  if (source) parts.push(url ? `${source}[${opts.accessed ?? localDate(new Date())}].` : `${source}.`);
  else if (url) parts.push(`[${opts.accessed ?? localDate(new Date())}].`);
  if (url) parts.push(`${url}.`);
  return parts.join(' ');
}

/** A numbered list of references, one per line: "[1] …". */
export function gbt7714List(articles: readonly ExportArticle[], opts: CitationOptions = {}): string {
  return articles.map((a, i) => `[${i + 1}] ${gbt7714Citation(a, opts)}`).join('\n');
}
