// The background's answers to search, highlight and dictionary messages (lib/protocol
// TextMessage). Everything that needs words waits for the engine here; the rest of the
// message listener never does.
import { browser, type Browser } from 'wxt/browser';
import { checkHttpUrl, type FindTermsResponse, type PageHighlightResponse, type RangeList, type SearchQueryResponse, type TextMessage } from '@/lib/protocol';
import type { QubaoDb } from '@/lib/store';
import { searchLibrary } from '@/lib/store/search-store';
import { getPageHighlight } from '@/lib/store/search-settings';
import { getWatchedWords } from '@/lib/store/watched-words';
import type { TextEngine } from '@/lib/text/engine';
import { compileTerms, findTerms, type MatchMode, type TermMatcher } from '@/lib/text/highlight';
import { isExtensionPage } from './senders';

type Sender = Browser.runtime.MessageSender;

export interface TextServices {
  engine(): Promise<TextEngine>;
  /** Loads the stored user dictionary into jieba again. */
  reloadDictionary(): Promise<void>;
}

/** A content script of ours in a web page tab (page/highlight asks for nothing but ranges). */
function isContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id != null && sender.tab.id >= 0 && !!sender.url && checkHttpUrl(sender.url) != null;
}

export function rangesIn(texts: string[], terms: TermMatcher, engine: TextEngine, mode: MatchMode = 'word'): RangeList[] {
  if (terms.byLength.length === 0) return texts.map(() => []);
  return texts.map((text) => findTerms(text, terms, { engine, mode }).map((r): [number, number] => [r.start, r.end]));
}

// The watched terms compiled once per change of the stored list (pages ask on every load).
let compiled: { key: string; matcher: TermMatcher } | null = null;
function watchedMatcher(terms: string[]): TermMatcher {
  const key = terms.join('\n');
  if (compiled?.key !== key) compiled = { key, matcher: compileTerms(terms) };
  return compiled.matcher;
}

export async function handleTextMessage(db: QubaoDb, msg: TextMessage, sender: Sender, services: TextServices): Promise<unknown> {
  if (msg.type === 'page/highlight') {
    if (!isContentScript(sender)) return { ok: false, error: 'sender not allowed' };
    const [enabled, terms] = await Promise.all([getPageHighlight(db), getWatchedWords(db)]);
    if (!enabled || terms.length === 0) return { ok: true, enabled, ranges: msg.texts.map(() => []) } satisfies PageHighlightResponse;
    const engine = await services.engine();
    return { ok: true, enabled, ranges: rangesIn(msg.texts, watchedMatcher(terms), engine) } satisfies PageHighlightResponse;
  }
  if (!isExtensionPage(sender)) return { ok: false, error: 'sender not allowed' };
  switch (msg.type) {
    case 'search/query': {
      const engine = await services.engine();
      const result = await searchLibrary(db, engine, msg.query, { limit: msg.limit });
      return { ok: true, hits: result.hits, total: result.total, exact: result.exact } satisfies SearchQueryResponse;
    }
    case 'text/find-terms': {
      const engine = await services.engine();
      return { ok: true, ranges: rangesIn(msg.texts, compileTerms(msg.terms), engine, msg.mode) } satisfies FindTermsResponse;
    }
    case 'text/dictionary-changed':
      await services.reloadDictionary();
      return { ok: true };
  }
}
