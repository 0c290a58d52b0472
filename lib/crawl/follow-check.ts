// The scheduled check of followed papers as a pure step function over plain data: given a
// paper, its check state and the time, say what to do next (wait, fetch the paperindex entry,
// fetch a candidate issue's first page, save an issue), and fold each outcome back into the
// state. The background keeps the state in IndexedDB and drives it from alarms, so a stopped
// service worker loses nothing. Newest issue first, skipped when already seen; paused at night;
// backoff on errors, with the last error in plain words for the options page.
import { dateFromUrl } from '../parse/conventions/dates';
import type { ParseResult } from '../parse/types';
import { editionUrlFor, type EditionScheme } from './edition-scheme';
import type { Validators } from './polite-queue';

export interface FollowSettings {
  intervalMs: number;
  nightPause: boolean;
  /** Local hours; the pause runs from nightStartHour to nightEndHour across midnight. */
  nightStartHour: number;
  nightEndHour: number;
  /** How many days back to look for the newest issue (weekly district papers need 7). */
  maxProbeDays: number;
  errorBackoffBaseMs: number;
  errorBackoffMaxMs: number;
  /** Minutes to add to UTC for local time (China: 480); default: this machine's zone. */
  utcOffsetMinutes?: number;
}

export const DEFAULT_FOLLOW_SETTINGS: FollowSettings = {
  intervalMs: 2 * 3600_000,
  nightPause: true,
  nightStartHour: 23,
  nightEndHour: 6,
  maxProbeDays: 8,
  errorBackoffBaseMs: 30 * 60_000,
  errorBackoffMaxMs: 24 * 3600_000,
};

export interface FollowedPaper {
  id: string | number;
  name: string;
  scheme: EditionScheme;
}

export interface FollowError {
  zh: string;
  en: string;
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

export type FollowFailureKind = 'network' | 'timeout' | 'http' | 'slow-down' | 'not-epaper' | 'permission' | 'store';

export type FollowOutcome =
  | { type: 'fetched'; status: number; finalUrl: string; result: ParseResult | null; validators?: Validators | null }
  | { type: 'failed'; kind: FollowFailureKind; status?: number | null }
  | { type: 'saved'; articlesSaved: number }
  | { type: 'interrupted' };

export function initialFollowState(now: number): FollowState {
  return { lastCheckAt: null, nextCheckAt: now, lastSeenDate: null, lastEditionUrl: null, articlesFound: 0, consecutiveErrors: 0, lastError: null, lastErrorAt: null, entryValidators: null, entryUsable: null, check: null };
}

const DAY = 86_400_000;

function offsetMs(now: number, s: FollowSettings): number {
  return (s.utcOffsetMinutes ?? -new Date(now).getTimezoneOffset()) * 60_000;
}

/** Local calendar date (ISO) of `now`. */
export function localDate(now: number, s: FollowSettings = DEFAULT_FOLLOW_SETTINGS): string {
  return new Date(now + offsetMs(now, s)).toISOString().slice(0, 10);
}

/** When the night pause that covers `t` ends, or null when `t` is not in it. */
export function nightEnd(t: number, s: FollowSettings = DEFAULT_FOLLOW_SETTINGS): number | null {
  if (!s.nightPause || s.nightStartHour === s.nightEndHour) return null;
  const local = t + offsetMs(t, s);
  const hour = Math.floor((((local % DAY) + DAY) % DAY) / 3600_000);
  const wraps = s.nightStartHour > s.nightEndHour;
  const inNight = wraps ? hour >= s.nightStartHour || hour < s.nightEndHour : hour >= s.nightStartHour && hour < s.nightEndHour;
  if (!inNight) return null;
  const dayStart = local - (((local % DAY) + DAY) % DAY);
  let end = dayStart + s.nightEndHour * 3600_000;
  if (end <= local) end += DAY;
  return end - offsetMs(t, s);
}

/** `t`, moved out of the night pause. */
function outOfNight(t: number, s: FollowSettings): number {
  return nightEnd(t, s) ?? t;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
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

export function describeFollowError(kind: FollowFailureKind, status: number | null): FollowError {
  switch (kind) {
    case 'network':
      return { zh: '连不上这个网站（网络错误），稍后会自动重试', en: 'Could not reach the site (network error); will retry later' };
    case 'timeout':
      return { zh: '网站响应太慢（超时），稍后会自动重试', en: 'The site took too long to answer; will retry later' };
    case 'slow-down':
      return { zh: '网站要求放慢访问，已推迟下次检查', en: 'The site asked us to slow down; the next check is postponed' };
    case 'permission':
      return { zh: '没有访问这个网站的权限，请在选项页重新授权', en: 'No permission for this site; grant it again on the options page' };
    case 'not-epaper':
      return { zh: '取到的页面不是电子报版面，报纸的网址可能改了', en: 'The page fetched is not an e-paper page; the paper may have moved' };
    case 'store':
      return { zh: '保存文章时出错', en: 'Saving the articles failed' };
    case 'http':
      if (status === 403) return { zh: '网站拒绝了访问（403），可以先在浏览器里打开一次这份报纸', en: 'The site refused access (403); try opening the paper in the browser once' };
      if (status != null && status >= 500) return { zh: `网站暂时出错（${status}），稍后会自动重试`, en: `The site had an error (${status}); will retry later` };
      return { zh: `网站返回了错误（${status ?? '未知'}）`, en: `The site answered with an error (${status ?? 'unknown'})` };
  }
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
