// 版次/版名 labels: 第1版：要闻, 第A01版：头版, 01版：要闻, A01： 头版, (01) 要闻, 第1版 头版,
// 第002版：要闻时政, 第02-03版:要闻, A02版:要闻, 02:要闻; and page numbers carried by URLs.
import { normalizePageNumber } from './chinese-numerals';

export interface PageLabel {
  /** As printed ("1", "A01", "02-03"); Chinese numerals become Arabic. */
  number: string;
  name: string | null;
}

const NUM = '[A-Za-z]{0,3}\\d{1,3}(?:\\s*[-－~]\\s*[A-Za-z]{0,3}\\d{1,3})?|[一二三四五六七八九十]{1,3}';
const NAME = '([^\\s:：)）][^:：]{0,15}?)';
const LABELS: RegExp[] = [
  new RegExp(`^第\\s*(${NUM})\\s*版\\s*(?:[:：]\\s*|\\s+)?${NAME}?$`),
  new RegExp(`^(${NUM})\\s*版\\s*(?:[:：]\\s*|\\s+)${NAME}?$`),
  new RegExp(`^(${NUM})\\s*版$`),
  new RegExp(`^[（(]\\s*(${NUM})\\s*[)）]\\s*${NAME}$`),
  new RegExp(`^([A-Za-z]{0,3}\\d{1,3})\\s*[:：]\\s*${NAME}$`),
];

const LABEL_CHARS = /[版（(:：]/;

/** A page label line → { number, name }; null for anything else (a sentence, a date). */
export function parsePageLabel(s: string): PageLabel | null {
  // Every shape needs 版, an opening bracket or a colon (removing tags and spaces adds none).
  if (!LABEL_CHARS.test(s)) return null;
  const t = s.replace(/<[^>]*>/g, '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  if (!t || t.length > 30) return null;
  for (const re of LABELS) {
    const m = re.exec(t);
    if (!m) continue;
    const number = normalizePageNumber(m[1]!.replace(/\s+/g, '').replace('－', '-'));
    const name = m[2]?.trim().replace(/\s+/g, ' ') || null;
    // "2023:…" or "12:30" are not page labels.
    if (/^\d{4,}$/.test(number) || (name && /^\d/.test(name))) continue;
    return { number, name };
  }
  return null;
}

/**
 * Page number from a URL where it is really a page number: /part/2/, node_A01.html, colA01.html,
 * _01.htm (nbs), /001/node.htm. Classic `node_2.htm` is a site node id, not a page: never used.
 */
export function pageFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const shapes: RegExp[] = [
    /\/part\/([A-Za-z]{0,3}\d{1,3})\//,
    /\/node_([A-Za-z]{1,3}\d{1,3})\.html?$/, // lettered ids are page ids
    /\/pc\/(?:layout|col)\/\d{6}\/\d{2}\/node_(\d{2,3})\.html?$/, // pc family: node_01.html is page 01
    /\/col_?([A-Za-z]{0,3}\d{1,3})\.html?$/,
    /\.D\d+[a-z]+_(\d{2,3})\.html?$/, // nbs.D110000renmrb_01.htm
    /\/(\d{3})\/node\.html?$/,
  ];
  for (const re of shapes) {
    const m = re.exec(path);
    if (m?.[1]) return m[1];
  }
  return null;
}
