import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { learnEditionScheme } from '@/lib/crawl/edition-scheme';
import { createPoliteQueue, type FetchLike } from '@/lib/crawl/polite-queue';
import { planSave } from '@/lib/crawl/save-issue';
import { response } from '@/lib/crawl/test-support';
import { parsePage } from '@/lib/parse';
import type { QubaoDb } from '@/lib/store';
import { followPaper, getFollow, putFollowSaveJob, putFollowState } from '@/lib/store/follows';
import { freshDb } from '@/lib/store/test-db';
import { FOLLOW_ALARM, MIN_ALARM_DELAY_MS, runFollowChecks, scheduleFollowAlarm, setFollowRuntime } from './follow-runner';

// The demo paper (demo/site) served by a fake fetch; the check parses and stores the real pages.
const site = path.resolve(__dirname, '../../demo/site');
const origin = 'http://127.0.0.1:8080';
const issue = `${origin}/jwsb/html/2026-03/18`;
const node2 = `${issue}/node_2.htm`;
// Local noon (the night pause follows the machine's zone).
const NOW = new Date(2026, 2, 18, 12).getTime();

let db: QubaoDb;
let calls: string[];
let now: number;

const fakeFetch: FetchLike = (url) => {
  calls.push(url);
  try {
    const body = new Uint8Array(readFileSync(path.join(site, new URL(url).pathname)));
    return Promise.resolve(response({ body, headers: { 'content-type': 'text/html; charset=utf-8' } }, url));
  } catch {
    return Promise.resolve(response({ status: 404 }, url));
  }
};

async function followDemo() {
  const result = parsePage({ url: node2, html: readFileSync(path.join(site, new URL(node2).pathname), 'utf8') });
  const learned = learnEditionScheme(node2, result);
  if (!learned.ok) throw new Error(learned.reason);
  return followPaper(db, '江湾时报', learned.scheme, now);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = freshDb();
  calls = [];
  now = NOW;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({} as never);
  setFollowRuntime({ queue: createPoliteQueue({ fetch: fakeFetch, spacingMs: 0, baseDelayMs: 1, maxAttempts: 1 }), words: async () => null, now: () => now });
});

describe('scheduled follow checks', () => {
  it('saves the newest issue of a followed paper through its entry page, then sets the next alarm', async () => {
    const rec = await followDemo();
    await runFollowChecks(db);
    expect(calls[0]).toBe(`${origin}/jwsb/paperindex.htm`);
    for (const id of ['5101', '5102', '5103', '5104', '5105']) expect(calls).toContain(`${issue}/content_${id}.htm`);
    expect(calls).toContain(`${issue}/node_3.htm`);
    expect(await db.articles.count()).toBe(5);
    const after = (await getFollow(db, rec.paperId))!;
    expect(after.state).toMatchObject({ lastSeenDate: '2026-03-18', articlesFound: 5, lastError: null, check: null, lastCheckAt: NOW });
    expect(after.saveJob).toBeNull();
    const alarm = await fakeBrowser.alarms.get(FOLLOW_ALARM);
    expect(alarm?.scheduledTime).toBe(after.state.nextCheckAt);
    expect(after.state.nextCheckAt).toBe(NOW + 2 * 3600_000);
  });

  it('does nothing before the paper is due; a forced check asks the entry page only', async () => {
    await followDemo();
    await runFollowChecks(db);
    calls = [];
    now += 60_000;
    await runFollowChecks(db);
    expect(calls).toEqual([]);
    await runFollowChecks(db, { force: true });
    expect(calls).toEqual([`${origin}/jwsb/paperindex.htm`]);
  });

  it('resumes an interrupted issue save from the follows table, fetching only what is left', async () => {
    const rec = await followDemo();
    const layout = parsePage({ url: node2, html: readFileSync(path.join(site, new URL(node2).pathname), 'utf8') });
    const job = planSave(node2, layout, 'issue');
    for (const a of job.articles) a.status = 'skipped';
    await putFollowState(db, rec.paperId, { ...rec.state, check: { startedAt: NOW, probeDates: [], entryTried: true, save: { url: node2, date: '2026-03-18' } } });
    await putFollowSaveJob(db, rec.paperId, job);
    await runFollowChecks(db);
    expect(calls.some((u) => u.includes('paperindex'))).toBe(false);
    expect(calls).toContain(`${issue}/node_3.htm`);
    expect(calls.filter((u) => /content_510[123]/.test(u))).toEqual([]);
    expect(calls).toContain(`${issue}/content_5105.htm`);
    expect((await getFollow(db, rec.paperId))!.state.lastSeenDate).toBe('2026-03-18');
  });

  it('records a missing host permission in plain words instead of fetching', async () => {
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    const rec = await followDemo();
    await runFollowChecks(db);
    expect(calls).toEqual([]);
    expect((await getFollow(db, rec.paperId))!.state.lastError?.zh).toContain('权限');
  });

  it('never sets the alarm sooner than 30 s, and clears it when nothing is followed', async () => {
    await followDemo();
    expect(await scheduleFollowAlarm(db)).toBe(NOW + MIN_ALARM_DELAY_MS);
    await db.follows.clear();
    expect(await scheduleFollowAlarm(db)).toBeNull();
    expect(await fakeBrowser.alarms.get(FOLLOW_ALARM)).toBeFalsy();
  });
});

describe('a damaged follow row', () => {
  it('is reported on the options page instead of being skipped silently', async () => {
    const rec = await followDemo();
    await db.follows.update(rec.paperId, { scheme: 'not a scheme' });
    await runFollowChecks(db);
    expect(calls).toEqual([]);
    expect((await getFollow(db, rec.paperId))!.state.lastError?.zh).toContain('不是电子报');
  });
});
