import Dexie from 'dexie';
import { QubaoDb } from './db';
import { MIGRATIONS } from './migrations';

// Opening the library database and keeping it usable:
// - a second connection with strict durability for the capture inbox: Dexie 4 sets durability
//   per Dexie instance (`chromeTransactionDurability`, used by every transaction it starts), not
//   per transaction, and strict on the main connection would make every index write wait for a
//   disk flush. The inbox write is the one a capture's answer waits for.
// - errors that leave the connection unusable (closed by the browser after a quota or I/O
//   failure) are answered by reopening and trying again; quota errors by backing off.
// - a database written by a newer build (a rolled-back update) is opened as it is: Dexie 4 retries
//   a VersionError at the stored version, so this build never changes its schema or deletes it;
//   versionNotice() tells the UI.

const strict = new Map<string, QubaoDb>();

/** The strict-durability twin of `db` (same name and schema), one per database name. */
export function strictConnection(db: QubaoDb): QubaoDb {
  let s = strict.get(db.name);
  if (!s) {
    s = new QubaoDb(db.name, MIGRATIONS, { chromeTransactionDurability: 'strict' });
    strict.set(db.name, s);
  }
  return s;
}

/** Closes the strict twins (tests delete their databases). */
export function closeStrictConnections(): void {
  for (const s of strict.values()) s.close();
  strict.clear();
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const name = (cur as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
    cur = (cur as { inner?: unknown }).inner;
  }
  return out;
}

/** The disk or the origin's quota is full (Dexie may wrap it in an AbortError's `inner`). */
export function isQuotaError(e: unknown): boolean {
  return names(e).some((n) => n === 'QuotaExceededError');
}

/** The connection is gone (closed by the browser or by a failed open): reopening may cure it. */
export function isClosedError(e: unknown): boolean {
  return names(e).some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError');
}

/** Reopens a connection that is closed; a no-op on an open one. */
export async function reopen(db: Dexie): Promise<void> {
  if (db.isOpen()) return;
  db.close({ disableAutoOpen: false });
  await db.open();
}

/** Delay before retry number `attempt` (1-based): 0.5 s doubling, capped, with a little jitter. */
export function backoffMs(attempt: number, capMs = 5 * 60_000, random = Math.random): number {
  const base = Math.min(capMs, 500 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface RetryOptions {
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs a database write, reopening the connection after a closed-database error and backing
 * off after a quota error, up to `attempts` tries. Other errors are thrown at once: retrying a
 * constraint or data error would not change it.
 */
export async function withDbRetry<T>(db: Dexie, work: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 3;
  const sleep = opts.sleep ?? sleepMs;
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (e) {
      const closed = isClosedError(e);
      if (i >= attempts || !(closed || isQuotaError(e))) throw e;
      await sleep(backoffMs(i, 5_000, opts.random));
      if (closed) await reopen(db).catch(() => undefined);
    }
  }
}

export interface VersionNotice {
  /** Schema version stored on disk. */
  stored: number;
  /** Highest version this build knows. */
  known: number;
}

/** Set when the database was written by a newer build than this one; null otherwise. Opens the db. */
export async function versionNotice(db: QubaoDb, known = Math.max(...MIGRATIONS.map((m) => m.version))): Promise<VersionNotice | null> {
  await db.open();
  // IndexedDB stores Dexie's version × 10 (a schema patch by an older build adds 1).
  const stored = Math.floor(db.backendDB().version / 10);
  return stored > known ? { stored, known } : null;
}
