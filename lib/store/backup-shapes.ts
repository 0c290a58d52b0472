// What an imported row of each known table must look like. An imported backup is hostile: a
// row of the wrong shape would crash the popup or reader later (a number where a list of names
// is read), so each is checked before anything is written. Tables added later without an entry
// here are checked only generically (a plain object holding its primary key); backup-shapes.test.ts
// fails when a table of the schema has no entry.

type Check = (v: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const flag: Check = (v) => v === 0 || v === 1;
const nullable = (c: Check): Check => (v) => v === null || c(v);
const optional = (c: Check): Check => (v) => v === undefined || c(v);
const arrayOf = (c: Check): Check => (v) => Array.isArray(v) && v.every(c);
const oneOf = (...xs: unknown[]): Check => (v) => xs.includes(v);
const any: Check = () => true;
const binary: Check = (v) => ArrayBuffer.isView(v);
const obj = (fields: Record<string, Check>): Check => (v) =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.entries(fields).every(([k, c]) => c((v as Record<string, unknown>)[k]));
const record = (c: Check): Check => (v) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(c);

const strings = arrayOf(str);
const pageLink = obj({ url: str });

/** Row checks of the known tables; a row must pass to be imported. */
export const ROW_SHAPES: Record<string, Check> = {
  newspapers: obj({ id: optional(num), name: str, district: nullable(str), hosts: strings, followed: flag, editionUrlScheme: nullable(str) }),
  editions: obj({ id: str, paperName: str, date: str, pageCount: nullable(num), pages: arrayOf(pageLink), updatedAt: num }),
  pages: obj({ id: str, url: str, paperName: nullable(str), date: nullable(str), editionId: nullable(str), pageNumber: nullable(str), pageName: nullable(str), editors: strings, articleLinks: arrayOf(obj({ title: str, url: nullable(str) })), savedAt: num }),
  articles: obj({
    id: str,
    url: str,
    pageUrl: str,
    paperName: nullable(str),
    date: nullable(str),
    pageNumber: nullable(str),
    pageName: nullable(str),
    title: str,
    introTitle: nullable(str),
    subtitle: nullable(str),
    reporters: strings,
    correspondents: strings,
    photographers: strings,
    otherCredits: record(strings),
    paragraphs: strings,
    images: arrayOf(obj({ src: str, caption: nullable(str) })),
    continuedFrom: nullable(str),
    continuedTo: nullable(str),
    savedAt: num,
    updatedAt: num,
    read: flag,
    starred: flag,
    tags: strings,
    parseStatus: oneOf('ok', 'failed'),
    parseError: nullable(str),
    rawText: nullable(str),
    keywords: strings,
  }),
  watchTopics: obj({ id: optional(num), name: str, anyOf: strings, mustHave: strings, exclude: strings, scope: oneOf('headline', 'body', 'both'), newspapers: strings, mode: oneOf('word', 'substring'), muted: flag, createdAt: num }),
  topicAlerts: obj({ id: str, topicId: (v) => num(v) || str(v), topicName: str, articleId: str, articleUrl: str, title: str, terms: strings, snippet: obj({ text: str }), createdAt: num, read: flag }),
  follows: obj({ paperId: num, name: str, scheme: str, origin: str, state: obj({ nextCheckAt: num }), nextCheckAt: num, createdAt: num }),
  jobs: obj({ id: optional(num), kind: str, status: oneOf('queued', 'running', 'done', 'failed', 'cancelled'), createdAt: num, updatedAt: num }),
  settings: obj({ key: str, value: any }),
  siteModes: obj({ origin: str, mode: oneOf('auto', 'ask', 'off'), updatedAt: num }),
  fetchValidators: obj({ url: str, etag: nullable(str), lastModified: nullable(str), fetchedAt: num }),
  searchDocs: obj({ id: str, terms: strings, counts: arrayOf(num), version: num }),
  termStats: obj({ term: str, df: num }),
  searchDocNos: obj({ docNo: num, id: str }),
  searchPostings: obj({ term: str, block: num, docs: binary, tf: binary, head: binary, len: optional(binary) }),
  searchDocLengths: obj({ block: num, len: binary }),
  articleMarks: obj({ articleId: str, starred: flag, readAt: num, tags: strings, updatedAt: num }),
  inbox: obj({ id: str, url: str, html: str, manual: flag, stage: oneOf('received', 'stored'), articleIds: strings, receivedAt: num, attempts: num, nextAttemptAt: num }),
  alertNotices: obj({ id: str, notifiedAt: num }),
  // Running counts (migration 011): exported like every table but never imported. The import's own
  // article writes keep them (library-counts-middleware.ts); backup-merge.ts skips these rows.
  libraryCounts: obj({ key: (v) => Array.isArray(v) && v.length > 0 && v.every(str), n: num }),
};

export function rowHasShape(table: string, row: unknown): boolean {
  const check = ROW_SHAPES[table];
  if (!row || typeof row !== 'object' || Array.isArray(row)) return false;
  return check ? check(row) : true;
}
