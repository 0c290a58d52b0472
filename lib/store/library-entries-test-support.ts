// Test support: a library of n generated articles over a few papers and dates (text written
// here), some without a date or paper, for paging and filter tests.
import { articleRecordOf } from './search-test-support';
import type { ArticleRecord } from './types';

export const TEST_PAPERS = ['江湾报', '茅河报', '西塘日报', '东沙报'];

export function generatedArticle(i: number): ArticleRecord {
  const undated = i % 97 === 13;
  const paperless = i % 211 === 5;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
  return articleRecordOf(
    {
      id: `a${String(i).padStart(6, '0')}`,
      title: `第${i}篇 社区新闻`,
      paragraphs: [`第${i}篇的正文，讲述街道的一件小事。`],
      paperName: paperless ? null : TEST_PAPERS[i % TEST_PAPERS.length]!,
      date: undated ? null : `2025-${month}-${day}`,
      pageNumber: String(1 + (i % 8)).padStart(2, '0'),
      pageName: i % 8 === 0 ? '要闻' : '综合',
    } as never,
    1_000 + i,
  );
}

export function generatedLibrary(n: number): ArticleRecord[] {
  return Array.from({ length: n }, (_, i) => generatedArticle(i));
}
