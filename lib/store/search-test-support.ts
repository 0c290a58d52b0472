// Test support: the lib/text sample articles as stored article records.
import type { SearchableArticle } from '../search/types';
import type { ArticleRecord } from './types';

export function articleRecordOf(a: SearchableArticle, savedAt = 1): ArticleRecord {
  return {
    url: `http://paper.example.cn/${a.id}.htm`,
    pageUrl: `http://paper.example.cn/${a.id}.htm`,
    district: a.paperName === '金山报' ? '上海市金山区' : null,
    kind: 'news',
    pageKind: 'article',
    family: null,
    otherCredits: {},
    images: [],
    continuedFrom: null,
    continuedTo: null,
    savedAt,
    updatedAt: savedAt,
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
    ...a,
    paperName: a.paperName ?? null,
    date: a.date ?? null,
    pageNumber: a.pageNumber ?? null,
    pageName: a.pageName ?? null,
    introTitle: a.introTitle ?? null,
    subtitle: a.subtitle ?? null,
    reporters: a.reporters ?? [],
    correspondents: a.correspondents ?? [],
    photographers: a.photographers ?? [],
  } as ArticleRecord;
}
