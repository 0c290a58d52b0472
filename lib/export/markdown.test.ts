import { describe, expect, it } from 'vitest';
import { articleToMarkdown, articlesToMarkdown, articlesToMarkdownZip, mdText, safeFileName } from './markdown';
import { hostileArticle, plainArticle } from './test-articles';
import { readZip } from './test-zip-reader';

describe('Markdown export', () => {
  it('writes 引题, title, 副题, the facts and the paragraphs', () => {
    const md = articleToMarkdown(plainArticle);
    expect(md.split('\n').slice(0, 5)).toEqual(['民生实事', '', '# 老旧小区加装电梯进展顺利', '', '**——今年已完工三十二部**']);
    expect(md).toContain('- 报纸：青山区报');
    expect(md).toContain('- 版次：第3版 综合新闻');
    expect(md).toContain('- 记者：王晓明、李红');
    expect(md).toContain('- 原文：<https://epaper.example.cn/html/2024-03/05/content_1.htm>');
    expect(md).toContain('\n\n截至目前，已有三十二部电梯投入使用，居民出行更方便。\n');
  });

  it('escapes markup so page text shows as typed: no tags, links, headings, lists', () => {
    const md = articleToMarkdown(hostileArticle);
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toContain('](javascript');
    expect(md).not.toContain('<javascript');
    expect(md).toContain('\\# 不是标题');
    expect(md).toContain('\\- 不是列表');
    expect(md).toContain('1\\. 不是编号');
    expect(md).toContain('\\*\\*粗\\*\\*');
    // "TY  - JOUR\nER  - " stays one paragraph
    expect(md).toContain('\nTY - JOUR ER -\n');
    expect(mdText('a\\b')).toBe('a\\\\b');
  });

  it('separates articles in one file', () => {
    expect(articlesToMarkdown([plainArticle, plainArticle]).split('\n---\n')).toHaveLength(2);
  });

  it('zips one .md per article with safe, distinct names', () => {
    const zip = articlesToMarkdownZip([plainArticle, plainArticle, hostileArticle, { title: '' }], new Date(2024, 2, 5));
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([
      '2024-03-05 青山区报 老旧小区加装电梯进展顺利.md',
      '2024-03-05 青山区报 老旧小区加装电梯进展顺利 (2).md',
      expect.stringMatching(/^2024-03-05 报,纸 名 =HYPERLINK\(_http_/),
      'article-4.md',
    ]);
    for (const e of entries) expect(e.name).not.toMatch(/[\\/:*?"<>|]/);
    expect(new TextDecoder().decode(entries[0]!.data)).toBe(articleToMarkdown(plainArticle));
  });

  it('file names: reserved and empty names fall back', () => {
    expect(safeFileName('CON')).toBe('article');
    expect(safeFileName('...')).toBe('article');
    expect([...safeFileName('长'.repeat(100))]).toHaveLength(60);
  });
});
