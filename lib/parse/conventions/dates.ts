// Issue dates as printed (2017年7月22日, 2023年01月28日, a text layer's "2024年03 16") and as
// carried in e-paper URLs (/html/2017-07/22/, /pc/layout/202404/30/, paperdate/20240316, 2024-03-16).
import { chineseNumeralToNumber } from './chinese-numerals';

function iso(y: number, m: number, d: number): string | null {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 2月30日 and the like
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : (chineseNumeralToNumber(s) ?? NaN));

const FULL = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
// "2024年03 16": the 月/日 glyphs lost in a text layer.
const LOST_GLYPHS = /(\d{4})\s*年\s*(\d{1,2})\s+(\d{1,2})(?!\d)/;
const DASHED = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/;

// FULL and LOST_GLYPHS need 年, DASHED an ASCII digit.
const DATE_CHARS = /[年0-9]/;

/** First date in the string as ISO "YYYY-MM-DD", or null. */
export function parseChineseDate(s: string): string | null {
  if (!DATE_CHARS.test(s)) return null; // the cheap test: most lines name no date
  for (const re of [FULL, LOST_GLYPHS, DASHED]) {
    const m = re.exec(s);
    if (!m) continue;
    const out = iso(num(m[1]!), num(m[2]!), num(m[3]!));
    if (out) return out;
  }
  return null;
}

// Order matters: the most specific shapes first.
const URL_SHAPES: RegExp[] = [
  /(?<!\d)(\d{4})-(\d{2})\/(\d{2})(?!\d)/, // /html/2017-07/22/
  /(?<!\d)(\d{4})(\d{2})\/(\d{2})(?!\d)/, // /pc/layout/202404/30/
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, // ?period_date=2024-03-16, /2024-03-16/
  /(?<![\d])(\d{4})(\d{2})(\d{2})(?![\d])/, // paperdate/20240316, /20260618_m.html
];

/** Issue date from an e-paper URL, or null. Plain article ids (content_37152) never match. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  for (const re of URL_SHAPES) {
    const m = re.exec(path);
    if (!m) continue;
    const out = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (out) return out;
  }
  return null;
}
