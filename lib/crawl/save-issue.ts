// "Save this 版面" / "save this whole issue": from a parsed 版面 page, fetch every article page
// (and for a whole issue every other 版面 page first, to read its article list) through the
// polite queue, parse each one and hand it to the store. The job's state is plain data that the
// caller persists after every step, so a service worker that is stopped resumes where it was;
// nothing already saved is fetched again, and a page that fails to parse is still stored.
import { canonicalUrl } from '../library/dedupe-key';
import { decodeHtml } from '../parse/charset';
import { parsePage } from '../parse/index';
import type { ParseInput, ParseOptions, ParseResult } from '../parse/types';
import { CrawlError, type FetchOutcome, type PoliteQueue, type Validators } from './polite-queue';

export type SaveScope = 'page' | 'issue';
export type ItemStatus = 'pending' | 'saved' | 'skipped' | 'failed';

export interface SaveItem {
  url: string;
  status: ItemStatus;
  /** The 版面 page that links here (sent as referrer: split-host papers want it). */
  from: string | null;
  /** Why it failed, or the parse error it was stored with. */
  error: string | null;
}

export interface SaveState {
  version: 1;
  scope: SaveScope;
  startUrl: string;
  /** Other 版面 pages of the issue (scope 'issue'); 'saved' once their article list is read. */
  layouts: SaveItem[];
  articles: SaveItem[];
  cancelled: boolean;
  finished: boolean;
}

export interface SaveProgress {
  done: number;
  total: number;
  failed: number;
  current: string | null;
}

export interface StoreMeta {
  url: string;
  finalUrl: string;
  role: 'layout' | 'article';
  /** The 版面 page the article was listed on. */
  layoutUrl: string | null;
  status: number;
  validators: Validators;
  fetchedAt: number;
}

export interface SaveDeps {
  queue: PoliteQueue;
  isSaved(url: string): boolean | Promise<boolean>;
  store(result: ParseResult, meta: StoreMeta): void | Promise<void>;
  /** Article links of a 版面 page already in the library (its PageRecord), so it is not fetched again. */
  savedLayoutLinks?(url: string): string[] | null | Promise<string[] | null>;
  /** Stored validators for conditional requests. */
  validatorsFor?(url: string): Validators | null | Promise<Validators | null>;
  persist?(state: SaveState): void | Promise<void>;
  onProgress?(progress: SaveProgress): void;
  signal?: AbortSignal;
  parse?: (input: ParseInput, options?: ParseOptions) => ParseResult;
  parseOptions?: ParseOptions;
  now?: () => number;
}

const keyOf = (url: string) => {
  try {
    return canonicalUrl(url);
  } catch {
    return url;
  }
};

/** The job for one 版面 page (scope 'page') or its whole issue (scope 'issue'). */
export function planSave(pageUrl: string, layout: ParseResult, scope: SaveScope): SaveState {
  const state: SaveState = { version: 1, scope, startUrl: pageUrl, layouts: [], articles: [], cancelled: false, finished: false };
  addArticles(state, layout.articles.map((a) => a.url), pageUrl);
  if (scope === 'issue') {
    const seen = new Set([keyOf(pageUrl)]);
    for (const p of layout.pages ?? []) {
      const key = keyOf(p.url);
      // Page links come from a hostile page: only http(s) is fetched (as for article links below).
      if (seen.has(key) || !/^https?:/i.test(p.url)) continue;
      seen.add(key);
      state.layouts.push({ url: p.url, status: 'pending', from: pageUrl, error: null });
    }
  }
  return state;
}

function addArticles(state: SaveState, urls: (string | null)[], from: string): SaveItem[] {
  const known = new Set(state.articles.map((a) => keyOf(a.url)));
  const added: SaveItem[] = [];
  for (const url of urls) {
    if (!url || !/^https?:/i.test(url) || known.has(keyOf(url))) continue;
    known.add(keyOf(url));
    const item: SaveItem = { url, status: 'pending', from, error: null };
    state.articles.push(item);
    added.push(item);
  }
  return added;
}

export function saveProgress(state: SaveState, current: string | null = null): SaveProgress {
  let done = 0;
  let failed = 0;
  for (const a of state.articles) {
    if (a.status === 'saved' || a.status === 'skipped') done++;
    else if (a.status === 'failed') failed++;
  }
  return { done, total: state.articles.length, failed, current };
}

/** Puts failed items back in the queue for another run. */
export function retryFailed(state: SaveState): SaveState {
  const reset = (i: SaveItem): SaveItem => (i.status === 'failed' ? { ...i, status: 'pending', error: null } : i);
  return { ...state, layouts: state.layouts.map(reset), articles: state.articles.map(reset), finished: false };
}

/**
 * Runs (or resumes) the job. Resolves with the final state: finished, or cancelled with the
 * unfinished items still pending. Never rejects for a page that fails; that page is marked.
 */
export async function runSave(initial: SaveState, deps: SaveDeps): Promise<SaveState> {
  const state: SaveState = structuredClone({ ...initial, cancelled: false });
  const parse = deps.parse ?? parsePage;
  const now = deps.now ?? Date.now;
  const running = new Set<Promise<void>>();
  let current: string | null = null;

  // Snapshots are written one after another, so an older one never lands after a newer one.
  let persisted: Promise<void> = Promise.resolve();
  const step = async () => {
    deps.onProgress?.(saveProgress(state, current));
    if (!deps.persist) return;
    const snapshot = structuredClone(state);
    // A failed write is not fatal: the next step writes a newer snapshot.
    persisted = persisted.then(() => deps.persist!(snapshot)).catch(() => {});
    await persisted;
  };
  // A throwing dependency (isSaved, store, a custom parse) marks its item failed; the job goes on.
  const launch = (item: SaveItem, run: (item: SaveItem) => Promise<void>) => {
    const work = run(item).catch((e: unknown) => {
      fail(item, e instanceof Error ? e.message : String(e));
      return step();
    });
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  async function fetchPage(item: SaveItem, conditional: boolean): Promise<FetchOutcome | null> {
    try {
      current = item.url;
      const validators = conditional ? ((await deps.validatorsFor?.(item.url)) ?? null) : null;
      return await deps.queue.fetch({ url: item.url, validators, referrer: item.from, signal: deps.signal });
    } catch (e) {
      if (e instanceof CrawlError && e.kind === 'cancelled') state.cancelled = true;
      else fail(item, e instanceof Error ? e.message : String(e));
      return null;
    }
  }

  function fail(item: SaveItem, error: string): void {
    item.status = 'failed';
    item.error = error;
  }

  function read(outcome: FetchOutcome): ParseResult {
    const html = decodeHtml(outcome.bytes!, outcome.contentType);
    return parse({ url: outcome.finalUrl, html }, deps.parseOptions);
  }

  async function saveArticle(item: SaveItem): Promise<void> {
    if (await deps.isSaved(item.url)) return void (item.status = 'skipped');
    if (deps.signal?.aborted) return void (state.cancelled = true);
    const outcome = await fetchPage(item, true);
    if (!outcome) return step();
    if (outcome.notModified) item.status = 'skipped';
    else if (outcome.status >= 400 || !outcome.bytes) fail(item, `HTTP ${outcome.status}`);
    else {
      const result = read(outcome);
      try {
        await deps.store(result, meta(item, outcome, 'article'));
        item.status = 'saved';
        item.error = result.error ?? null;
      } catch (e) {
        fail(item, `store: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    await step();
  }

  async function readLayout(item: SaveItem): Promise<void> {
    let links = (await deps.savedLayoutLinks?.(item.url)) ?? null;
    if (links) item.status = 'skipped';
    else {
      // No validators here: a 304 would leave us without the page's article list.
      const outcome = await fetchPage(item, false);
      if (!outcome) return step();
      if (outcome.status >= 400 || !outcome.bytes) {
        fail(item, `HTTP ${outcome.status}`);
        return step();
      }
      const result = read(outcome);
      links = result.articles.map((x) => x.url).filter((u): u is string => !!u);
      try {
        await deps.store(result, meta(item, outcome, 'layout'));
        item.status = 'saved';
        item.error = result.error ?? null;
      } catch (e) {
        fail(item, `store: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    for (const a of addArticles(state, links, item.url)) launch(a, saveArticle);
    await step();
  }

  function meta(item: SaveItem, outcome: FetchOutcome, role: StoreMeta['role']): StoreMeta {
    return { url: item.url, finalUrl: outcome.finalUrl, role, layoutUrl: role === 'article' ? item.from : null, status: outcome.status, validators: outcome.validators, fetchedAt: now() };
  }

  await step();
  for (const l of state.layouts) if (l.status === 'pending') launch(l, readLayout);
  for (const a of state.articles) if (a.status === 'pending') launch(a, saveArticle);
  while (running.size) await Promise.all([...running]);
  state.finished = !state.cancelled && [...state.layouts, ...state.articles].every((i) => i.status !== 'pending');
  current = null;
  await step();
  return state;
}
