// "关注此报": the popup names a tab; the background learns the paper's edition scheme from the
// page shown there (lib/crawl/edition-scheme) and stores the follow. The popup has already asked
// for the site's host permission in the click (permissions.request needs the user gesture); the
// check here only refuses to follow what could never be fetched.
import { browser } from 'wxt/browser';
import { learnEditionScheme } from '@/lib/crawl/edition-scheme';
import { decodeHtml } from '@/lib/parse/charset';
import type { ParseResult } from '@/lib/parse';
import { coveringPatternForUrl } from '@/lib/library/match-patterns';
import type { FollowStartResponse } from '@/lib/protocol-alerts';
import type { QubaoDb } from '@/lib/store';
import { followPaper } from '@/lib/store/follows';
import { paperForUrl } from '@/lib/sites/known-papers';
import { parseSafely } from './parse-with-words';
import { readTabLayout } from './tab-layout';
import { readTabStatus } from './tab-status';
import { readBoundedBody } from '@/lib/crawl/bounded-body';

export type PageReader = (url: string) => Promise<ParseResult | null>;

/** Fetches and parses a page with the extension's fetch (no cookies), for article pages, whose parse is not kept per tab. */
export const fetchAndParse: PageReader = async (url) => {
  const res = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  if (!res.ok) return null;
  const html = decodeHtml(new Uint8Array(await readBoundedBody(res)), res.headers.get('content-type'));
  return parseSafely({ url: res.url || url, html }, null);
};

export async function startFollow(db: QubaoDb, tabId: number, readPage: PageReader = fetchAndParse, now = Date.now()): Promise<FollowStartResponse> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? null;
  if (!url || !coveringPatternForUrl(url)) return { ok: false, error: 'the tab shows no web page' };
  // A 版面 page's parse is kept for the tab (with its page list); other pages are read again.
  const layout = await readTabLayout(tabId);
  const result = layout && layout.url === url ? layout.result : await readPage(url).catch(() => null);
  if (!result || result.kind === 'none') return { ok: false, error: '这个页面不是电子报页面' };
  const learned = learnEditionScheme(url, result);
  if (!learned.ok) return { ok: false, error: learned.reason };
  const pattern = coveringPatternForUrl(learned.scheme.template.replace(/\{(yyyy|mm|dd)\}/g, '0'));
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return { ok: false, error: 'no host permission for this site' };
  const status = await readTabStatus(tabId);
  const name = result.newspaper?.name ?? status?.paperName ?? paperForUrl(url)?.name ?? new URL(url).hostname;
  const rec = await followPaper(db, name, learned.scheme, now);
  return { ok: true, paperId: rec.paperId, name: rec.name };
}
