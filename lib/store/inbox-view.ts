import type { InboxRecord } from './inbox';

// What the options page lists of the capture inbox (migration 009): pages Qubao received but
// has not finished storing. Normally the list is empty within seconds of a capture; a row stays
// when writing keeps failing (a full disk, a broken database). Those pages must never vanish
// unseen, so the user sees them, can try again, keep a copy, or let one go.

/** After this many failed attempts a row is kept (never dropped) but no longer retried by itself. */
export const MAX_INBOX_ATTEMPTS = 10;

/** working: being stored or due now; waiting: retried by itself at `retryAt`; stopped: needs the user. */
export type PendingCaptureState = 'working' | 'waiting' | 'stopped';

export interface PendingCapture {
  id: string;
  url: string;
  title: string;
  receivedAt: number;
  attempts: number;
  error: string | null;
  state: PendingCaptureState;
  retryAt: number | null;
  /** Its articles are stored; only the search index and alerts are unfinished (nothing to discard). */
  stored: boolean;
  /** Characters of page kept for it (0 once stored: the articles hold what is needed). */
  htmlChars: number;
}

/** The inbox rows as the options page shows them, stopped ones first, then newest first. */
export function pendingCaptures(rows: readonly InboxRecord[], now: number): PendingCapture[] {
  const rank: Record<PendingCaptureState, number> = { stopped: 0, waiting: 1, working: 2 };
  return rows
    .map((r): PendingCapture => {
      const state: PendingCaptureState = r.attempts >= MAX_INBOX_ATTEMPTS ? 'stopped' : r.nextAttemptAt > now ? 'waiting' : 'working';
      return {
        id: r.id,
        url: r.url,
        title: r.title,
        receivedAt: r.receivedAt,
        attempts: r.attempts,
        error: r.error,
        state,
        retryAt: state === 'waiting' ? r.nextAttemptAt : null,
        stored: r.stage === 'stored',
        htmlChars: r.html.length,
      };
    })
    .sort((a, b) => rank[a.state] - rank[b.state] || b.receivedAt - a.receivedAt);
}

/** Inbox ids are `m:`/`a:` + 32 hex digits (inbox.ts inboxKey); anything else names no row. */
export function isInboxId(x: unknown): x is string {
  return typeof x === 'string' && /^[am]:[0-9a-f]{32}$/.test(x);
}

/** A file name for the kept copy of a page: its host and when it arrived, nothing from its title. */
export function pendingCaptureFileName(p: Pick<PendingCapture, 'url' | 'receivedAt'>): string {
  let host = 'page';
  try {
    host = new URL(p.url).hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  } catch {
    // keep "page"
  }
  const d = new Date(p.receivedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `qubao-unsaved-${host}-${stamp}.html`;
}
