import type { TabStatus } from '../protocol';
import type { QubaoDb } from './db';

// The capture inbox (migration 009): what the content script sent, kept until it is stored and
// settled. Repositories only; the background's capture.ts runs the steps. The key is derived
// from the capture itself, so writing it again is harmless and every step can be repeated.

export type InboxStage = 'received' | 'stored';

export interface InboxRecord {
  /** `m:`/`a:` (manual or automatic capture) + SHA-256 of URL and HTML, hex. */
  id: string;
  url: string;
  title: string;
  /** The page as captured; emptied once its articles are stored (they hold what is needed). */
  html: string;
  tabId: number;
  manual: 0 | 1;
  /** received: not stored yet (parse may not have run); stored: articles written, index and alerts may not be. */
  stage: InboxStage;
  /** Article ids written at the `stored` stage, for the index and alert steps. */
  articleIds: string[];
  /** The tab status computed when it was stored, shown again if a later worker finishes the row. */
  status: TabStatus | null;
  receivedAt: number;
  /** Failed attempts (quota, closed database); drives the backoff. */
  attempts: number;
  /** Not tried again before this time (0 = now). */
  nextAttemptAt: number;
  error: string | null;
}

export interface CaptureInput {
  url: string;
  title: string;
  html: string;
  tabId: number;
  manual: boolean;
}

/** Deterministic inbox id of a capture. */
export async function inboxKey(input: Pick<CaptureInput, 'url' | 'html' | 'manual'>): Promise<string> {
  const bytes = new TextEncoder().encode(`${input.url}\n${input.html}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${input.manual ? 'm' : 'a'}:${hex}`;
}

/**
 * Writes a capture to the inbox (pass the strict-durability connection, db-open.ts). A row with
 * the same id already there is left as it is: it is the same page, maybe half processed.
 */
export async function putInboxItem(db: QubaoDb, id: string, input: CaptureInput, now = Date.now()): Promise<InboxRecord> {
  return db.transaction('rw', db.inbox, async () => {
    const old = await db.inbox.get(id);
    if (old) return old;
    const rec: InboxRecord = {
      id,
      url: input.url,
      title: input.title,
      html: input.html,
      tabId: input.tabId,
      manual: input.manual ? 1 : 0,
      stage: 'received',
      articleIds: [],
      status: null,
      receivedAt: now,
      attempts: 0,
      nextAttemptAt: 0,
      error: null,
    };
    await db.inbox.add(rec);
    return rec;
  });
}

/** Marks a row stored. Call inside the transaction that wrote its articles, so both happen or neither. */
export async function markInboxStored(db: QubaoDb, id: string, articleIds: string[], status: TabStatus): Promise<void> {
  await db.inbox.update(id, { stage: 'stored', articleIds, status, html: '', error: null });
}

/** A failed attempt: the row stays, with the error and the time before which it is not tried again. */
export async function noteInboxFailure(db: QubaoDb, id: string, error: string, retryAt: number): Promise<number> {
  const row = await db.inbox.get(id);
  if (!row) return 0;
  const attempts = row.attempts + 1;
  await db.inbox.update(id, { attempts, error, nextAttemptAt: retryAt });
  return attempts;
}

/** The user asked to try again: the backoff starts over and the row is due now. */
export async function resetInboxAttempts(db: QubaoDb, id: string): Promise<boolean> {
  return (await db.inbox.update(id, { attempts: 0, nextAttemptAt: 0 })) > 0;
}

export async function removeInboxItem(db: QubaoDb, id: string): Promise<void> {
  await db.inbox.delete(id);
}

/** Rows left unfinished, oldest first (all of them: the caller decides what is due). */
export function unfinishedInbox(db: QubaoDb): Promise<InboxRecord[]> {
  return db.inbox.orderBy('receivedAt').toArray();
}

export function getInboxItem(db: QubaoDb, id: string): Promise<InboxRecord | undefined> {
  return db.inbox.get(id);
}
