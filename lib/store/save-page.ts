import type { ParseResult, ParsedArticle } from '../parse/types';
import { articleKey, canonicalUrl, editionKey, failedPageKey, layoutPageKey } from '../library/dedupe-key';
import { articleFingerprint } from '../library/fingerprint';
import { htmlToRawText } from '../library/strip-html';
import { paperForUrl } from '../sites/known-papers';
import type { QubaoDb } from './db';
import type { ArticleRecord, PageRecord } from './types';

export interface SaveMeta {
  url: string;
  title: string;
  html: string;
  now?: number;
}

export interface SaveOutcome {
  kind: ParseResult['kind'];
  articleIds: string[];
  layoutId: string | null;
  /** Set when the page was kept as raw text (or its articles carry a parse error). */
  error: string | null;
}

function toParagraphs(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Which of the parsed articles are worth keeping as articles (layout entries without text are links, not articles). */
function keptArticles(result: ParseResult): ParsedArticle[] {
  if (result.kind === 'article') return result.articles.filter((a) => a.title.trim() || a.body.trim());
  return result.articles.filter((a) => a.body.trim());
}

function describeFailure(result: ParseResult): string {
  if (result.error) return result.error;
  if (result.kind === 'none') return `not recognised as a newspaper page (${result.reasons.join('; ') || 'no signals'})`;
  return 'no article text found';
}

/**
 * Stores one parsed page: its articles (deduplicated by key, keeping the reader's flags and the
 * first savedAt), the 版面 page record and edition for layout pages, and the newspaper. A page
 * that failed to parse is kept as raw text with its error; it never replaces a good record.
 */
export async function saveParsedPage(db: QubaoDb, result: ParseResult, meta: SaveMeta): Promise<SaveOutcome> {
  const now = meta.now ?? Date.now();
  const known = paperForUrl(meta.url);
  const paperName = result.newspaper?.name ?? known?.name ?? null;
  const district = result.newspaper?.district ?? known?.district ?? null;
  const articles = keptArticles(result);
  const isLayout = result.kind === 'layout';
  const failed = result.error != null || result.kind === 'none' || (!isLayout && articles.length === 0);
  const error = failed ? describeFailure(result) : null;
  const rawText = failed ? htmlToRawText(meta.html) : null;

  const base = {
    pageUrl: meta.url,
    paperName,
    district,
    date: result.date,
    pageNumber: result.page?.number ?? null,
    pageName: result.page?.name ?? null,
    pageKind: result.kind,
    family: result.family ?? null,
    reasons: result.reasons,
    parseStatus: failed ? ('failed' as const) : ('ok' as const),
    parseError: error,
    rawText,
  };

  const records: ArticleRecord[] = articles.map((a, i) => ({
    ...base,
    fingerprint: failed ? null : articleFingerprint(a.title, toParagraphs(a.body)),
    id: articleKey(meta.url, a.url, i, articles.length),
    url: a.url ?? meta.url,
    title: a.title.trim() || meta.title.trim(),
    introTitle: a.introTitle,
    subtitle: a.subtitle,
    kind: a.kind,
    reporters: a.reporters,
    correspondents: a.correspondents,
    photographers: a.photographers,
    otherCredits: a.otherCredits ?? {},
    paragraphs: toParagraphs(a.body),
    images: a.images ?? [],
    continuedFrom: a.continuedFrom,
    continuedTo: a.continuedTo,
    ...freshFlags(now),
  }));
  if (failed && !isLayout && records.length === 0) {
    records.push({
      ...base,
      id: failedPageKey(meta.url),
      fingerprint: null,
      url: meta.url,
      title: meta.title.trim() || canonicalUrl(meta.url),
      introTitle: null,
      subtitle: null,
      kind: 'other',
      reporters: [],
      correspondents: [],
      photographers: [],
      otherCredits: {},
      paragraphs: [],
      images: [],
      continuedFrom: null,
      continuedTo: null,
      ...freshFlags(now),
    });
  }

  let layoutId: string | null = null;
  const savedIds: string[] = [];
  await db.transaction('rw', [db.articles, db.pages, db.editions, db.newspapers], async () => {
    for (const rec of records) savedIds.push(await putMerged(db, rec));
    if (isLayout) layoutId = await putLayout(db, result, meta.url, paperName, now);
    if (paperName) await upsertNewspaper(db, paperName, district, new URL(meta.url).hostname);
  });
  return { kind: result.kind, articleIds: savedIds, layoutId, error };
}

function freshFlags(now: number) {
  return { savedAt: now, updatedAt: now, read: 0 as const, starred: 0 as const, tags: [], terms: [], keywords: [] };
}

/** Writes one article and returns the id it is stored under (an earlier copy's, for a duplicate). */
async function putMerged(db: QubaoDb, rec: ArticleRecord): Promise<string> {
  const old = await db.articles.get(rec.id);
  if (!old) {
    // The same text already saved from another URL: keep that one, do not add a twin.
    const twin = rec.fingerprint ? await db.articles.where('fingerprint').equals(rec.fingerprint).first() : undefined;
    if (twin) return twin.id;
    await db.articles.put(rec);
    return rec.id;
  }
  // A failed capture of a page we already read well (network hiccup, half-loaded SPA) changes nothing.
  if (rec.parseStatus === 'failed' && old.parseStatus === 'ok') return old.id;
  await db.articles.put({
    ...rec,
    savedAt: old.savedAt,
    read: old.read,
    starred: old.starred,
    tags: old.tags,
    terms: old.terms,
    keywords: old.keywords,
  });
  return rec.id;
}

async function putLayout(db: QubaoDb, result: ParseResult, url: string, paperName: string | null, now: number): Promise<string> {
  const id = layoutPageKey(url, paperName, result.date, result.page?.number ?? null);
  const editionId = paperName && result.date ? editionKey(paperName, result.date) : null;
  const old = await db.pages.get(id);
  const rec: PageRecord = {
    id,
    url: canonicalUrl(url),
    paperName,
    date: result.date,
    editionId,
    pageNumber: result.page?.number ?? null,
    pageName: result.page?.name ?? null,
    editors: result.editors,
    pdfUrl: result.pdfUrl ?? null,
    articleLinks: result.articles.map((a) => ({ title: a.title, url: a.url })),
    savedAt: old?.savedAt ?? now,
  };
  await db.pages.put(rec);
  if (editionId && paperName && result.date) {
    const oldEdition = await db.editions.get(editionId);
    const pages = result.pages?.length ? result.pages : (oldEdition?.pages ?? []);
    await db.editions.put({ id: editionId, paperName, date: result.date, pageCount: pages.length || null, pages, updatedAt: now });
  }
  return id;
}

async function upsertNewspaper(db: QubaoDb, name: string, district: string | null, host: string): Promise<void> {
  const old = await db.newspapers.where('name').equals(name).first();
  if (!old) {
    await db.newspapers.add({ name, district, hosts: [host], followed: 0, editionUrlScheme: null });
    return;
  }
  const hosts = old.hosts.includes(host) ? old.hosts : [...old.hosts, host];
  if (hosts !== old.hosts || (district && !old.district)) {
    await db.newspapers.update(old.id!, { hosts, district: old.district ?? district });
  }
}
