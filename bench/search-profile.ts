// Where a search's time goes in the browser (bench/search.browser-bench.ts, verbose): the same
// search() as searchLibrary, in one read-only transaction, over a DexieSearchStore whose calls
// are timed one by one; then each query word's posting blocks read alone (rows, bytes, ms).
import Dexie from 'dexie';
import type { QubaoDb } from '../lib/store/db';
import { blockLength } from '../lib/search/posting-codec';
import { DexieSearchStore } from '../lib/store/search-store';
import { search } from '../lib/search/search';
import type { SearchStore } from '../lib/search/types';
import type { TextEngine } from '../lib/text/engine';

const TABLES = ['termStats', 'searchPostings', 'searchDocNos', 'searchDocs', 'articles', 'settings', 'searchDocLengths'] as const;

function timed(store: SearchStore, spent: Map<string, number>): SearchStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        const t = performance.now();
        const out = await v.apply(target, args);
        const name = String(key);
        spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
        spent.set(`${name}#`, (spent.get(`${name}#`) ?? 0) + 1);
        return out;
      };
    },
  });
}

const bytesOf = (row: Record<string, unknown>) =>
  Object.values(row).reduce<number>((s, v) => s + (ArrayBuffer.isView(v) ? v.byteLength : 0), 0);

export async function profileQueries(db: QubaoDb, engine: TextEngine, queries: string[], limit: number): Promise<string[]> {
  const lines: string[] = [];
  for (const q of queries) {
    const spent = new Map<string, number>();
    const t = performance.now();
    const r = await db.transaction('r', [...TABLES], (tx) => search(timed(new DexieSearchStore(db, tx), spent), engine, q, { limit }));
    const total = performance.now() - t;
    const calls = [...spent].filter(([k]) => !k.endsWith('#')).map(([k, ms]) => `${k}×${spent.get(`${k}#`)} ${ms.toFixed(1)}`);
    const reads: string[] = [];
    for (const word of q.split(' ')) {
      const t0 = performance.now();
      const rows = await db.searchPostings.where('[term+block]').between([word, Dexie.minKey], [word, Dexie.maxKey]).toArray();
      const ms = performance.now() - t0;
      const postings = rows.reduce((s, row) => s + blockLength(row), 0);
      reads.push(`${word}: ${rows.length} rows ${postings} postings ${(rows.reduce((s, row) => s + bytesOf(row as never), 0) / 1024).toFixed(0)} KiB ${ms.toFixed(1)} ms`);
    }
    lines.push(`${q}: ${total.toFixed(1)} ms (total ${r.total}) | ${calls.join(', ')} | alone: ${reads.join('; ')}`);
  }
  return lines;
}
