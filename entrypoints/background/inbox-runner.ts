import { browser } from 'wxt/browser';
import type { QubaoDb } from '@/lib/store';
import { backoffMs, withDbRetry } from '@/lib/store/db-open';
import { getInboxItem, noteInboxFailure, removeInboxItem, resetInboxAttempts, unfinishedInbox } from '@/lib/store/inbox';
import { MAX_INBOX_ATTEMPTS } from '@/lib/store/inbox-view';
import { notSavedStatus, storeInboxRow, type StoreStep } from './capture-store';
import { writeTabLayout, hasLinks } from './tab-layout';
import { writeTabStatus } from './tab-status';

// Runs inbox rows to their end: store (capture-store.ts), then settle (search index and topic
// alerts, wired by inbox-start.ts), then remove the row. One run per row per worker: a second
// capture of the same page, or the resume at worker start, joins the run under way. A failed
// write (quota, a closed database) keeps the row and tries again after a backoff; the resume at
// every worker start picks up rows a stopped worker left, at whatever step they were.

/** Index and match the stored articles, then notify. `resumed`: their write happened in an earlier worker, so no hook saw it. */
export type Settler = (articleIds: string[], resumed: boolean) => Promise<void>;

export interface Run {
  /** Resolves once the row's articles are stored (or nothing was to be stored); null if the row is gone. */
  stored: Promise<StoreStep | null>;
  /** Resolves once the row is finished and removed, or left for a retry. */
  done: Promise<void>;
}

/** After this many failed attempts a row is kept (never dropped) but no longer retried by itself; options lists it. */
export const MAX_ATTEMPTS = MAX_INBOX_ATTEMPTS;

const runs = new Map<string, Run>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let settler: Settler = async () => undefined;
let onError: (e: unknown) => void = (e) => console.error('[qubao] inbox', e);

export function setInboxSettler(s: Settler, errors?: (e: unknown) => void): void {
  settler = s;
  if (errors) onError = errors;
}

export function startRun(db: QubaoDb, id: string, opts: { resumed: boolean; now?: number }): Run {
  const existing = runs.get(id);
  if (existing) return existing;
  const stored = storeStep(db, id, opts.now);
  const done = stored
    .then(async (step) => {
      if (!step?.articleIds) return;
      await settler(step.articleIds, opts.resumed);
      await removeInboxItem(db, id);
    })
    // A failed settle leaves the row `stored`: the next worker start settles it again.
    .catch(onError)
    .finally(() => {
      if (runs.get(id) === run) runs.delete(id);
    });
  const run: Run = { stored, done };
  runs.set(id, run);
  return run;
}

async function storeStep(db: QubaoDb, id: string, at?: number): Promise<StoreStep | null> {
  const row = await getInboxItem(db, id);
  if (!row) return null;
  if (row.stage === 'stored') return { status: row.status ?? notSavedStatus(row.url, row.receivedAt, 'no status', true), result: null, articleIds: row.articleIds };
  const now = at ?? Date.now();
  try {
    return await withDbRetry(db, () => storeInboxRow(db, row, now), { attempts: 2 });
  } catch (e) {
    // The page stays in the inbox, untouched; nothing else was written (one transaction).
    const retryAt = Date.now() + backoffMs(row.attempts + 1);
    const attempts = await noteInboxFailure(db, id, e instanceof Error ? `${e.name}: ${e.message}` : String(e), retryAt).catch(() => row.attempts + 1);
    if (attempts < MAX_ATTEMPTS) scheduleRetry(db, id, retryAt - Date.now());
    onError(e);
    return { status: notSavedStatus(row.url, now, e, true), result: null, articleIds: null };
  }
}

function scheduleRetry(db: QubaoDb, id: string, ms: number): void {
  if (timers.has(id)) return;
  timers.set(
    id,
    setTimeout(() => {
      timers.delete(id);
      void resumeRow(db, id);
    }, Math.max(0, ms)),
  );
}

/** Runs one row left by an earlier run, and shows its status on its tab if the tab still shows the page. */
async function resumeRow(db: QubaoDb, id: string): Promise<void> {
  const row = await getInboxItem(db, id);
  if (!row) return;
  const run = startRun(db, id, { resumed: true });
  const step = await run.stored;
  if (step && row.stage === 'received') await showOnTab(row.tabId, row.url, step).catch(() => undefined);
  await run.done;
}

async function showOnTab(tabId: number, url: string, step: StoreStep): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (tab?.url !== url) return;
  if (step.result && hasLinks(step.result)) await writeTabLayout(tabId, url, step.result);
  await writeTabStatus(tabId, step.status);
}

/** The user's 重试 in options: the backoff starts over and the row runs now (joining a run under way). */
export async function retryInboxRow(db: QubaoDb, id: string): Promise<boolean> {
  if (!(await resetInboxAttempts(db, id))) return false;
  const t = timers.get(id);
  if (t) clearTimeout(t);
  timers.delete(id);
  await resumeRow(db, id);
  const left = await getInboxItem(db, id);
  return !left || left.stage === 'stored' || left.attempts === 0;
}

/** The user's 放弃 in options: only a page not stored yet (a stored one just finishes settling). */
export async function discardInboxRow(db: QubaoDb, id: string): Promise<boolean> {
  const row = await getInboxItem(db, id);
  if (!row || row.stage === 'stored' || runs.has(id)) return false;
  const t = timers.get(id);
  if (t) clearTimeout(t);
  timers.delete(id);
  await removeInboxItem(db, id);
  return true;
}

/** Worker start: finish every row a stopped worker left, oldest first. Returns the ids run now. */
export async function resumeInbox(db: QubaoDb, now = Date.now()): Promise<string[]> {
  const started: string[] = [];
  for (const row of await unfinishedInbox(db)) {
    if (row.attempts >= MAX_ATTEMPTS) continue;
    if (row.nextAttemptAt > now) {
      scheduleRetry(db, row.id, row.nextAttemptAt - now);
      continue;
    }
    started.push(row.id);
    await resumeRow(db, row.id);
  }
  return started;
}

/** Resolves when every run under way has finished (tests). */
export async function inboxIdle(): Promise<void> {
  while (runs.size) await Promise.all([...runs.values()].map((r) => r.done));
}

/** Forgets runs and timers (tests). */
export function resetInboxRunner(): void {
  for (const t of timers.values()) clearTimeout(t);
  timers.clear();
  runs.clear();
  settler = async () => undefined;
}
