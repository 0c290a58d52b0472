import { browser } from 'wxt/browser';
import type { PoliteQueue } from '@/lib/crawl/polite-queue';
import { siteQueue } from './site-queue';
import { pingWorker, startKeepAlive } from './worker-keep-alive';
import { planSave, runSave, saveProgress, type SaveState, type StoreMeta } from '@/lib/crawl/save-issue';
import { canonicalUrl } from '@/lib/library/dedupe-key';
import { coveringPatternForUrl } from '@/lib/library/match-patterns';
import type { ParseInput, ParseResult, Segmenter } from '@/lib/parse';
import type { SaveScope, StartJobResponse } from '@/lib/protocol';
import * as store from '@/lib/store';
import type { QubaoDb, SaveJobPayload, SaveJobRecord } from '@/lib/store';
import { parseSafely, wordsForBatch } from './parse-with-words';
import { readTabLayout } from './tab-layout';

// "保存本版全部文章" / "保存整期": the background plans the job from the 版面 page it parsed for the
// tab, runs it with lib/crawl/save-issue through one polite queue per worker (so two jobs on one
// host still share its limit of 2 requests), stores every page through saveParsedPage, and
// writes the job's state to the `jobs` table after every step. resumeSaveJobs() at worker start
// continues what a stopped worker left running.

export interface JobRuntime {
  queue: PoliteQueue;
  words: () => Promise<Segmenter | null>;
  now: () => number;
}

const running = new Map<number, AbortController>();
let runtime: JobRuntime | null = null;

function defaultRuntime(): JobRuntime {
  runtime ??= { queue: siteQueue(), words: () => wordsForBatch(), now: Date.now };
  return runtime;
}

/** Tests replace the queue (fake fetch) and the clock. */
export function setJobRuntime(r: JobRuntime | null): void {
  runtime = r;
}

export function isJobRunning(id: number): boolean {
  return running.has(id);
}

export async function startSaveJob(db: QubaoDb, tabId: number, scope: SaveScope): Promise<StartJobResponse> {
  const layout = await readTabLayout(tabId);
  if (!layout) return { ok: false, error: 'no 版面 page in this tab' };
  const pattern = coveringPatternForUrl(layout.url);
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) return { ok: false, error: 'no host permission for this site' };
  const existing = await store.runningSaveJobFor(db, layout.url, scope);
  if (existing) {
    if (!running.has(existing.id)) void runSaveJob(db, existing.id);
    return { ok: true, jobId: existing.id };
  }
  const state = planSave(layout.url, layout.result, scope);
  const titles: Record<string, string> = {};
  addTitles(titles, layout.result);
  const payload: SaveJobPayload = {
    scope,
    pageUrl: layout.url,
    paperName: layout.result.newspaper?.name ?? null,
    date: layout.result.date,
    state,
    progress: { ...saveProgress(state), currentTitle: null },
    titles,
  };
  const id = await store.createSaveJob(db, payload, defaultRuntime().now());
  void runSaveJob(db, id);
  return { ok: true, jobId: id };
}

export async function cancelSaveJob(db: QubaoDb, id: number): Promise<void> {
  const controller = running.get(id);
  if (controller) return void controller.abort();
  // Not running in this worker (stopped before it could resume): just mark it.
  const job = await store.getSaveJob(db, id);
  if (job?.status === 'running') await store.updateSaveJob(db, id, { status: 'cancelled' });
}

/** Worker start: continue every job a stopped worker left running. */
export async function resumeSaveJobs(db: QubaoDb): Promise<number[]> {
  const jobs = await store.unfinishedSaveJobs(db);
  const ids = jobs.map((j) => j.id).filter((id) => !running.has(id));
  for (const id of ids) void runSaveJob(db, id);
  return ids;
}

function addTitles(titles: Record<string, string>, result: ParseResult): void {
  for (const a of result.articles) {
    if (!a.url || !a.title.trim()) continue;
    try {
      titles[canonicalUrl(a.url)] = a.title.trim();
    } catch {
      // unusable URL: no title to show for it
    }
  }
}

function titleOf(job: SaveJobPayload, url: string | null): string | null {
  if (!url) return null;
  try {
    return job.titles[canonicalUrl(url)] ?? null;
  } catch {
    return null;
  }
}

/** Runs (or resumes) one job to its end; resolves when it is done, cancelled or failed. */
export async function runSaveJob(db: QubaoDb, id: number): Promise<void> {
  if (running.has(id)) return;
  const controller = new AbortController();
  running.set(id, controller);
  const rt = defaultRuntime();
  // A slow host between two steps must not let Chrome stop the worker (worker-keep-alive.ts).
  const alive = startKeepAlive();
  try {
    const job = await store.getSaveJob(db, id);
    if (!job || job.status !== 'running') return;
    const payload: SaveJobPayload = structuredClone(job.payload);
    let current: string | null = null;
    // The HTML of each fetched page, by the URL it was parsed under, until store() keeps it:
    // saveParsedPage needs it to keep a page that failed to parse as raw text.
    const html = new Map<string, string>();
    const segmenter = await rt.words();
    const final = await runSave(payload.state, {
      queue: rt.queue,
      signal: controller.signal,
      now: rt.now,
      parseOptions: { segmenter },
      parse: (input: ParseInput, opts) => {
        if (input.url && input.html != null) html.set(input.url, input.html);
        return parseSafely(input, opts?.segmenter ?? null);
      },
      isSaved: (url) => store.hasSavedArticle(db, url),
      savedLayoutLinks: (url) => store.savedLayoutLinks(db, url),
      validatorsFor: (url) => store.getValidators(db, url),
      store: async (result: ParseResult, meta: StoreMeta) => {
        const page = html.get(meta.finalUrl) ?? '';
        html.delete(meta.finalUrl);
        if (meta.role === 'layout') addTitles(payload.titles, result);
        await store.saveParsedPage(db, result, { url: meta.finalUrl, title: titleOf(payload, meta.url) ?? '', html: page, now: meta.fetchedAt });
        await store.putValidators(db, meta.url, meta.validators, meta.fetchedAt);
      },
      onProgress: (p) => {
        current = p.current;
      },
      persist: async (state: SaveState) => {
        payload.state = state;
        payload.progress = { ...saveProgress(state, current), currentTitle: titleOf(payload, current) };
        await store.updateSaveJob(db, id, { payload: structuredClone(payload) }, rt.now());
        await pingWorker();
      },
    });
    payload.state = final;
    payload.progress = { ...saveProgress(final), currentTitle: null };
    const status = final.cancelled ? 'cancelled' : 'done';
    await store.updateSaveJob(db, id, { status, payload }, rt.now());
  } catch (e) {
    await store.updateSaveJob(db, id, { status: 'failed', error: e instanceof Error ? e.message : String(e) }, rt.now()).catch(() => undefined);
  } finally {
    alive.stop();
    running.delete(id);
  }
}

export type { SaveJobRecord };
