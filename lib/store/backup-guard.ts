// An imported backup is hostile input (SECURITY.md): a file someone sent the user must not turn
// on security settings, nor make the background act by itself. So, before the merge:
// - `security.*` settings are dropped (saving from private windows stays as the user set it),
//   and so is the reader's "always load pictures" (a file could otherwise make every hostile
//   article it carries fetch its pictures, read receipts included, without a click);
// - unfinished jobs are kept as history but cancelled, since a running save job is resumed at
//   every start and would fetch the URLs the file lists.
// Pending captures (the inbox) are imported like articles: a file can hold any article already,
// and an inbox row only makes the parser read HTML the file carries (the parser's input is
// hostile by design). Everything else is validated by backup-shapes and rendered as text.

import { SETTINGS } from './keys';

type Row = Record<string, unknown>;

export const GUARDED_SETTING_PREFIX = 'security.';
const GUARDED_SETTINGS = new Set<string>([SETTINGS.readerLoadImages]);
const guarded = (key: unknown) => typeof key === 'string' && (key.startsWith(GUARDED_SETTING_PREFIX) || GUARDED_SETTINGS.has(key));
const UNFINISHED = new Set(['queued', 'running']);

/** The rows of `table` that may be imported, made inert where needed; `dropped` counts the rest. */
export function guardImportedRows(table: string, rows: Row[]): { rows: Row[]; dropped: number } {
  if (table === 'settings') {
    const kept = rows.filter((r) => !guarded(r.key));
    return { rows: kept, dropped: rows.length - kept.length };
  }
  if (table === 'jobs') {
    return { rows: rows.map((r) => (UNFINISHED.has(r.status as string) ? { ...r, status: 'cancelled' } : r)), dropped: 0 };
  }
  return { rows, dropped: 0 };
}
