import { describe, expect, it } from 'vitest';
import { parsePage } from '../parse/index';
import { FakeClock } from './clock';
import { learnEditionScheme, type EditionScheme } from './edition-scheme';
import { DEFAULT_FOLLOW_SETTINGS, initialFollowState, type FollowState } from './follow-check';
import { runFollowCheck, type FollowRunDeps } from './follow-run';
import { createPoliteQueue } from './polite-queue';
import type { SaveState } from './save-issue';
import { fakeFetch, type FakeAnswer } from './test-support';

// A sample e-paper (text written for this test) whose issues are published during the test.
const HOST = 'http://epaper.example.cn';
const issues = new Map<string, string[]>(); // date → article ids on its one 版面

function layoutHtml(date: string, ids: string[]): string {
  return `<html><head><meta charset="utf-8"><title>示例区报</title></head><body>
<a id=pageLink href=node_2.htm>第1版：要闻</a>
<MAP NAME="pagepicmap">${ids.map((id) => `<Area shape="polygon" coords="1,1,9,1,9,9" href="content_${id}.htm">`).join('')}</MAP>
${ids.map((id) => `<a href=content_${id}.htm><div id=mp${id}>第${id}号新闻标题</div></a>`).join('\n')}</body></html>
<!--enpproperty <founder-date>${date} 23:59:59</founder-date><founder-pagenum>1</founder-pagenum><founder-papername>示例区报</founder-papername><founder-type>2</founder-type> /enpproperty-->`;
}

function route(url: string): FakeAnswer | undefined {
  if (url === `${HOST}/paperindex.htm`) {
    const newest = [...issues.keys()].sort().at(-1)!;
    const [y, m, d] = newest.split('-');
    return { body: `<html><head><META HTTP-EQUIV="REFRESH" CONTENT="0; URL=html/${y}-${m}/${d}/node_2.htm"></head><body></body></html>` };
  }
  const m = /\/html\/(\d{4})-(\d{2})\/(\d{2})\/(?:node_2|content_(\d+))\.htm$/.exec(url);
  const ids = m && issues.get(`${m[1]}-${m[2]}-${m[3]}`);
  if (!m || !ids) return undefined;
  if (!m[4]) return { body: layoutHtml(`${m[1]}-${m[2]}-${m[3]}`, ids) };
  return ids.includes(m[4])
    ? { body: `<html><head><meta charset="utf-8"></head><body><table class="wz"><tr><td class="font01"><founder-title>第${m[4]}号新闻标题</founder-title></td></tr></table><div id="ozoom"><founder-content><P>　　本报讯 第${m[4]}号新闻的正文。</P></founder-content></div></body></html>` }
    : undefined;
}

const at = (local: string) => Date.parse(`${local}+08:00`);

function world(start: number) {
  const clock = new FakeClock(start);
  const fake = fakeFetch(clock, (url) => route(url), 150);
  const queue = createPoliteQueue({ fetch: fake.fetch, clock, random: () => 0.5 });
  const saved = new Set<string>();
  let job: SaveState | null = null;
  const deps: FollowRunDeps = {
    queue,
    save: { isSaved: (u) => saved.has(u), store: (_r, meta) => void saved.add(meta.url), now: () => clock.now() },
    persistFollow: () => {},
    loadSaveJob: () => job,
    persistSaveJob: (j) => void (job = j),
    now: () => clock.now(),
    settings: { ...DEFAULT_FOLLOW_SETTINGS, utcOffsetMinutes: 480 },
  };
  const check = async (paper: { id: number; name: string; scheme: EditionScheme }, state: FollowState, extra: Partial<FollowRunDeps> = {}) => {
    const p = runFollowCheck(paper, state, { ...deps, ...extra });
    await clock.runAll();
    return p;
  };
  return { clock, fake, saved, deps, check, job: () => job };
}

describe('runFollowCheck', () => {
  it('follows a paper: saves the newest issue, then fetches nothing new until a new issue appears', async () => {
    issues.clear();
    issues.set('2024-05-06', ['101', '102']);
    const w = world(at('2024-05-08T10:00:00'));
    const learned = learnEditionScheme(`${HOST}/html/2024-05/06/node_2.htm`, parsePage({ url: `${HOST}/html/2024-05/06/node_2.htm`, html: layoutHtml('2024-05-06', ['101', '102']) }));
    if (!learned.ok) throw new Error(learned.reason);
    const paper = { id: 1, name: '示例区报', scheme: learned.scheme };

    let state = await w.check(paper, initialFollowState(w.clock.now()));
    expect(state).toMatchObject({ lastSeenDate: '2024-05-06', articlesFound: 2, lastError: null });
    expect([...w.saved].sort()).toEqual([`${HOST}/html/2024-05/06/content_101.htm`, `${HOST}/html/2024-05/06/content_102.htm`, `${HOST}/html/2024-05/06/node_2.htm`]);

    // Two hours later: the entry still names 05-06, nothing else is fetched.
    await w.clock.advance(2 * 3600_000);
    const before = w.fake.calls.length;
    state = await w.check(paper, state);
    expect(w.fake.calls.slice(before).map((c) => c.url)).toEqual([`${HOST}/paperindex.htm`]);

    // A new issue is published; the next check saves only its new articles.
    issues.set('2024-05-09', ['201', '101']);
    await w.clock.advance(20 * 3600_000);
    const mark = w.fake.calls.length;
    state = await w.check(paper, state);
    expect(state).toMatchObject({ lastSeenDate: '2024-05-09', articlesFound: 4 });
    const fetched = w.fake.calls.slice(mark).map((c) => c.url.replace(HOST, ''));
    expect(fetched).toEqual(['/paperindex.htm', '/html/2024-05/09/node_2.htm', '/html/2024-05/09/content_201.htm', '/html/2024-05/09/content_101.htm']);
  });

  it('stops when the worker must stop and resumes the save without fetching anything twice', async () => {
    issues.clear();
    issues.set('2024-05-08', ['301', '302', '303', '304']);
    const w = world(at('2024-05-08T10:00:00'));
    const scheme: EditionScheme = { template: `${HOST}/html/{yyyy}-{mm}/{dd}/node_2.htm`, dateFormat: 'yyyy-mm/dd', firstPageKnown: true, entryUrl: null, entryKnown: false, learnedFrom: '', learnedDate: '2024-05-08' };
    const paper = { id: 2, name: '示例区报', scheme };
    const controller = new AbortController();
    const p = runFollowCheck(paper, initialFollowState(w.clock.now()), { ...w.deps, signal: controller.signal });
    await w.clock.advance(2200);
    controller.abort();
    let state = await p;
    expect(state.check?.save?.date).toBe('2024-05-08');
    expect(w.job()?.cancelled).toBe(true);
    await w.clock.runAll();

    state = await w.check(paper, state);
    expect(state).toMatchObject({ lastSeenDate: '2024-05-08', articlesFound: 4, check: null });
    const urls = w.fake.calls.map((c) => c.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(w.job()).toBeNull();
  });
});
