// The in-page half of bench/search.browser-bench.ts, bundled (esbuild, IIFE) and evaluated in
// an extension page of the built extension: the same origin, so the same IndexedDB database
// the background and the popup use. It seeds generated articles through the store's own
// functions (jieba analysis outside, then the article rows and lib/store writeAnalyses in one
// transaction, as the indexer does) and times searches both directly (searchLibrary, as the background calls it) and
// the popup's way (a search/query message answered by the background).
import { QubaoDb } from '../lib/store/db';
import { analyseArticle, indexRow } from '../lib/store/search-analysis';
import { loadDocFrequencies, writeAnalyses } from '../lib/store/search-index';
import { searchLibrary } from '../lib/store/search-store';
import { articleRecordOf } from '../lib/store/search-test-support';
import type { TextEngine } from '../lib/text/engine';
import { initJieba } from '../lib/text/jieba';
import { NewsCorpus } from './search-corpus';
import { vocabularyEngine } from './search-seed-engine';
import { profileQueries } from './search-profile';

interface Harness {
  init(wasmUrl: string, seed: number): Promise<void>;
  /**
   * Adds articles [from, from + count): ms spent. `full`: the indexer's whole analysis with the
   * real jieba engine (index terms, then keywords and entities), its rate is the honest build
   * rate; else the bulk path: index terms from the vocabulary engine (search-seed-engine.ts,
   * jieba's cut of each known piece, memoised), no keywords (search does not read them), and
   * `batch` articles per transaction through the same writeAnalyses, so 100k take minutes.
   */
  seed(from: number, count: number, batch: number, full: boolean): Promise<number>;
  queries(count: number): string[];
  /** ms spent by all seed() calls so far: generating and analysing, then in the write transactions. */
  seedBreakdown(): { analyseMs: number; writeMs: number };
  /** Mean Jaccard similarity of the seeding engine's index terms to real jieba's, over articles [0, count). */
  termAgreement(count: number): number;
  /** ms per query, directly on the Dexie store (and the hit counts). */
  searchDirect(queries: string[]): Promise<{ ms: number[]; totals: number[] }>;
  /** ms per query through runtime.sendMessage, as the popup asks. */
  searchMessage(queries: string[]): Promise<number[]>;
  /** ms of the reference workload: a substring scan of the first 10,000 articles' texts. */
  baseline(queries: string[]): number[];
  /** A reused profile already holds articles [0, count): generate the scan texts only, write nothing. */
  skipSeeded(count: number): void;
  /** Where a query's time goes: ms per store call (and rows/bytes read), summed per query. */
  profile(queries: string[]): Promise<string[]>;
}

/** The popup's first page of results (entrypoints/popup/use-search RESULT_PAGE). */
const POPUP_PAGE = 20;
const NO_ENTITIES = { places: [], organisations: [], people: [] };
let db: QubaoDb;
let engine: TextEngine;
let seedEngine: TextEngine;
let corpus: NewsCorpus;
const scanTexts: string[] = [];
const spent = { analyseMs: 0, writeMs: 0 };

const harness: Harness = {
  async init(wasmUrl, seed) {
    engine = await initJieba({ wasmUrl });
    db = new QubaoDb();
    await db.open();
    corpus = new NewsCorpus(seed);
    seedEngine = vocabularyEngine(engine, corpus.pieces());
  },

  async seed(from, count, batch, full) {
    const started = performance.now();
    const writeBefore = spent.writeMs;
    for (let at = from; at < from + count; at += batch) {
      const n = Math.min(batch, from + count - at);
      const records = Array.from({ length: n }, (_, i) => articleRecordOf(corpus.article(at + i), Date.now()));
      for (const r of records) if (scanTexts.length < 10_000) scanTexts.push([r.title, ...r.paragraphs].join('\n'));
      const docs = records.map((r) => indexRow(r, full ? engine : seedEngine));
      const library = full ? await loadDocFrequencies(db, docs.flatMap((d) => d.terms)) : null;
      const analyses = records.map((r, i) => (library ? analyseArticle(r, docs[i]!, engine, library) : { doc: docs[i]!, keywords: [], entities: NO_ENTITIES }));
      const written = performance.now();
      await db.transaction('rw', [db.articles, db.searchDocs, db.termStats, db.settings, db.searchDocNos, db.searchPostings, db.searchDocLengths], async () => {
        await db.articles.bulkPut(records);
        await writeAnalyses(db, analyses);
      });
      spent.writeMs += performance.now() - written;
    }
    const ms = performance.now() - started;
    spent.analyseMs += ms - (spent.writeMs - writeBefore);
    return ms;
  },

  seedBreakdown: () => ({ ...spent }),

  queries: (count) => corpus.queries(count),

  termAgreement(count) {
    let sum = 0;
    for (let n = 0; n < count; n++) {
      const r = articleRecordOf(corpus.article(n));
      const real = new Set(indexRow(r, engine).terms);
      const fast = new Set(indexRow(r, seedEngine).terms);
      const both = [...fast].filter((t) => real.has(t)).length;
      sum += both / (real.size + fast.size - both || 1);
    }
    return sum / count;
  },

  async searchDirect(queries) {
    const ms: number[] = [];
    const totals: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      // The background's own call (entrypoints/background/indexing-messages.ts), here in the page.
      const r = await searchLibrary(db, engine, q, { limit: POPUP_PAGE });
      ms.push(performance.now() - t);
      totals.push(r.total);
    }
    return { ms, totals };
  },

  async searchMessage(queries) {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
    const ms: number[] = [];
    for (const query of queries) {
      const t = performance.now();
      const res = await runtime.sendMessage({ type: 'search/query', query, limit: POPUP_PAGE });
      ms.push(performance.now() - t);
      if (!res?.ok) throw new Error(`search/query failed: ${res?.error ?? 'no answer'}`);
    }
    return ms;
  },

  skipSeeded(count) {
    for (let n = scanTexts.length; n < Math.min(count, 10_000); n++) {
      const r = articleRecordOf(corpus.article(n));
      scanTexts.push([r.title, ...r.paragraphs].join('\n'));
    }
  },

  profile: (queries) => profileQueries(db, engine, queries, POPUP_PAGE),

  baseline(queries) {
    return queries.map((q) => {
      const [a = '', b = ''] = q.split(' ');
      const t = performance.now();
      let n = 0;
      for (const text of scanTexts) if (text.includes(a) && text.includes(b)) n++;
      (globalThis as { __scanHits?: number }).__scanHits = n;
      return performance.now() - t;
    });
  },
};

(globalThis as unknown as { __qubaoSearchBench: Harness }).__qubaoSearchBench = harness;
