// Wiring of the text features for one worker: the engine with the user's dictionary loaded,
// the indexer fed by the articles table's hooks, and the catch-up job. startIndexing() is called
// once from the background's main(); the message listener reaches the same services through
// textServices().
import { openQubaoDb, type QubaoDb } from '@/lib/store';
import { queryTerms } from '@/lib/search/index-terms';
import { idsWithAllTerms } from '@/lib/store/search-index';
import { fullIndexCheckDue, type IndexCountsSnapshot } from '@/lib/store/search-job';
import { SESSION } from '@/lib/store/keys';
import { browser } from 'wxt/browser';
import { getUserDictionary } from '@/lib/store/search-settings';
import { parseUserDictionary } from '@/lib/text/dictionaries';
import type { TextEngine } from '@/lib/text/engine';
import { initJieba, loadUserDictionary } from '@/lib/text/jieba';
import { normalize } from '@/lib/text/normalize';
import { createIndexer, watchArticles, type Indexer } from './indexing';
import { FULL_INDEX_CHECK_EVERY_MS, runIndexCatchUp } from './indexing-job';
import type { TextServices } from './indexing-messages';

interface Runtime extends TextServices {
  indexer: Indexer;
}

let runtime: Runtime | null = null;

function logError(e: unknown): void {
  console.error('[qubao] indexing', e);
}

function createRuntime(db: QubaoDb): Runtime {
  let ready: Promise<TextEngine> | null = null;
  const loaded = new Set<string>();
  let indexer: Indexer | null = null;

  /**
   * Loads the stored user dictionary. After an edit (not at worker start), the articles indexed
   * with a new word cut into pieces are found through those pieces, before jieba learns the
   * word, and indexed again after, so a search for the word finds them.
   */
  const loadDictionary = async (e: TextEngine, afterEdit: boolean) => {
    const text = await getUserDictionary(db);
    const fresh = parseUserDictionary(text)
      .map((entry) => entry.word)
      .filter((w) => !loaded.has(w));
    const stale = afterEdit && fresh.length ? await idsWithAllTerms(db, fresh.map((w) => queryTerms(normalize(w), e))) : [];
    await loadUserDictionary(text);
    for (const w of fresh) loaded.add(w);
    if (stale.length) indexer?.enqueue(stale);
  };
  // The user's words are loaded before the first search or index, once per worker start
  // (jieba's dictionary lives in the wasm instance and starts from the built-in one).
  const engine = () =>
    (ready ??= (async () => {
      const e = await initJieba();
      await loadDictionary(e, false).catch(logError);
      return e;
    })().catch((e: unknown) => {
      ready = null;
      throw e;
    }));
  const reloadDictionary = async () => loadDictionary(await engine(), true);
  indexer = createIndexer(db, engine, logError);
  return { engine, reloadDictionary, indexer };
}

/** The worker's text services (created on first use, on the shared database). */
export function textServices(): Runtime {
  runtime ??= createRuntime(openQubaoDb());
  return runtime;
}

/**
 * The catch-up waits this long after a worker start: a start is often a popup opening, and in
 * Chromium both the key comparison and the counts walk 100k index entries (1–2.5 s each at 100k
 * in bench/popup.browser-bench.ts), which the popup's first read would queue behind.
 */
export const CATCH_UP_DELAY_MS = 8000;

/**
 * Worker start: index what is saved from now on at once, and catch up with what is not indexed
 * yet a few seconds later (a worker stopped before then checks at its next start; captures in
 * flight are resumed by the inbox, not by this). Synchronous up to the hooks, so no write of this
 * worker escapes them.
 */
export function startIndexing(delayMs = CATCH_UP_DELAY_MS): Promise<void> {
  const rt = textServices();
  const db = openQubaoDb();
  watchArticles(db, rt.indexer);
  return new Promise<void>((r) => setTimeout(r, delayMs))
    .then(() => rt.engine())
    .then(async () => {
      const due = await fullIndexCheckDue(db, FULL_INDEX_CHECK_EVERY_MS);
      await runIndexCatchUp(db, rt.indexer, { full: due, agreed: sessionAgreement });
    });
}

/** Kept for the browser session: a worker start after idling skips the index counts when nothing changed. */
const sessionAgreement = {
  read: async (): Promise<IndexCountsSnapshot | null> => ((await browser.storage.session.get(SESSION.searchCountsAgreed))[SESSION.searchCountsAgreed] as IndexCountsSnapshot | undefined) ?? null,
  write: (s: IndexCountsSnapshot) => browser.storage.session.set({ [SESSION.searchCountsAgreed]: s }),
};
