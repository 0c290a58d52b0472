import type { ParseResult } from '@/lib/parse';
import type { SiteMode, TabStatus } from '@/lib/protocol';
import { getSiteMode, saveParsedPage, type QubaoDb } from '@/lib/store';
import { markInboxStored, removeInboxItem, type InboxRecord } from '@/lib/store/inbox';
import { t } from '@/components/i18n';
import { parseWithWords } from './parse-with-words';
import { hasLinks, layoutSummary } from './tab-layout';

// The parse and store steps of one inbox row (capture.ts writes the row, inbox-runner.ts runs
// the steps and what follows). No transaction is open while the page is parsed.

export interface StoreStep {
  status: TabStatus;
  /** The parse, for the tab's 版面 layout (null when the row was stored by an earlier run). */
  result: ParseResult | null;
  /** Articles written (to index and match), or null when nothing was to be saved or the write failed. */
  articleIds: string[] | null;
}

function isRedirectStub(result: ParseResult): boolean {
  return result.kind === 'none' && !result.error && !!result.redirectUrl;
}

/**
 * The status of a page that could not be written (the popup shows `error` as it is). `kept`: the
 * page waits in the inbox for a retry; otherwise even the inbox write failed.
 */
export function notSavedStatus(url: string, at: number, e: unknown, kept: boolean): TabStatus {
  const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const error = t(kept ? 'durabilityNotSaved' : 'durabilityNotKept', why);
  return { url, at, kind: 'none', reasons: [], confidence: 0, savedCount: 0, layoutSaved: false, awaitingSave: false, paperName: null, error, unsaved: true };
}

/**
 * The parse and store steps of one inbox row (not yet stored). Rows that are not to be saved
 * (site off, "ask" mode, redirect stubs) are removed here; saved ones are marked `stored` in the
 * transaction that writes their articles.
 */
export async function storeInboxRow(db: QubaoDb, row: InboxRecord, now: number): Promise<StoreStep> {
  const origin = new URL(row.url).origin;
  const mode: SiteMode = row.manual ? 'auto' : await getSiteMode(db, origin);
  const base = { url: row.url, at: now, savedCount: 0, layoutSaved: false, awaitingSave: false, error: null, paperName: null };

  if (mode === 'off') {
    await removeInboxItem(db, row.id);
    return { status: { ...base, kind: 'none', reasons: ['site mode: off'], confidence: 0 }, result: null, articleIds: null };
  }

  const result = await parseWithWords({ url: row.url, html: row.html });
  const withLinks = hasLinks(result);
  const detected = {
    kind: result.kind,
    reasons: result.reasons,
    confidence: result.confidence,
    paperName: result.newspaper?.name ?? null,
    layout: withLinks ? layoutSummary(row.url, result) : null,
  };

  // paperindex.htm-style entry stubs only meta-refresh to the current issue: the page they lead
  // to is captured on its own, so the stub is neither saved nor kept as a failed page.
  if (isRedirectStub(result) || mode === 'ask') {
    await removeInboxItem(db, row.id);
    const status: TabStatus = { ...base, ...detected, awaitingSave: mode === 'ask' && result.kind !== 'none' };
    return { status, result, articleIds: null };
  }

  let status: TabStatus | null = null;
  let articleIds: string[] = [];
  await db.transaction('rw', [db.articles, db.pages, db.editions, db.newspapers, db.inbox], async () => {
    const outcome = await saveParsedPage(db, result, { url: row.url, title: row.title, html: row.html, now });
    status = { ...base, ...detected, savedCount: outcome.articleIds.length, layoutSaved: outcome.layoutId != null, error: outcome.error };
    articleIds = outcome.articleIds;
    await markInboxStored(db, row.id, articleIds, status);
  });
  return { status: status!, result, articleIds };
}
