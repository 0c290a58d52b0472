// The scheduled check of followed papers as a pure step function over plain data: given a
// paper, its check state and the time, say what to do next (wait, fetch the paperindex entry,
// fetch a candidate issue's first page, save an issue), and fold each outcome back into the
// state. The background keeps the state in IndexedDB and drives it from alarms, so a stopped
// service worker loses nothing. Newest issue first, skipped when already seen; paused at night;
// backoff on errors, with the last error in plain words for the options page.
import { dateFromUrl } from '../parse/conventions/dates';
import type { ParseResult } from '../parse/types';
import { editionUrlFor, type EditionScheme } from './edition-scheme';
import { describeFollowError, type FollowError, type FollowFailureKind } from './follow-errors';
import { addDays, DEFAULT_FOLLOW_SETTINGS, localDate, outOfNight, type FollowSettings } from './follow-schedule';
import type { Validators } from './polite-queue';

export * from './follow-errors';
export * from './follow-schedule';

export interface FollowedPaper {
  id: string | number;
  name: string;
  scheme: EditionScheme;
}

export interface FollowState {
  lastCheckAt: number | null;
  nextCheckAt: number;
  /** Newest issue date stored (ISO). */
  lastSeenDate: string | null;
  lastEditionUrl: string | null;
  articlesFound: number;
  consecutiveErrors: number;
  lastError: FollowError | null;
  lastErrorAt: number | null;
  /** Validators of the entry page, for a conditional request next time. */
  entryValidators: Validators | null;
  /** Whether the entry page led to an issue last time (null: not tried yet). */
  entryUsable: boolean | null;
  /** The check under way, if any. */
  check: CheckInProgress | null;
}

export interface CheckInProgress {
  startedAt: number;
  /** Dates still to try, newest first (after the entry page, when there is one). */
  probeDates: string[];
  entryTried: boolean;
  /** Set once an issue was found: save it (again, after an interrupted save). */
  save: { url: string; date: string } | null;
}

export type FollowAction =
  | { type: 'wait'; until: number }
  | { type: 'fetch'; purpose: 'entry' | 'edition'; url: string; date: string | null; validators: Validators | null }
  | { type: 'save-issue'; url: string; date: string };

export type FollowOutcome =
  | { type: 'fetched'; status: number; finalUrl: string; result: ParseResult | null; validators?: Validators | null }
  | { type: 'failed'; kind: FollowFailureKind; status?: number | null }
  | { type: 'saved'; articlesSaved: number }
  | { type: 'interrupted' };

export function initialFollowState(now: number): FollowState {
  return { lastCheckAt: null, nextCheckAt: now, lastSeenDate: null, lastEditionUrl: null, articlesFound: 0, consecutiveErrors: 0, lastError: null, lastErrorAt: null, entryValidators: null, entryUsable: null, check: null };
}

/** What to do now for this paper. */
export function nextFollowAction(paper: FollowedPaper, state: FollowState, now: number, settings: FollowSettings = DEFAULT_FOLLOW_SETTINGS): { state: FollowState; action: FollowAction } {
  let check = state.check;
  if (!check) {
    const due = outOfNight(Math.max(state.nextCheckAt, now), settings);
    if (due > now) return { state, action: { type: 'wait', until: due } };
    check = { startedAt: now, probeDates: probeDates(state, now, settings), entryTried: false, save: null };
    state = { ...state, check };
  }
  if (check.save) return { state, action: { type: 'save-issue', ...check.save } };
  const scheme = paper.scheme;
  // The entry page names the newest issue in one (conditional) request, where probing dates
  // costs one request per day back: use it unless it has been seen not to work.
  if (!check.entryTried && scheme.entryUrl && (scheme.entryKnown || state.entryUsable !== false)) {
    return { state, action: { type: 'fetch', purpose: 'entry', url: scheme.entryUrl, date: null, validators: state.entryValidators } };
  }
  const date = check.probeDates[0];
  if (!date) {
    const done = finish(state, now, settings); // the newest issue we have is today's
    return { state: done, action: { type: 'wait', until: done.nextCheckAt } };
  }
  return { state, action: { type: 'fetch', purpose: 'edition', url: editionUrlFor(scheme, date), date, validators: null } };
}

/** Today back to the day after the last issue seen, at most maxProbeDays, newest first. */
function probeDates(state: FollowState, now: number, s: FollowSettings): string[] {
  const today = localDate(now, s);
  const out: string[] = [];
  for (let i = 0; i < s.maxProbeDays; i++) {
    const d = addDays(today, -i);
    if (state.lastSeenDate && d <= state.lastSeenDate) break;
    out.push(d);
  }
  return out;
}

/** Folds the outcome of `action` into the state. */
export function applyFollowOutcome(state: FollowState, action: FollowAction, outcome: FollowOutcome, now: number, settings: FollowSettings = DEFAULT_FOLLOW_SETTINGS): FollowState {
  const check = state.check;
  if (!check || action.type === 'wait') return state;
  if (outcome.type === 'interrupted') return state; // resume the same step next time
  if (outcome.type === 'failed') return failed(state, describeFollowError(outcome.kind, outcome.status ?? null), now, settings);
  if (action.type === 'save-issue') {
    if (outcome.type !== 'saved') return state;
    const done = finish(state, now, settings);
    return { ...done, lastSeenDate: action.date, lastEditionUrl: action.url, articlesFound: state.articlesFound + outcome.articlesSaved, consecutiveErrors: 0, lastError: null };
  }
  if (outcome.type !== 'fetched') return state;
  if (action.purpose === 'entry') {
    const validators = outcome.validators ?? state.entryValidators;
    const target = outcome.result?.redirectUrl ?? (outcome.result?.kind === 'layout' ? outcome.finalUrl : null);
    const date = target ? (dateFromUrl(target) ?? outcome.result?.date ?? null) : null;
    const next = { ...state, entryValidators: validators, entryUsable: outcome.status === 304 || !!(target && date) };
    if (outcome.status === 304) return finish(next, now, settings); // the entry still names the issue we have
    if (target && date) {
      if (state.lastSeenDate && date <= state.lastSeenDate) return finish(next, now, settings);
      return { ...next, check: { ...check, entryTried: true, save: { url: target, date } } };
    }
    return { ...next, check: { ...check, entryTried: true } }; // no usable entry: probe dates instead
  }
  const isIssue = outcome.status < 300 && outcome.result?.kind === 'layout' && (outcome.result.articles.length > 0 || (outcome.result.pages?.length ?? 0) > 0);
  if (isIssue && action.date) return { ...state, check: { ...check, save: { url: outcome.finalUrl, date: action.date } } };
  if (outcome.status >= 500 || outcome.status === 403 || outcome.status === 429) return failed(state, describeFollowError(outcome.status === 429 ? 'slow-down' : 'http', outcome.status), now, settings);
  // 404, or a "not found" page served as 200: that day has no issue; try the day before.
  const rest = check.probeDates.slice(1);
  if (rest.length) return { ...state, check: { ...check, probeDates: rest } };
  const done = finish(state, now, settings);
  return staleWarning(done, now, settings);
}

function finish(state: FollowState, now: number, s: FollowSettings): FollowState {
  return { ...state, check: null, lastCheckAt: now, nextCheckAt: outOfNight(now + s.intervalMs, s), consecutiveErrors: 0 };
}

function failed(state: FollowState, error: FollowError, now: number, s: FollowSettings): FollowState {
  const errors = state.consecutiveErrors + 1;
  const wait = Math.min(s.errorBackoffMaxMs, s.errorBackoffBaseMs * 2 ** (errors - 1));
  return { ...state, check: null, lastCheckAt: now, nextCheckAt: outOfNight(now + wait, s), consecutiveErrors: errors, lastError: error, lastErrorAt: now };
}

/** No issue for two weeks after the last one: the paper may have moved (new URL scheme). */
function staleWarning(state: FollowState, now: number, s: FollowSettings): FollowState {
  if (!state.lastSeenDate || localDate(now, s) <= addDays(state.lastSeenDate, 14)) return state;
  return { ...state, lastError: { zh: '两周多没有找到新的一期，这份报纸的网址可能已经改了，请打开一次它的最新版面', en: 'No new issue for over two weeks; the paper may have moved. Open its newest page once.' }, lastErrorAt: now };
}

/** Earliest time any followed paper needs attention (for the alarm). */
export function nextWakeAt(states: Iterable<FollowState>, now: number, settings: FollowSettings = DEFAULT_FOLLOW_SETTINGS): number | null {
  let best: number | null = null;
  for (const s of states) {
    const at = s.check ? now : outOfNight(Math.max(s.nextCheckAt, now), settings);
    if (best == null || at < best) best = at;
  }
  return best;
}
