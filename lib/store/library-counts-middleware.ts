// The one place `libraryCounts` changes with the articles (library-counts.ts says what it holds).
// A Dexie DBCore middleware rather than calls in each writer, or table hooks:
// - every write of the articles table goes through DBCore (put, add, update, modify, delete,
//   where().delete(), clear(), bulk forms; save, delete/undo, backup merge, migrations, the
//   bench's seeding), so no writer can forget the counts, including ones written later;
// - it widens every read-write transaction that names `articles` to also hold `libraryCounts`
//   (hooks could not write a table the caller left out of the transaction), so the counts
//   commit or roll back with the rows;
// - it reads the rows a write replaces or deletes before the write, in the same transaction,
//   through Dexie's per-transaction value cache (the hooks' own read of the same keys is free).
// Writes of one transaction are applied one after another (read, write, count), so two writes
// of the same article in parallel cannot both count it as new.
// During an upgrade the stack is rebuilt per version: before migration 011 there is no counts
// table and the middleware stands aside; 011 builds the counts from the rows.
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { addToDelta, ALL_KEY, keyText, LIBRARY_COUNTS_TABLE, STALE_KEY, type LibraryCountKey } from './library-counts';

const ARTICLES = 'articles';
/** DBCoreRangeType.Any (a const enum in Dexie's types, not a runtime export). */
const FULL_RANGE = 3;

type Delta = Map<string, { key: LibraryCountKey; n: number }>;

// Only Dexie promises and .then: they carry the caller's transaction context (Dexie's zone),
// which the layers below read; a native await could resume outside it.
const P = Dexie.Promise;

/** Work queued per transaction (WeakMap: it goes with the transaction). */
const queues = new WeakMap<DBCoreTransaction, PromiseLike<unknown>>();

function serially<T>(trans: DBCoreTransaction, run: () => PromiseLike<T>): Promise<T> {
  const prev = queues.get(trans);
  const next = prev ? P.resolve(prev).then(run, run) : P.resolve(run());
  queues.set(trans, next);
  return next as Promise<T>;
}

function countsDelta(req: DBCoreMutateRequest, keys: unknown[], before: unknown[], res: DBCoreMutateResponse): Delta {
  const delta: Delta = new Map();
  // The value each key holds as the request's operations go, for a key named twice.
  const now = new Map<string, unknown>();
  const failed = (i: number) => res.failures?.[i] != null;
  for (let i = 0; i < keys.length; i++) {
    if (failed(i)) continue;
    const k = keyText([keys[i]]);
    const old = now.has(k) ? now.get(k) : before[i];
    if (old) addToDelta(delta, old as object, -1);
    const value = req.type === 'add' || req.type === 'put' ? req.values[i] : undefined;
    if (value) addToDelta(delta, value as object, 1);
    now.set(k, value);
  }
  return delta;
}

function applyDelta(counts: DBCoreTable, trans: DBCoreTransaction, delta: Delta): PromiseLike<void> {
  const changes = [...delta.values()].filter((d) => d.n !== 0);
  if (!changes.length) return P.resolve();
  return P.resolve(counts.getMany({ trans, keys: changes.map((c) => c.key) }))
    .then((have) => {
      const put: { key: LibraryCountKey; n: number }[] = [];
      const drop: LibraryCountKey[] = [];
      let wrong = false;
      changes.forEach((c, i) => {
        const n = ((have[i] as { n?: number } | undefined)?.n ?? 0) + c.n;
        if (n < 0) wrong = true;
        if (n > 0 || c.key === ALL_KEY) put.push({ key: c.key, n: Math.max(0, n) });
        else drop.push(c.key);
      });
      // Below zero means the counts were wrong before this write: flag them for the repair.
      if (wrong) put.push({ key: STALE_KEY, n: 1 });
      return P.resolve(put.length ? counts.mutate({ trans, type: 'put', values: put }) : null).then(() => (drop.length ? counts.mutate({ trans, type: 'delete', keys: drop }) : null));
    })
    .then(() => undefined);
}

function countingTable(articles: DBCoreTable, counts: DBCoreTable): DBCoreTable {
  const pk = articles.schema.primaryKey;
  const keysOf = (req: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): unknown[] => (req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => pk.extractKey!(v))));

  const mutate = (req: DBCoreMutateRequest): PromiseLike<DBCoreMutateResponse> => {
    const { trans } = req;
    if (req.type === 'deleteRange' && req.range.type === FULL_RANGE) {
      // clear(): no row to read, every count is zero after it.
      return P.resolve(articles.mutate(req)).then((res) =>
        res.numFailures ? res : P.resolve(counts.mutate({ trans, type: 'deleteRange', range: req.range })).then(() => counts.mutate({ trans, type: 'put', values: [{ key: ALL_KEY, n: 0 }] })).then(() => res),
      );
    }
    if (req.type === 'deleteRange') {
      // The rows in the range, with values (where().delete() without hooks, clear()).
      return P.resolve(articles.query({ trans, values: true, query: { index: pk, range: req.range } })).then(({ result }) =>
        P.resolve(articles.mutate(req)).then((res) => {
          // One request: it deleted the whole range or nothing.
          if (res.numFailures) return res;
          const delta: Delta = new Map();
          for (const v of result) addToDelta(delta, v as object, -1);
          return P.resolve(applyDelta(counts, trans, delta)).then(() => res);
        }),
      );
    }
    const keys = keysOf(req);
    // An add never replaces a row (it fails instead); a put or delete may.
    const before = req.type === 'add' ? P.resolve([] as unknown[]) : P.resolve(articles.getMany({ trans, keys, cache: 'immutable' }));
    return before.then((old) =>
      P.resolve(articles.mutate(req)).then((res) => P.resolve(applyDelta(counts, trans, countsDelta(req, keys, old, res))).then(() => res)),
    );
  };
  return { ...articles, mutate: (req) => serially(req.trans, () => mutate(req)) };
}

export const libraryCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LibraryCounts',
  // Below the hooks middleware (2): a hooked write arrives here as plain puts and deletes.
  level: 1,
  create(down) {
    const names = new Set(down.schema.tables.map((t) => t.name));
    if (!names.has(ARTICLES) || !names.has(LIBRARY_COUNTS_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes(ARTICLES) && !stores.includes(LIBRARY_COUNTS_TABLE) ? [...stores, LIBRARY_COUNTS_TABLE] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const t = down.table(name);
        return name === ARTICLES ? countingTable(t, down.table(LIBRARY_COUNTS_TABLE)) : t;
      },
    };
  },
};
