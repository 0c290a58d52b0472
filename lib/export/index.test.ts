import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArticles, joinParts } from './index';
import { plainArticle } from './test-articles';

describe('exportArticles', () => {
  const now = new Date(2024, 2, 5, 14, 7);

  it('names and types each format', () => {
    const files = EXPORT_FORMATS.map((f) => exportArticles(f, [plainArticle], { now }));
    expect(files.map((f) => f.filename)).toEqual(['qubao-20240305-1407.csv', 'qubao-20240305-1407.md', 'qubao-20240305-1407.zip', 'qubao-20240305-1407.ris', 'qubao-20240305-1407.txt']);
    for (const f of files) expect(f.bytes.length).toBeGreaterThan(20);
    expect(Array.from(files[0]!.bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(Array.from(files[2]!.bytes.slice(0, 4))).toEqual([0x50, 0x4b, 3, 4]);
    expect(new TextDecoder().decode(files[4]!.bytes)).toMatch(/^\[1\] 王晓明/);
  });

  it('joins the parts of a continued article in order', () => {
    const second = { ...plainArticle, pageNumber: '07', paragraphs: ['（下转第7版）后续内容。'], reporters: ['李红', '孙二'] };
    const joined = joinParts([plainArticle, second]);
    expect(joined.pageNumber).toBe('3, 7');
    expect(joined.reporters).toEqual(['王晓明', '李红', '孙二']);
    expect(joined.paragraphs).toHaveLength(3);
    expect(joined.paragraphs![2]).toBe('（下转第7版）后续内容。');
  });
});
