// Wiring of the text features for one worker: the engine with the user's dictionary loaded,
// the indexer fed by the articles table's hooks, and the catch-up job. startIndexing() is called
// once from the background's main(); the message listener reaches the same services through
// textServices().
import { openQubaoDb, type QubaoDb } from '@/lib/store';
import { getUserDictionary } from '@/lib/store/search-settings';
import type { TextEngine } from '@/lib/text/engine';
import { initJieba, loadUserDictionary } from '@/lib/text/jieba';
import { createIndexer, watchArticles, type Indexer } from './indexing';
import { runIndexCatchUp } from './indexing-job';
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
  const reloadDictionary = async () => {
    await loadUserDictionary(await getUserDictionary(db));
  };
  // The user's words are loaded before the first search or index, once per worker start
  // (jieba's dictionary lives in the wasm instance and starts from the built-in one).
  const engine = () =>
    (ready ??= (async () => {
      const e = await initJieba();
      await reloadDictionary().catch(logError);
      return e;
    })().catch((e: unknown) => {
      ready = null;
      throw e;
    }));
  return { engine, reloadDictionary, indexer: createIndexer(db, engine, logError) };
}

/** The worker's text services (created on first use, on the shared database). */
export function textServices(): Runtime {
  runtime ??= createRuntime(openQubaoDb());
  return runtime;
}

/**
 * Worker start: index what is saved from now on, and catch up with what is not indexed yet.
 * Synchronous up to the hooks, so no write of this worker escapes them.
 */
export function startIndexing(): Promise<void> {
  const rt = textServices();
  const db = openQubaoDb();
  watchArticles(db, rt.indexer);
  return rt
    .engine()
    .then(() => runIndexCatchUp(db, rt.indexer))
    .then(() => undefined);
}
