import { type ExportArticle, bareNumber, bodyParagraphs, httpUrl, oneLine, photographers, textAuthors } from './article';

// CSV for spreadsheets (RFC 4180): UTF-8 with a byte-order mark so Excel reads Chinese as
// UTF-8 rather than the system code page, CRLF between records, every field quoted only when it
// has to be. Cells that a spreadsheet would run as a formula are defused with a leading quote.

export const CSV_BOM = '\uFEFF';

/** One column: its header and how to read it from an article. */
interface Column {
  header: string;
  value: (a: ExportArticle) => string;
}

const list = (xs: readonly string[]) => xs.join('、');

export const CSV_COLUMNS: readonly Column[] = [
  { header: '标题', value: (a) => oneLine(a.title) },
  { header: '引题', value: (a) => oneLine(a.introTitle) },
  { header: '副题', value: (a) => oneLine(a.subtitle) },
  { header: '作者', value: (a) => list(textAuthors(a)) },
  { header: '记者', value: (a) => list((a.reporters ?? []).map(oneLine).filter(Boolean)) },
  { header: '通讯员', value: (a) => list((a.correspondents ?? []).map(oneLine).filter(Boolean)) },
  { header: '摄影', value: (a) => list(photographers(a)) },
  { header: '报纸', value: (a) => oneLine(a.paperName) },
  { header: '日期', value: (a) => oneLine(a.date) },
  { header: '版次', value: (a) => bareNumber(a.pageNumber) },
  { header: '版名', value: (a) => oneLine(a.pageName) },
  { header: '链接', value: (a) => httpUrl(a.url) ?? '' },
  { header: '关键词', value: (a) => list((a.keywords ?? []).map(oneLine).filter(Boolean)) },
  { header: '标签', value: (a) => list((a.tags ?? []).map(oneLine).filter(Boolean)) },
  // Paragraphs one per line inside the quoted cell (Excel shows them with Alt+Enter breaks).
  { header: '正文', value: (a) => bodyParagraphs(a).join('\n') },
];

/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection), full-width forms too. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** One cell: formula guard, then RFC 4180 quoting (quotes doubled; quoted when it holds , " CR or LF). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** The whole file as text, BOM first. */
export function articlesToCsv(articles: readonly ExportArticle[]): string {
  const rows = [csvRow(CSV_COLUMNS.map((c) => c.header)), ...articles.map((a) => csvRow(CSV_COLUMNS.map((c) => c.value(a))))];
  return CSV_BOM + rows.join('\r\n') + '\r\n';
}
