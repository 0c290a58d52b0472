import type { ArticleRecord } from '@/lib/store/types';
import type { LibraryEntry } from '@/lib/store/library-entries';

/** An article record with every field filled, for component tests. */
export function sampleArticle(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'http://epaper.example.cn/html/2026-05/06/content_12.htm',
    url: 'http://epaper.example.cn/html/2026-05/06/content_12.htm',
    pageUrl: 'http://epaper.example.cn/html/2026-05/06/content_12.htm',
    paperName: '江湾报',
    district: null,
    date: '2026-05-06',
    pageNumber: '03',
    pageName: '综合新闻',
    title: '新桥今日通车',
    introTitle: '连接两岸的第三座桥',
    subtitle: '——沿线居民出行缩短二十分钟',
    kind: 'news',
    pageKind: 'article',
    family: 'founder-classic',
    reporters: ['李四', '王五'],
    correspondents: ['赵六'],
    photographers: [],
    otherCredits: {},
    paragraphs: ['第一段正文。', '第二段正文。'],
    images: [],
    continuedFrom: null,
    continuedTo: null,
    savedAt: 1,
    updatedAt: 1,
    read: 0,
    starred: 0,
    tags: [],
    parseStatus: 'ok',
    parseError: null,
    rawText: null,
    reasons: [],
    fingerprint: null,
    terms: [],
    keywords: [],
    ...over,
  };
}

/** A library entry of one article, or of several parts when given. */
export function sampleEntry(lead: ArticleRecord = sampleArticle(), more: ArticleRecord[] = []): LibraryEntry {
  return { id: lead.id, lead, parts: [lead, ...more] };
}
