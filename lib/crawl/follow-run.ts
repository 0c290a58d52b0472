// Drives one followed paper's check to its next wait: asks follow-check what to do, does it
// with the polite queue and save-issue, folds the outcome back, and persists the state after
// every step (the background calls this from an alarm; when the worker must stop, the signal
// aborts and the next alarm resumes from the persisted follow and save states).
import { decodeHtml } from '../parse/charset';
import { parsePage } from '../parse/index';
import type { ParseOptions, ParseResult } from '../parse/types';
import {
  applyFollowOutcome,
  DEFAULT_FOLLOW_SETTINGS,
  nextFollowAction,
  type FollowedPaper,
  type FollowOutcome,
  type FollowSettings,
  type FollowState,
} from './follow-check';
import { CrawlError, type PoliteQueue, type Validators } from './polite-queue';
import { planSave, runSave, type SaveDeps, type SaveState } from './save-issue';

export interface FollowRunDeps {
  queue: PoliteQueue;
  /** isSaved, store, savedLayoutLinks … as for save-issue; `persist` there keeps the save job. */
  save: Omit<SaveDeps, 'queue' | 'signal' | 'persist'>;
  persistFollow(state: FollowState): void | Promise<void>;
  /** The paper's unfinished save job, if one was persisted. */
  loadSaveJob?(): SaveState | null | Promise<SaveState | null>;
  persistSaveJob?(job: SaveState | null): void | Promise<void>;
  signal?: AbortSignal;
  now(): number;
  settings?: FollowSettings;
  parseOptions?: ParseOptions;
}

export async function runFollowCheck(paper: FollowedPaper, initial: FollowState, deps: FollowRunDeps): Promise<FollowState> {
  const settings = deps.settings ?? DEFAULT_FOLLOW_SETTINGS;
  const parse = deps.save.parse ?? parsePage;
  // Pages fetched during this run, so the issue found by a probe is not fetched twice.
  const pages = new Map<string, ParseResult>();
  let state = initial;
  for (let guard = 0; guard < 100; guard++) {
    const step = nextFollowAction(paper, state, deps.now(), settings);
    state = step.state;
    const action = step.action;
    if (action.type === 'wait') break;
    let outcome: FollowOutcome;
    if (action.type === 'fetch') outcome = await fetchAndParse(action.url, action.validators);
    else outcome = await saveIssue(action.url);
    state = applyFollowOutcome(state, action, outcome, deps.now(), settings);
    await deps.persistFollow(state);
    if (outcome.type === 'interrupted') break;
  }
  return state;

  async function fetchAndParse(url: string, validators: Validators | null): Promise<FollowOutcome> {
    try {
      const res = await deps.queue.fetch({ url, validators, signal: deps.signal });
      const result = res.bytes && res.status < 300 ? parse({ url: res.finalUrl, html: decodeHtml(res.bytes, res.contentType) }, deps.parseOptions) : null;
      if (result) pages.set(res.finalUrl, result);
      return { type: 'fetched', status: res.status, finalUrl: res.finalUrl, result, validators: res.validators };
    } catch (e) {
      return failure(e);
    }
  }

  async function saveIssue(url: string): Promise<FollowOutcome> {
    let job = (await deps.loadSaveJob?.()) ?? null;
    if (!job || job.startUrl !== url) {
      let first = pages.get(url) ?? null;
      if (!first) {
        const got = await fetchAndParse(url, null);
        if (got.type !== 'fetched') return got;
        first = got.result;
      }
      if (!first || first.kind !== 'layout') return { type: 'failed', kind: 'not-epaper' };
      try {
        await deps.save.store(first, { url, finalUrl: url, role: 'layout', layoutUrl: null, status: 200, validators: {}, fetchedAt: deps.now() });
      } catch {
        return { type: 'failed', kind: 'store' };
      }
      job = planSave(url, first, 'issue');
    }
    const done = await runSave(job, { ...deps.save, queue: deps.queue, signal: deps.signal, persist: (s) => deps.persistSaveJob?.(s) });
    if (done.cancelled || !done.finished) {
      await deps.persistSaveJob?.(done);
      return { type: 'interrupted' };
    }
    await deps.persistSaveJob?.(null);
    return { type: 'saved', articlesSaved: done.articles.filter((a) => a.status === 'saved').length };
  }
}

function failure(e: unknown): FollowOutcome {
  if (e instanceof CrawlError) {
    if (e.kind === 'cancelled') return { type: 'interrupted' };
    if (e.kind === 'retry-after-too-long') return { type: 'failed', kind: 'slow-down', status: e.status };
    return { type: 'failed', kind: e.kind === 'timeout' ? 'timeout' : 'network' };
  }
  return { type: 'failed', kind: 'network' };
}
