import { browser } from 'wxt/browser';
import type { ParseResult } from '@/lib/parse';
import type { LayoutSummary } from '@/lib/protocol';
import { SESSION } from '@/lib/store/keys';

// The 版面 page a tab shows, as parsed by the background, kept in storage.session beside the tab
// status. "保存本版/保存整期" plans from it, so the popup only names the tab and never hands the
// background a list of URLs to fetch.

export interface TabLayout {
  url: string;
  result: ParseResult;
}

/** A layout result without the parts a save job does not use (bodies, reasons). */
function slim(result: ParseResult): ParseResult {
  return { ...result, reasons: [], articles: result.articles.map((a) => ({ ...a, body: '' })) };
}

export function hasLinks(result: ParseResult): boolean {
  return result.kind === 'layout' && (result.articles.some((a) => a.url) || (result.pages?.length ?? 0) > 0);
}

export function layoutSummary(url: string, result: ParseResult): LayoutSummary {
  const origins = new Set<string>();
  for (const u of [url, ...result.articles.map((a) => a.url), ...(result.pages ?? []).map((p) => p.url)]) {
    try {
      if (u) origins.add(new URL(u).origin);
    } catch {
      // a broken link is simply not fetched
    }
  }
  const articleUrls = new Set(result.articles.map((a) => a.url).filter(Boolean));
  return { articleCount: articleUrls.size, pageCount: result.pages?.length ?? 0, origins: [...origins] };
}

export async function writeTabLayout(tabId: number, url: string, result: ParseResult): Promise<void> {
  const layout: TabLayout = { url, result: slim(result) };
  await browser.storage.session.set({ [SESSION.tabLayout(tabId)]: layout });
}

export async function readTabLayout(tabId: number): Promise<TabLayout | null> {
  const key = SESSION.tabLayout(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabLayout | undefined) ?? null;
}

export async function clearTabLayout(tabId: number): Promise<void> {
  await browser.storage.session.remove(SESSION.tabLayout(tabId));
}
