import type { SaveProgress, SaveState } from '../crawl/save-issue';
import type { Validators } from '../crawl/polite-queue';
import { canonicalUrl } from '../library/dedupe-key';
import type { SaveScope } from '../protocol';
import type { QubaoDb } from './db';
import type { JobRecord, JobStatus } from './types';

// "保存本版/保存整期" jobs in the `jobs` table. The whole crawl state (lib/crawl/save-issue) is the
// payload and is rewritten after every step, so a background that was stopped picks the job up
// where it was at its next start; the popup watches the same row for its progress line.

export const SAVE_JOB_KIND = 'save-layout';

export interface SaveJobProgress extends SaveProgress {
  /** Headline of the article being fetched, when the 版面 page named it. */
  currentTitle: string | null;
}

export interface SaveJobPayload {
  scope: SaveScope;
  pageUrl: string;
  paperName: string | null;
  date: string | null;
  state: SaveState;
  progress: SaveJobProgress;
  /** Article headlines from the 版面 pages read so far, by canonical URL. */
  titles: Record<string, string>;
}

export interface SaveJobRecord extends JobRecord {
  id: number;
  kind: typeof SAVE_JOB_KIND;
  payload: SaveJobPayload;
}

const isSaveJob = (j: JobRecord): j is SaveJobRecord => j.kind === SAVE_JOB_KIND && j.id != null;

export async function createSaveJob(db: QubaoDb, payload: SaveJobPayload, now = Date.now()): Promise<number> {
  return db.jobs.add({ kind: SAVE_JOB_KIND, status: 'running', payload, createdAt: now, updatedAt: now, error: null });
}

export async function updateSaveJob(db: QubaoDb, id: number, patch: { status?: JobStatus; payload?: SaveJobPayload; error?: string | null }, now = Date.now()): Promise<void> {
  await db.jobs.update(id, { ...patch, updatedAt: now });
}

export async function getSaveJob(db: QubaoDb, id: number): Promise<SaveJobRecord | null> {
  const j = await db.jobs.get(id);
  return j && isSaveJob(j) ? j : null;
}

/** Jobs a stopped background left running, oldest first. */
export async function unfinishedSaveJobs(db: QubaoDb): Promise<SaveJobRecord[]> {
  const rows = await db.jobs.where('status').equals('running').sortBy('createdAt');
  return rows.filter(isSaveJob);
}

/** The running job for this 版面 page and scope, if any (a second click joins it). */
export async function runningSaveJobFor(db: QubaoDb, pageUrl: string, scope: SaveScope): Promise<SaveJobRecord | null> {
  const key = canonicalUrl(pageUrl);
  return (await unfinishedSaveJobs(db)).find((j) => j.payload.scope === scope && canonicalUrl(j.payload.pageUrl) === key) ?? null;
}

/** The newest save job, for the popup's progress line. */
export async function latestSaveJob(db: QubaoDb): Promise<SaveJobRecord | null> {
  const rows = await db.jobs.orderBy('createdAt').reverse().limit(20).toArray();
  return rows.find(isSaveJob) ?? null;
}

export async function getValidators(db: QubaoDb, url: string): Promise<Validators | null> {
  const v = await db.fetchValidators.get(canonicalUrl(url));
  return v ? { etag: v.etag, lastModified: v.lastModified } : null;
}

export async function putValidators(db: QubaoDb, url: string, v: Validators, now = Date.now()): Promise<void> {
  if (!v.etag && !v.lastModified) return;
  await db.fetchValidators.put({ url: canonicalUrl(url), etag: v.etag ?? null, lastModified: v.lastModified ?? null, fetchedAt: now });
}

/** Whether an article from this URL is already in the library with a good parse (failed ones are fetched again). */
export async function hasSavedArticle(db: QubaoDb, url: string): Promise<boolean> {
  const key = canonicalUrl(url);
  const byKey = await db.articles.get(key);
  if (byKey) return byKey.parseStatus === 'ok';
  return (await db.articles.where('url').equals(url).filter((a) => a.parseStatus === 'ok').count()) > 0;
}

/** Article links of a 版面 page already in the library, so a whole-issue job need not fetch it again. */
export async function savedLayoutLinks(db: QubaoDb, url: string): Promise<string[] | null> {
  const page = await db.pages.where('url').equals(canonicalUrl(url)).first();
  const links = page?.articleLinks.map((l) => l.url).filter((u): u is string => !!u) ?? [];
  return links.length ? links : null;
}
