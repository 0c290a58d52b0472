import type { ParseResult } from '@/lib/parse';
import type { PageCapturedMessage, SiteMode, TabStatus } from '@/lib/protocol';
import { getSiteMode, saveParsedPage, type QubaoDb } from '@/lib/store';
import { parseWithWords } from './parse-with-words';
import { hasLinks, layoutSummary, writeTabLayout } from './tab-layout';
import { writeTabStatus } from './tab-status';

export interface CaptureContext {
  tabId: number;
  /** The reader asked for this page (popup "保存本页"): save whatever the site mode says. */
  manual: boolean;
  now?: number;
}

function isRedirectStub(result: ParseResult): boolean {
  return result.kind === 'none' && !result.error && !!result.redirectUrl;
}

/**
 * One captured page: parse, store according to the site's mode, and show the result on the
 * tab's badge. Returns the tab status the popup shows.
 */
export async function handleCapture(db: QubaoDb, msg: PageCapturedMessage, ctx: CaptureContext): Promise<TabStatus> {
  const origin = new URL(msg.url).origin;
  const mode: SiteMode = ctx.manual ? 'auto' : await getSiteMode(db, origin);
  const base = { url: msg.url, at: ctx.now ?? Date.now(), savedCount: 0, layoutSaved: false, awaitingSave: false, error: null, paperName: null };

  if (mode === 'off') {
    const status: TabStatus = { ...base, kind: 'none', reasons: ['site mode: off'], confidence: 0 };
    await writeTabStatus(ctx.tabId, status);
    return status;
  }

  const result = await parseWithWords({ url: msg.url, html: msg.html });
  // A 版面 page with links offers "保存本版/保存整期" in the popup, whatever the site mode.
  const withLinks = hasLinks(result);
  // Not cleared otherwise: a frame's capture must not wipe its page's layout (tab-status clears both on navigation).
  if (withLinks) await writeTabLayout(ctx.tabId, msg.url, result);
  const detected = {
    kind: result.kind,
    reasons: result.reasons,
    confidence: result.confidence,
    paperName: result.newspaper?.name ?? null,
    layout: withLinks ? layoutSummary(msg.url, result) : null,
  };

  // paperindex.htm-style entry stubs only meta-refresh to the current issue: the page they lead
  // to is captured on its own, so the stub is neither saved nor kept as a failed page.
  if (isRedirectStub(result)) {
    const status: TabStatus = { ...base, ...detected };
    await writeTabStatus(ctx.tabId, status);
    return status;
  }

  if (mode === 'ask') {
    const status: TabStatus = { ...base, ...detected, awaitingSave: result.kind !== 'none' };
    await writeTabStatus(ctx.tabId, status);
    return status;
  }

  const outcome = await saveParsedPage(db, result, { url: msg.url, title: msg.title, html: msg.html, now: ctx.now });
  const status: TabStatus = {
    ...base,
    ...detected,
    savedCount: outcome.articleIds.length,
    layoutSaved: outcome.layoutId != null,
    error: outcome.error,
  };
  await writeTabStatus(ctx.tabId, status);
  return status;
}
