import type { Migration } from './types';

// First schema. Index notes: `&id` keys are deterministic (dedupe), `*terms`/`*keywords`/`*tags`
// are multiEntry (search, filters), `[paperName+date]` serves "this issue" views.
export const migration001: Migration = {
  version: 1,
  stores: {
    newspapers: '++id, &name, *hosts, followed',
    editions: '&id, paperName, date, [paperName+date]',
    pages: '&id, url, editionId, [paperName+date], savedAt',
    articles: '&id, url, savedAt, date, paperName, [paperName+date], kind, parseStatus, read, starred, *tags, *terms, *keywords',
    topics: '++id, &name',
    alerts: '++id, topicId, articleId, createdAt, seen',
    jobs: '++id, kind, status, createdAt',
    settings: '&key',
    siteModes: '&origin',
  },
};
