import type { Table } from 'dexie';
import type { QubaoDb } from './db';
import { BackupFormatError, DEFAULT_DECODE_LIMITS, type DecodeLimits, decodeValue, encodeValue, readBlobs } from './backup-codec';
import { mergeBackup, type ImportReport } from './backup-merge';
import { rowHasShape } from './backup-shapes';

// Full backup of the library database (issue 7): every table Dexie knows (db.tables, so tables
// added by later migrations are included without a change here), every record lossless
// (backup-codec), with a format version. Import validates everything before writing and merges
// (backup-merge): nothing is duplicated, auto-increment ids are remapped and references to them
// rewritten, and the whole import is one transaction.

export { BackupFormatError } from './backup-codec';
export type { ImportReport } from './backup-merge';

export const BACKUP_FORMAT = 'qubao-backup';
/** Bumped when the file layout changes (not when tables change: those carry their own shape). */
export const BACKUP_VERSION = 1;

export interface BackupLimits extends DecodeLimits {
  /** Largest file accepted, in UTF-16 code units of its text. */
  maxChars: number;
  /** Most rows accepted in one table. */
  maxRowsPerTable: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = { ...DEFAULT_DECODE_LIMITS, maxChars: 500_000_000, maxRowsPerTable: 2_000_000 };

interface TableDump {
  /** The primary key path (null when keys are stored outside the value), and whether it auto-increments. */
  keyPath: string | string[] | null;
  auto: boolean;
  /** Encoded rows; for tables with outbound keys, [key, value] pairs. */
  rows: unknown[];
}

/** The backup as parts of one JSON text (pass them to `new Blob(parts)`; a 100k-article library need not be one string). */
export async function exportBackupParts(db: QubaoDb, now = Date.now()): Promise<string[]> {
  const tables = db.tables as Table<unknown, unknown>[];
  const dumps = new Map<string, { keyPath: string | string[] | null; auto: boolean; rows: unknown[]; keys: unknown[] | null }>();
  await db.transaction('r', tables, async () => {
    for (const t of tables) {
      const pk = t.schema.primKey;
      const outbound = !pk.keyPath;
      const [rows, keys] = await Promise.all([t.toArray(), outbound ? t.toCollection().primaryKeys() : Promise.resolve(null)]);
      dumps.set(t.name, { keyPath: pk.keyPath ?? null, auto: !!pk.auto, rows, keys: keys as unknown[] | null });
    }
  });
  // Blobs are read after the transaction: awaiting anything but IndexedDB inside one ends it.
  const blobs = await readBlobs([...dumps.values()].map((d) => d.rows));
  const parts = [`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"schemaVersion":${db.verno},"exportedAt":${now},"tables":{`];
  let firstTable = true;
  for (const [name, d] of [...dumps].sort(([a], [b]) => a.localeCompare(b))) {
    parts.push(`${firstTable ? '' : ','}${JSON.stringify(name)}:{"keyPath":${JSON.stringify(d.keyPath)},"auto":${d.auto},"rows":[`);
    firstTable = false;
    d.rows.forEach((row, i) => {
      const enc = d.keys ? [encodeValue(d.keys[i], blobs), encodeValue(row, blobs)] : encodeValue(row, blobs);
      parts.push((i ? ',' : '') + JSON.stringify(enc));
    });
    parts.push(']}');
  }
  parts.push('}}');
  return parts;
}

export async function exportBackup(db: QubaoDb, now = Date.now()): Promise<string> {
  return (await exportBackupParts(db, now)).join('');
}

export interface ParsedBackup {
  schemaVersion: number;
  exportedAt: number;
  /** Decoded rows of the tables this database has; for outbound keys, {key, value}. */
  tables: Map<string, { rows: unknown[]; keys: unknown[] | null }>;
  unknownTables: string[];
  /** Rows dropped for a wrong shape, by table. */
  invalid: Record<string, number>;
}

const isValidKey = (k: unknown): boolean =>
  typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k)) || (k instanceof Date && !Number.isNaN(k.getTime())) || (Array.isArray(k) && k.length > 0 && k.every(isValidKey));

const keyOf = (row: unknown, keyPath: string | string[]): unknown =>
  Array.isArray(keyPath) ? keyPath.map((p) => (row as Record<string, unknown>)[p]) : (row as Record<string, unknown>)[keyPath];

/** Reads and checks a backup file's text. Throws BackupFormatError when the file as a whole is unusable. */
export function parseBackup(db: QubaoDb, text: string, limits: BackupLimits = DEFAULT_BACKUP_LIMITS): ParsedBackup {
  if (typeof text !== 'string') throw new BackupFormatError('not text');
  if (text.length > limits.maxChars) throw new BackupFormatError(`file larger than ${limits.maxChars} characters`);
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new BackupFormatError('not JSON');
  }
  const d = doc as Record<string, unknown> | null;
  if (!d || typeof d !== 'object' || Array.isArray(d) || d.format !== BACKUP_FORMAT) throw new BackupFormatError('not a Qubao backup');
  if (typeof d.version !== 'number' || !Number.isInteger(d.version) || d.version < 1) throw new BackupFormatError('bad backup version');
  if (d.version > BACKUP_VERSION) throw new BackupFormatError(`backup version ${d.version} is newer than this Qubao reads (${BACKUP_VERSION})`);
  if (!d.tables || typeof d.tables !== 'object' || Array.isArray(d.tables)) throw new BackupFormatError('no tables');
  const known = new Map(db.tables.map((t) => [t.name, t] as const));
  const out: ParsedBackup = { schemaVersion: typeof d.schemaVersion === 'number' ? d.schemaVersion : 0, exportedAt: typeof d.exportedAt === 'number' ? d.exportedAt : 0, tables: new Map(), unknownTables: [], invalid: {} };
  for (const [name, dump] of Object.entries(d.tables as Record<string, unknown>)) {
    const table = known.get(name);
    if (!table) {
      out.unknownTables.push(name.slice(0, 80));
      continue;
    }
    const td = dump as Partial<TableDump> | null;
    if (!td || typeof td !== 'object' || !Array.isArray(td.rows)) throw new BackupFormatError(`table ${name}: no rows`);
    if (td.rows.length > limits.maxRowsPerTable) throw new BackupFormatError(`table ${name}: more than ${limits.maxRowsPerTable} rows`);
    const keyPath = table.schema.primKey.keyPath ?? null;
    const rows: unknown[] = [];
    const keys: unknown[] | null = keyPath ? null : [];
    let invalid = 0;
    for (const raw of td.rows) {
      let key: unknown;
      let row: unknown;
      try {
        if (keyPath) row = decodeValue(raw, limits);
        else {
          if (!Array.isArray(raw) || raw.length !== 2) throw new BackupFormatError('bad row');
          [key, row] = [decodeValue(raw[0], limits), decodeValue(raw[1], limits)];
        }
      } catch (e) {
        if (e instanceof BackupFormatError) {
          invalid++;
          continue;
        }
        throw e;
      }
      const pk = keyPath ? keyOf(row, keyPath) : key;
      const autoMissing = table.schema.primKey.auto && pk === undefined;
      if (!rowHasShape(name, row) || (!autoMissing && !isValidKey(pk))) {
        invalid++;
        continue;
      }
      rows.push(row);
      keys?.push(key);
    }
    if (invalid) out.invalid[name] = invalid;
    out.tables.set(name, { rows, keys });
  }
  return out;
}

/** Parses, checks and merges a backup into the database, in one transaction. */
export async function importBackup(db: QubaoDb, text: string, limits: BackupLimits = DEFAULT_BACKUP_LIMITS): Promise<ImportReport> {
  const parsed = parseBackup(db, text, limits);
  return mergeBackup(db, parsed);
}
