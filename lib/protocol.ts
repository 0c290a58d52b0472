// Every message between the content script, the extension pages and the background, as one
// discriminated union with a validator per message. Page content is hostile, so messages are
// validated where they arrive (the background), never trusted because of their type tag.

import { isInboxId } from './store/inbox-view';

export const LIMITS = {
  /** Serialised document. Larger pages are e-paper PDFs viewers or worse; not worth parsing. */
  htmlChars: 8 * 1024 * 1024,
  urlChars: 2048,
  titleChars: 2000,
  originChars: 300,
} as const;

export type SiteMode = 'auto' | 'ask' | 'off';
export const SITE_MODES: readonly SiteMode[] = ['auto', 'ask', 'off'];

/** Content script → background: the whole serialised document of a candidate page. */
export interface PageCapturedMessage {
  type: 'page/captured';
  url: string;
  html: string;
  title: string;
}

/** Popup → background: what is known about a tab (detection, save state, site mode). */
export interface TabStatusRequest {
  type: 'tab/status';
  tabId: number;
}

/** Popup → background: inject the content script into the tab and save what it finds, whatever the site mode. */
export interface SaveTabRequest {
  type: 'tab/save';
  tabId: number;
}

/** Popup/options → background: host permissions changed, re-register the content script. */
export interface SyncSitesRequest {
  type: 'sites/sync';
}

/** Popup/options → background: set the save mode of one origin. */
export interface SetSiteModeRequest {
  type: 'site/set-mode';
  origin: string;
  mode: SiteMode;
}

/** "保存本版全部文章" (page) or "保存整期" (issue). */
export type SaveScope = 'page' | 'issue';
export const SAVE_SCOPES: readonly SaveScope[] = ['page', 'issue'];

/**
 * Popup → background: save every article of the 版面 page shown in the tab, or of its whole
 * issue. Names the tab, not URLs: the background plans from the layout it parsed itself.
 */
export interface SaveLayoutRequest {
  type: 'layout/save';
  tabId: number;
  scope: SaveScope;
}

/** Popup → background: stop a running save job (what is saved stays saved). */
export interface CancelJobRequest {
  type: 'job/cancel';
  jobId: number;
}

/** Options → background: try a page left in the capture inbox again, or let it go (not stored yet only). */
export interface InboxRowRequest {
  type: 'inbox/retry' | 'inbox/discard';
  id: string;
}

export type ContentMessage = PageCapturedMessage;
export type PageRequest = TabStatusRequest | SaveTabRequest | SyncSitesRequest | SetSiteModeRequest | SaveLayoutRequest | CancelJobRequest | InboxRowRequest;
export type Message = ContentMessage | PageRequest;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
const fail = <T>(error: string): ValidationResult<T> => ({ ok: false, error });

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** http(s) URL of at most LIMITS.urlChars characters, or null. */
export function checkHttpUrl(x: unknown): URL | null {
  if (typeof x !== 'string' || x.length === 0 || x.length > LIMITS.urlChars) return null;
  try {
    const u = new URL(x);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function onlyKeys(msg: Record<string, unknown>, keys: string[]): string | null {
  const extra = Object.keys(msg).filter((k) => !keys.includes(k));
  return extra.length ? `unexpected field ${extra[0]}` : null;
}

export function validatePageCaptured(msg: unknown): ValidationResult<PageCapturedMessage> {
  if (!isRecord(msg) || msg.type !== 'page/captured') return fail('not page/captured');
  const extra = onlyKeys(msg, ['type', 'url', 'html', 'title']);
  if (extra) return fail(extra);
  if (!checkHttpUrl(msg.url)) return fail('url must be http(s) and at most 2048 characters');
  if (typeof msg.html !== 'string') return fail('html must be a string');
  if (msg.html.length > LIMITS.htmlChars) return fail('html larger than 8 MB');
  if (typeof msg.title !== 'string' || msg.title.length > LIMITS.titleChars) return fail('bad title');
  return ok({ type: 'page/captured', url: msg.url as string, html: msg.html, title: msg.title });
}

export function validatePageRequest(msg: unknown): ValidationResult<PageRequest> {
  if (!isRecord(msg)) return fail('message must be an object');
  switch (msg.type) {
    case 'tab/status':
    case 'tab/save': {
      const extra = onlyKeys(msg, ['type', 'tabId']);
      if (extra) return fail(extra);
      if (!isTabId(msg.tabId)) return fail('tabId must be a non-negative integer');
      return ok({ type: msg.type, tabId: msg.tabId });
    }
    case 'sites/sync': {
      const extra = onlyKeys(msg, ['type']);
      return extra ? fail(extra) : ok({ type: 'sites/sync' });
    }
    case 'site/set-mode': {
      const extra = onlyKeys(msg, ['type', 'origin', 'mode']);
      if (extra) return fail(extra);
      if (!isOrigin(msg.origin)) return fail('origin must be an http(s) origin');
      if (!SITE_MODES.includes(msg.mode as SiteMode)) return fail('mode must be auto, ask or off');
      return ok({ type: 'site/set-mode', origin: msg.origin, mode: msg.mode as SiteMode });
    }
    case 'layout/save': {
      const extra = onlyKeys(msg, ['type', 'tabId', 'scope']);
      if (extra) return fail(extra);
      if (!isTabId(msg.tabId)) return fail('tabId must be a non-negative integer');
      if (!SAVE_SCOPES.includes(msg.scope as SaveScope)) return fail('scope must be page or issue');
      return ok({ type: 'layout/save', tabId: msg.tabId, scope: msg.scope as SaveScope });
    }
    case 'job/cancel': {
      const extra = onlyKeys(msg, ['type', 'jobId']);
      if (extra) return fail(extra);
      if (typeof msg.jobId !== 'number' || !Number.isInteger(msg.jobId) || msg.jobId <= 0) return fail('jobId must be a positive integer');
      return ok({ type: 'job/cancel', jobId: msg.jobId });
    }
    case 'inbox/retry':
    case 'inbox/discard': {
      const extra = onlyKeys(msg, ['type', 'id']);
      if (extra) return fail(extra);
      if (!isInboxId(msg.id)) return fail('id must name an inbox row');
      return ok({ type: msg.type, id: msg.id });
    }
    default:
      return fail('unknown message type');
  }
}

/** "https://host[:port]" exactly as URL#origin prints it. */
export function isOrigin(x: unknown): x is string {
  if (typeof x !== 'string' || x.length > LIMITS.originChars) return false;
  const u = checkHttpUrl(x);
  return u != null && u.origin === x;
}

// ---- Responses (background → sender). Plain data, typed for the callers. ----

export type TabKind = 'article' | 'layout' | 'page-text' | 'none';

/** What the background knows about a tab, kept in storage.session so it survives a worker restart. */
export interface TabStatus {
  url: string;
  kind: TabKind;
  reasons: string[];
  confidence: number;
  /** Articles saved from this page (0 when nothing was saved). */
  savedCount: number;
  /** The page record for a 版面 page was stored. */
  layoutSaved: boolean;
  /** Detected but not saved because the site is in "ask" mode. */
  awaitingSave: boolean;
  /** Parse failure kept as raw text. */
  error: string | null;
  paperName: string | null;
  at: number;
  /** 版面 pages: what "保存本版/保存整期" would work from (absent on other pages). */
  layout?: LayoutSummary | null;
  /** The page could not be written (full disk, database unusable): `error` says why and whether it waits in the inbox. */
  unsaved?: boolean;
}

/** The parsed 版面 page of a tab, as the popup needs it for its save buttons. */
export interface LayoutSummary {
  /** Articles linked from this page. */
  articleCount: number;
  /** Pages of the issue (this one included); 0 when the page lists none. */
  pageCount: number;
  /** Origins the save would fetch from (the page, its articles, the other pages). */
  origins: string[];
}

export interface TabStatusResponse {
  ok: true;
  status: TabStatus | null;
  mode: SiteMode;
  origin: string | null;
}

export type SaveTabResponse = { ok: true; status: TabStatus } | { ok: false; error: string };
export type SimpleResponse = { ok: true } | { ok: false; error: string };

export type StartJobResponse = { ok: true; jobId: number } | { ok: false; error: string };

// ---- Search, highlights and the user dictionary (issue 5). Validated by validateTextMessage. ----

export const TEXT_LIMITS = {
  queryChars: 500,
  resultLimit: 100,
  /** Text pieces per highlight request (a page's text nodes, a reader's paragraphs). */
  texts: 5000,
  /** All pieces together. */
  textChars: 2 * 1024 * 1024,
  terms: 2000,
  termChars: 30,
} as const;

/** Popup → background: full-text search of the library (query syntax of lib/search/query). */
export interface SearchQueryRequest {
  type: 'search/query';
  query: string;
  limit: number;
}

/** Extension page → background: where these terms occur in these texts (whole words by default). */
export interface FindTermsRequest {
  type: 'text/find-terms';
  texts: string[];
  terms: string[];
  mode: 'word' | 'substring';
}

/** Content script → background: the watched terms in the page's text pieces, if highlighting is on. */
export interface PageHighlightRequest {
  type: 'page/highlight';
  texts: string[];
}

/** Options → background: the user dictionary was edited; load it into jieba. */
export interface DictionaryChangedRequest {
  type: 'text/dictionary-changed';
}

/** Popup → content script: draw or clear the page's highlights (validated in the content script). */
export interface SetHighlightMessage {
  type: 'highlight/set';
  on: boolean;
}

export type TextMessage = SearchQueryRequest | FindTermsRequest | PageHighlightRequest | DictionaryChangedRequest;
export const TEXT_MESSAGE_TYPES: readonly string[] = ['search/query', 'text/find-terms', 'page/highlight', 'text/dictionary-changed'];

function stringList(x: unknown, maxItems: number, maxChars: number, maxItemChars = Infinity): string[] | null {
  if (!Array.isArray(x) || x.length > maxItems) return null;
  let total = 0;
  for (const s of x) {
    if (typeof s !== 'string' || s.length > maxItemChars) return null;
    total += s.length;
  }
  return total <= maxChars ? (x as string[]) : null;
}

/** null when the message is not one of TextMessage's types (another validator's business). */
export function validateTextMessage(msg: unknown): ValidationResult<TextMessage> | null {
  if (!isRecord(msg) || typeof msg.type !== 'string' || !TEXT_MESSAGE_TYPES.includes(msg.type)) return null;
  switch (msg.type) {
    case 'search/query': {
      const extra = onlyKeys(msg, ['type', 'query', 'limit']);
      if (extra) return fail(extra);
      if (typeof msg.query !== 'string' || msg.query.length > TEXT_LIMITS.queryChars) return fail('query must be a string of at most 500 characters');
      const limit = msg.limit ?? 20;
      if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > TEXT_LIMITS.resultLimit) return fail('limit must be 1–100');
      return ok({ type: 'search/query', query: msg.query, limit });
    }
    case 'text/find-terms': {
      const extra = onlyKeys(msg, ['type', 'texts', 'terms', 'mode']);
      if (extra) return fail(extra);
      const texts = stringList(msg.texts, TEXT_LIMITS.texts, TEXT_LIMITS.textChars);
      const terms = stringList(msg.terms, TEXT_LIMITS.terms, Infinity, TEXT_LIMITS.termChars);
      if (!texts || !terms) return fail('texts or terms out of bounds');
      const mode = msg.mode ?? 'word';
      if (mode !== 'word' && mode !== 'substring') return fail('mode must be word or substring');
      return ok({ type: 'text/find-terms', texts, terms, mode });
    }
    case 'page/highlight': {
      const extra = onlyKeys(msg, ['type', 'texts']);
      if (extra) return fail(extra);
      const texts = stringList(msg.texts, TEXT_LIMITS.texts, TEXT_LIMITS.textChars);
      return texts ? ok({ type: 'page/highlight', texts }) : fail('texts out of bounds');
    }
    default: {
      const extra = onlyKeys(msg, ['type']);
      return extra ? fail(extra) : ok({ type: 'text/dictionary-changed' });
    }
  }
}

export function validateSetHighlight(msg: unknown): ValidationResult<SetHighlightMessage> {
  if (!isRecord(msg) || msg.type !== 'highlight/set') return fail('not highlight/set');
  const extra = onlyKeys(msg, ['type', 'on']);
  if (extra) return fail(extra);
  return typeof msg.on === 'boolean' ? ok({ type: 'highlight/set', on: msg.on }) : fail('on must be a boolean');
}

/** [start, end) pieces of one text, UTF-16 offsets. */
export type RangeList = [number, number][];

export type SearchQueryResponse =
  | { ok: true; hits: import('./search/types').SearchHit[]; total: number; exact: boolean }
  | { ok: false; error: string };
export type FindTermsResponse = { ok: true; ranges: RangeList[] } | { ok: false; error: string };
export type PageHighlightResponse = { ok: true; enabled: boolean; ranges: RangeList[] } | { ok: false; error: string };
