import { describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult, type ParseResult } from '../parse/types';
import type { EditionScheme } from './edition-scheme';
import {
  applyFollowOutcome,
  DEFAULT_FOLLOW_SETTINGS,
  initialFollowState,
  localDate,
  nextFollowAction,
  nextWakeAt,
  nightEnd,
  type FollowAction,
  type FollowedPaper,
  type FollowOutcome,
  type FollowState,
} from './follow-check';

const settings = { ...DEFAULT_FOLLOW_SETTINGS, utcOffsetMinutes: 480 }; // China time
const at = (local: string) => Date.parse(`${local}+08:00`);
const H = 3600_000;

const scheme: EditionScheme = {
  template: 'http://epaper.example.cn/html/{yyyy}-{mm}/{dd}/node_2.htm',
  dateFormat: 'yyyy-mm/dd',
  firstPageKnown: true,
  entryUrl: 'http://epaper.example.cn/paperindex.htm',
  entryKnown: false,
  learnedFrom: 'http://epaper.example.cn/html/2024-05/01/node_2.htm',
  learnedDate: '2024-05-01',
};
const paper: FollowedPaper = { id: 1, name: '示例区报', scheme };

function layoutResult(articles = 3): ParseResult {
  const r = emptyResult('layout');
  r.articles = Array.from({ length: articles }, (_, i) => ({ ...emptyArticle(`t${i}`), url: `u${i}` }));
  return r;
}
const fetched = (status: number, result: ParseResult | null, finalUrl = 'x') => ({ type: 'fetched' as const, status, finalUrl, result });

/** Runs steps with a scripted answer per action until the paper waits. */
function drive(p: FollowedPaper, state: FollowState, now: number, answer: (a: FollowAction) => FollowOutcome) {
  const actions: FollowAction[] = [];
  for (let i = 0; i < 20; i++) {
    const step = nextFollowAction(p, state, now, settings);
    actions.push(step.action);
    if (step.action.type === 'wait') return { state: step.state, actions };
    state = applyFollowOutcome(step.state, step.action, answer(step.action), now, settings);
  }
  throw new Error('did not settle');
}

describe('follow check', () => {
  it('probes from today back to the first issue it finds, then saves that whole issue', () => {
    const now = at('2024-05-08T10:00:00');
    const start = { ...initialFollowState(now), lastSeenDate: '2024-05-01' };
    const { state, actions } = drive({ ...paper, scheme: { ...scheme, entryUrl: null } }, start, now, (a) =>
      a.type === 'fetch' ? (a.date === '2024-05-06' ? fetched(200, layoutResult(), a.url) : fetched(404, null)) : { type: 'saved', articlesSaved: 3 },
    );
    expect(actions.filter((a) => a.type === 'fetch').map((a) => (a as { date: string }).date)).toEqual(['2024-05-08', '2024-05-07', '2024-05-06']);
    expect(actions.at(-2)).toEqual({ type: 'save-issue', url: 'http://epaper.example.cn/html/2024-05/06/node_2.htm', date: '2024-05-06' });
    expect(state).toMatchObject({ lastSeenDate: '2024-05-06', articlesFound: 3, check: null, lastError: null, nextCheckAt: now + 2 * H });
  });

  it('stops probing at the last issue seen and fetches nothing when that is today', () => {
    const now = at('2024-05-08T10:00:00');
    const noEntry = { ...paper, scheme: { ...scheme, entryUrl: null } };
    const first = drive(noEntry, { ...initialFollowState(now), lastSeenDate: '2024-05-06' }, now, () => fetched(404, null));
    expect(first.actions.filter((a) => a.type === 'fetch')).toHaveLength(2);
    const second = drive(noEntry, { ...initialFollowState(now), lastSeenDate: '2024-05-08' }, now, () => fetched(404, null));
    expect(second.actions).toEqual([{ type: 'wait', until: now + 2 * H }]);
  });

  it('uses the paperindex entry: follows its redirect, skips an issue already seen, sends its validators', () => {
    const now = at('2024-05-08T10:00:00');
    const stub = emptyResult();
    stub.redirectUrl = 'http://epaper.example.cn/html/2024-05/08/node_2.htm';
    const entry = (a: FollowAction): FollowOutcome => (a.type === 'fetch' ? { ...fetched(200, stub), validators: { etag: '"i1"' } } : { type: 'saved', articlesSaved: 5 });
    const one = drive({ ...paper, scheme: { ...scheme, entryKnown: true } }, initialFollowState(now), now, entry);
    expect(one.actions.map((a) => a.type)).toEqual(['fetch', 'save-issue', 'wait']);
    expect(one.state).toMatchObject({ lastSeenDate: '2024-05-08', entryValidators: { etag: '"i1"' } });
    const later = now + 3 * H;
    const two = drive({ ...paper, scheme: { ...scheme, entryKnown: true } }, { ...one.state, nextCheckAt: later }, later, entry);
    expect(two.actions.map((a) => a.type)).toEqual(['fetch', 'wait']);
    expect((two.actions[0] as { validators: unknown }).validators).toEqual({ etag: '"i1"' });
  });

  it('falls back to probing dates when the entry page is missing', () => {
    const now = at('2024-05-08T10:00:00');
    const { state, actions } = drive(paper, { ...initialFollowState(now), lastSeenDate: '2024-05-07' }, now, () => fetched(404, null));
    expect(actions.map((a) => (a.type === 'fetch' ? a.purpose : a.type))).toEqual(['entry', 'edition', 'wait']);
    // A likely entry that did not work is not tried again; a known one always is.
    const later = state.nextCheckAt;
    const again = drive(paper, state, later, () => fetched(404, null));
    expect(again.actions.map((a) => (a.type === 'fetch' ? a.purpose : a.type))).toEqual(['edition', 'wait']);
    const known = drive({ ...paper, scheme: { ...scheme, entryKnown: true } }, state, later, () => fetched(404, null));
    expect(known.actions[0]).toMatchObject({ purpose: 'entry' });
  });

  it('pauses at night (23:00–06:00 local) and resumes at six', () => {
    const night = at('2024-05-08T23:30:00');
    const step = nextFollowAction(paper, initialFollowState(night), night, settings);
    expect(step.action).toEqual({ type: 'wait', until: at('2024-05-09T06:00:00') });
    expect(nightEnd(at('2024-05-09T05:59:00'), settings)).toBe(at('2024-05-09T06:00:00'));
    expect(nightEnd(at('2024-05-09T06:00:00'), settings)).toBeNull();
    expect(nightEnd(night, { ...settings, nightPause: false })).toBeNull();
    // A check finishing at 22:00 is next due at 06:00, not at midnight.
    const late = at('2024-05-08T22:00:00');
    const { state } = drive({ ...paper, scheme: { ...scheme, entryUrl: null } }, { ...initialFollowState(late), lastSeenDate: '2024-05-08' }, late, () => fetched(404, null));
    expect(state.nextCheckAt).toBe(at('2024-05-09T06:00:00'));
  });

  it('backs off on errors and says what went wrong in plain Chinese', () => {
    const now = at('2024-05-08T10:00:00');
    const noEntry = { ...paper, scheme: { ...scheme, entryUrl: null } };
    const fail = (s: FollowState, t: number) => drive(noEntry, s, t, () => ({ type: 'failed', kind: 'network' })).state;
    const one = fail(initialFollowState(now), now);
    expect(one).toMatchObject({ consecutiveErrors: 1, nextCheckAt: now + 30 * 60_000 });
    expect(one.lastError!.zh).toContain('网络错误');
    const two = fail(one, one.nextCheckAt);
    expect(two.nextCheckAt - one.nextCheckAt).toBe(60 * 60_000);
    const forbidden = drive(noEntry, initialFollowState(now), now, () => fetched(403, null)).state;
    expect(forbidden.lastError!.zh).toContain('403');
    // A later good check clears the error.
    const ok = drive(noEntry, { ...two, nextCheckAt: now + 5 * H }, now + 5 * H, (a) => (a.type === 'fetch' ? fetched(200, layoutResult(), a.url) : { type: 'saved', articlesSaved: 1 })).state;
    expect(ok).toMatchObject({ consecutiveErrors: 0, lastError: null });
  });

  it('resumes an interrupted save with the same issue', () => {
    const now = at('2024-05-08T10:00:00');
    const noEntry = { ...paper, scheme: { ...scheme, entryUrl: null } };
    let step = nextFollowAction(noEntry, initialFollowState(now), now, settings);
    let state = applyFollowOutcome(step.state, step.action, fetched(200, layoutResult(), 'http://epaper.example.cn/html/2024-05/08/node_2.htm'), now, settings);
    step = nextFollowAction(noEntry, state, now, settings);
    state = applyFollowOutcome(step.state, step.action, { type: 'interrupted' }, now, settings);
    expect(nextFollowAction(noEntry, state, now + 60_000, settings).action).toEqual({ type: 'save-issue', url: 'http://epaper.example.cn/html/2024-05/08/node_2.htm', date: '2024-05-08' });
  });

  it('warns when no issue has appeared for more than two weeks', () => {
    const now = at('2024-05-30T10:00:00');
    const { state } = drive({ ...paper, scheme: { ...scheme, entryUrl: null } }, { ...initialFollowState(now), lastSeenDate: '2024-05-10' }, now, () => fetched(404, null));
    expect(state.lastError!.zh).toContain('网址可能已经改了');
  });

  it('gives local dates and the next wake time for alarms', () => {
    expect(localDate(at('2024-05-09T01:00:00'), settings)).toBe('2024-05-09');
    const now = at('2024-05-08T10:00:00');
    expect(nextWakeAt([{ ...initialFollowState(now), nextCheckAt: now + H }, { ...initialFollowState(now), nextCheckAt: now + 2 * H }], now, settings)).toBe(now + H);
    expect(nextWakeAt([], now, settings)).toBeNull();
  });
});
