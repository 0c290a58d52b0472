import Dexie, { type Table } from 'dexie';
import { alertId } from '../alerts/alerts';
import type { ParsedBackup } from './backup';
import type { QubaoDb } from './db';
import { SETTINGS } from './keys';
import { guardImportedRows } from './backup-guard';
import { LIBRARY_COUNTS_TABLE } from './library-counts';

// Merging a checked backup into the database, all in one transaction (a failure leaves the
// library as it was). Rules:
// - Keyed tables: a row missing here is added; a row present here is kept, unless both carry a
//   numeric `updatedAt` and the backup's is newer.
// - Auto-increment tables: a row matches a local one by its natural key (AUTO_NATURAL_KEYS;
//   otherwise the whole row); a row that matches nothing keeps its id when that id is free, else
//   gets a new one. References to these ids (REFERENCES) are rewritten, and so are keys derived
//   from them (an alert's id is made from its topic's id).
// - The search index (searchDocs, termStats, searchDocNos, searchPostings, the search.stats
//   setting) is derived data whose rows depend on each other (document numbers, frequencies): it
//   is restored as it is into a library with no index yet, and otherwise left out; the
//   background's catch-up job indexes the imported articles at its next start.
// A table added by a later migration gets the generic rules; if it refers to an auto-increment
// id, list it in REFERENCES.

export interface ImportReport {
  added: Record<string, number>;
  /** Rows replaced by a newer one from the backup. */
  updated: Record<string, number>;
  /** Rows already here (kept as they are). */
  unchanged: Record<string, number>;
  /** Rows not imported: wrong shape, a reference to nothing, a unique value taken. */
  skipped: Record<string, number>;
  /** Tables in the file that this version of Qubao does not have. */
  unknownTables: string[];
}

type Row = Record<string, unknown>;

const AUTO_NATURAL_KEYS: Record<string, (r: Row) => string> = {
  newspapers: (r) => String(r.name),
  watchTopics: (r) => String(r.name),
  jobs: (r) => `${String(r.kind)}|${String(r.createdAt)}`,
};

interface Reference {
  table: string;
  field: string;
  to: string;
  /** Recomputes fields derived from the reference (after it was rewritten). */
  rekey?: (r: Row) => Row;
}

const REFERENCES: Reference[] = [
  { table: 'follows', field: 'paperId', to: 'newspapers' },
  { table: 'topicAlerts', field: 'topicId', to: 'watchTopics', rekey: (r) => ({ ...r, id: alertId(r.topicId as number, String(r.articleId)) }) },
];

/** The search index's tables: every table whose name starts with "search", and termStats. */
const isSearchIndex = (name: string) => name.startsWith('search') || name === 'termStats';

const bump = (m: Record<string, number>, table: string, by = 1) => {
  if (by) m[table] = (m[table] ?? 0) + by;
};

/** A stable text of a row without its id, for matching auto-increment rows that have no natural key. */
const rowText = (r: Row, keyPath: string) => JSON.stringify(Object.entries(r).filter(([k]) => k !== keyPath).sort(([a], [b]) => (a < b ? -1 : 1)));

async function mergeAuto(table: Table<Row, unknown>, rows: Row[], report: ImportReport): Promise<Map<unknown, unknown>> {
  const keyPath = table.schema.primKey.keyPath as string;
  const natural = AUTO_NATURAL_KEYS[table.name] ?? ((r: Row) => rowText(r, keyPath));
  const byNatural = new Map<string, unknown>();
  const taken = new Set<unknown>();
  for (const local of await table.toArray()) {
    byNatural.set(natural(local), local[keyPath]);
    taken.add(local[keyPath]);
  }
  const ids = new Map<unknown, unknown>();
  const keep: Row[] = [];
  const renumber: Row[] = [];
  for (const row of rows) {
    const nk = natural(row);
    const old = row[keyPath];
    if (byNatural.has(nk)) {
      ids.set(old, byNatural.get(nk));
      bump(report.unchanged, table.name);
    } else if (typeof old === 'number' && !taken.has(old)) {
      taken.add(old);
      byNatural.set(nk, old);
      ids.set(old, old);
      keep.push(row);
    } else {
      byNatural.set(nk, undefined);
      renumber.push(row);
    }
  }
  if (keep.length) await table.bulkAdd(keep);
  for (const row of renumber) {
    const { [keyPath]: old, ...rest } = row;
    const id = await table.add(rest as Row);
    ids.set(old, id);
    byNatural.set(natural(row), id);
  }
  // Rows matched to an earlier row of the same backup that was renumbered.
  for (const row of rows) if (ids.get(row[keyPath]) === undefined) ids.set(row[keyPath], byNatural.get(natural(row)));
  bump(report.added, table.name, keep.length + renumber.length);
  return ids;
}

async function mergeKeyed(table: Table<Row, unknown>, rows: Row[], keys: unknown[] | null, report: ImportReport): Promise<void> {
  const keyPath = table.schema.primKey.keyPath ?? null;
  // Compound keys ([term+block]) are arrays of their fields.
  const keyOf = (r: Row, i: number) => (Array.isArray(keyPath) ? keyPath.map((p) => r[p]) : keyPath ? r[keyPath] : keys![i]);
  // The same key twice in one file: the last row wins.
  const unique = new Map<string, { key: unknown; row: Row }>();
  rows.forEach((row, i) => unique.set(JSON.stringify(keyOf(row, i)), { key: keyOf(row, i), row }));
  const list = [...unique.values()];
  const existing = await table.bulkGet(list.map((e) => e.key));
  const add: typeof list = [];
  const put: typeof list = [];
  list.forEach((e, i) => {
    const old = existing[i];
    if (!old) add.push(e);
    else if (typeof e.row.updatedAt === 'number' && typeof old.updatedAt === 'number' && e.row.updatedAt > old.updatedAt) put.push(e);
    else bump(report.unchanged, table.name);
  });
  let failed = new Set<number>();
  try {
    if (add.length) await (keyPath ? table.bulkAdd(add.map((e) => e.row)) : table.bulkAdd(add.map((e) => e.row), add.map((e) => e.key) as never));
  } catch (e) {
    // A unique index already holding the value: the row is skipped, the others stay.
    if (!(e instanceof Dexie.BulkError)) throw e;
    failed = new Set(Object.keys(e.failuresByPos).map(Number));
  }
  if (put.length) await (keyPath ? table.bulkPut(put.map((e) => e.row)) : table.bulkPut(put.map((e) => e.row), put.map((e) => e.key) as never));
  bump(report.added, table.name, add.length - failed.size);
  bump(report.skipped, table.name, failed.size);
  bump(report.updated, table.name, put.length);
}

function rewriteReferences(name: string, rows: Row[], idMaps: Map<string, Map<unknown, unknown>>, report: ImportReport): Row[] {
  const refs = REFERENCES.filter((r) => r.table === name);
  if (!refs.length) return rows;
  const out: Row[] = [];
  for (const row of rows) {
    let r: Row | null = row;
    for (const ref of refs) {
      const map = idMaps.get(ref.to);
      if (!map || !r) continue; // the referenced table was not in the backup: ids refer to this library
      const to = map.get(r[ref.field]);
      if (to === undefined) r = null;
      else r = ref.rekey ? ref.rekey({ ...r, [ref.field]: to }) : { ...r, [ref.field]: to };
    }
    if (r) out.push(r);
    else bump(report.skipped, name);
  }
  return out;
}

export async function mergeBackup(db: QubaoDb, parsed: ParsedBackup): Promise<ImportReport> {
  const report: ImportReport = { added: {}, updated: {}, unchanged: {}, skipped: { ...parsed.invalid }, unknownTables: parsed.unknownTables };
  const tables = db.tables as Table<Row, unknown>[];
  const order = (t: Table<Row, unknown>) => (t.schema.primKey.auto ? 0 : t.name === 'articles' ? 1 : 2);
  await db.transaction('rw', tables, async () => {
    const freshIndex = (await db.searchDocs.count()) === 0;
    const idMaps = new Map<string, Map<unknown, unknown>>();
    for (const table of [...tables].sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name))) {
      const data = parsed.tables.get(table.name);
      if (!data) continue;
      // Hostile-file guard (backup-guard.ts): no security settings, no resumable jobs.
      const guarded = guardImportedRows(table.name, data.rows as Row[]);
      bump(report.skipped, table.name, guarded.dropped);
      let rows = guarded.rows;
      if (isSearchIndex(table.name) && !freshIndex) continue;
      // Derived: the articles merged above changed them in this transaction (library-counts-middleware.ts).
      if (table.name === LIBRARY_COUNTS_TABLE) continue;
      if (table.schema.primKey.auto && table.schema.primKey.keyPath) {
        idMaps.set(table.name, await mergeAuto(table, rows, report));
        continue;
      }
      rows = rewriteReferences(table.name, rows, idMaps, report);
      if (table.name === 'settings') {
        const stats = rows.find((r) => r.key === SETTINGS.searchStats);
        rows = rows.filter((r) => r.key !== SETTINGS.searchStats);
        if (stats && freshIndex) await table.put(stats);
      }
      await mergeKeyed(table, rows, data.keys, report);
    }
  });
  return report;
}
