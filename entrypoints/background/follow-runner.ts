// The scheduled check of followed papers. One alarm (`qubao-follow`) is set for the earliest
// moment any paper needs attention (lib/crawl nextWakeAt, never sooner than 30 s: packed
// extensions' alarms do not fire more often) and re-created at every worker start, since alarms
// may not survive a browser restart. Each due paper runs lib/crawl/follow-run with its state and
// its unfinished issue save in the `follows` table after every step, so a worker stopped in the
// middle resumes there. Articles it stores go through saveParsedPage like any other, so the
// alert matcher's table hooks see them (alerts-matching.ts).
import { browser } from 'wxt/browser';
import { nextWakeAt, type FollowSettings } from '@/lib/crawl/follow-check';
import { describeFollowError } from '@/lib/crawl/follow-errors';
import { schemeFromStored } from '@/lib/crawl/edition-scheme';
import { runFollowCheck } from '@/lib/crawl/follow-run';
import type { PoliteQueue } from '@/lib/crawl/polite-queue';
import { siteQueue } from './site-queue';
import { startKeepAlive } from './worker-keep-alive';
import type { StoreMeta } from '@/lib/crawl/save-issue';
import { canonicalUrl } from '@/lib/library/dedupe-key';
import { coveringPatternForUrl } from '@/lib/library/match-patterns';
import type { ParseInput, ParseResult, Segmenter } from '@/lib/parse';
import * as store from '@/lib/store';
import type { FollowRecord } from '@/lib/store/alert-types';
import { followSettings, getFollow, getFollowPreferences, listFollows, putFollowSaveJob, putFollowState } from '@/lib/store/follows';
import { parseSafely, wordsForBatch } from './parse-with-words';

export const FOLLOW_ALARM = 'qubao-follow';
/** Alarms of packed extensions fire at most this often. */
export const MIN_ALARM_DELAY_MS = 30_000;

export interface FollowRuntime {
  queue: PoliteQueue;
  words: () => Promise<Segmenter | null>;
  now: () => number;
}

let runtime: FollowRuntime | null = null;
let running: Promise<void> | null = null;

function defaultRuntime(): FollowRuntime {
  runtime ??= { queue: siteQueue(), words: () => wordsForBatch(), now: Date.now };
  return runtime;
}

/** Tests replace the queue (fake fetch) and the clock. */
export function setFollowRuntime(r: FollowRuntime | null): void {
  runtime = r;
}

/** Sets the alarm for the next paper that needs attention (or clears it when none is followed). */
export async function scheduleFollowAlarm(db: store.QubaoDb): Promise<number | null> {
  const rt = defaultRuntime();
  const settings = followSettings(await getFollowPreferences(db));
  const now = rt.now();
  const at = nextWakeAt((await listFollows(db)).map((f) => f.state), now, settings);
  if (at == null) {
    await browser.alarms.clear(FOLLOW_ALARM);
    return null;
  }
  const when = Math.max(at, now + MIN_ALARM_DELAY_MS);
  await browser.alarms.create(FOLLOW_ALARM, { when });
  return when;
}

/**
 * Runs every paper that is due (all of them with `force`, night or not), then sets the next
 * alarm. A second call while one runs joins it.
 */
export function runFollowChecks(db: store.QubaoDb, opts: { force?: boolean } = {}): Promise<void> {
  running ??= (async () => {
    const alive = startKeepAlive();
    try {
      const rt = defaultRuntime();
      const base = followSettings(await getFollowPreferences(db));
      const settings: FollowSettings = opts.force ? { ...base, nightPause: false } : base;
      for (const f of await listFollows(db)) {
        const rec = await getFollow(db, f.paperId); // it may have been unfollowed meanwhile
        if (rec) await checkOne(db, rec, rt, settings, !!opts.force);
      }
    } finally {
      alive.stop();
      running = null;
    }
    await scheduleFollowAlarm(db);
  })();
  return running;
}

async function checkOne(db: store.QubaoDb, rec: FollowRecord, rt: FollowRuntime, settings: FollowSettings, force: boolean): Promise<void> {
  const now = rt.now();
  const scheme = schemeFromStored(rec.scheme);
  let state = force && !rec.state.check ? { ...rec.state, nextCheckAt: now } : rec.state;
  const due = state.check != null || state.nextCheckAt <= now;
  if (!due) return;
  if (!scheme) {
    // Only a damaged row gets here (followPaper stores a valid scheme): say so, try again later.
    await putFollowState(db, rec.paperId, { ...state, check: null, lastCheckAt: now, nextCheckAt: now + settings.intervalMs, lastError: describeFollowError('not-epaper', null), lastErrorAt: now });
    return;
  }
  const pattern = coveringPatternForUrl(rec.origin);
  if (!pattern || !(await browser.permissions.contains({ origins: [pattern] }))) {
    state = { ...state, check: null, lastCheckAt: now, nextCheckAt: now + settings.intervalMs, lastError: describeFollowError('permission', null), lastErrorAt: now };
    await putFollowState(db, rec.paperId, state);
    return;
  }
  // The HTML of each fetched page until store() keeps it (a page that fails to parse is kept as raw text).
  const html = new Map<string, string>();
  const segmenter = await rt.words();
  await runFollowCheck({ id: rec.paperId, name: rec.name, scheme }, state, {
    queue: rt.queue,
    now: rt.now,
    settings,
    parseOptions: { segmenter },
    persistFollow: (s) => putFollowState(db, rec.paperId, s),
    loadSaveJob: async () => (await getFollow(db, rec.paperId))?.saveJob ?? null,
    persistSaveJob: (job) => putFollowSaveJob(db, rec.paperId, job),
    save: {
      parse: (input: ParseInput, o) => {
        if (input.url && input.html != null) html.set(input.url, input.html);
        return parseSafely(input, o?.segmenter ?? null);
      },
      parseOptions: { segmenter },
      now: rt.now,
      isSaved: (url) => store.hasSavedArticle(db, url),
      savedLayoutLinks: (url) => store.savedLayoutLinks(db, url),
      validatorsFor: (url) => store.getValidators(db, url),
      store: async (result: ParseResult, meta: StoreMeta) => {
        const page = html.get(meta.finalUrl) ?? html.get(meta.url) ?? '';
        html.delete(meta.finalUrl);
        await store.saveParsedPage(db, result, { url: meta.finalUrl, title: titleFor(result, meta), html: page, now: meta.fetchedAt });
        await store.putValidators(db, meta.url, meta.validators, meta.fetchedAt);
      },
    },
  });
}

function titleFor(result: ParseResult, meta: StoreMeta): string {
  try {
    return result.articles[0]?.title.trim() || canonicalUrl(meta.finalUrl);
  } catch {
    return meta.finalUrl;
  }
}
