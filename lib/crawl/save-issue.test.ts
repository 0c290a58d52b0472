import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../demo/tools/gbk-encode';
import { parsePage } from '../parse/index';
import type { ParseResult } from '../parse/types';
import { FakeClock } from './clock';
import { createPoliteQueue } from './polite-queue';
import { planSave, retryFailed, runSave, type SaveDeps, type SaveProgress, type SaveState, type StoreMeta } from './save-issue';
import { fakeFetch, type FakeAnswer } from './test-support';

// A small classic-Founder issue written for this test: two 版面, three articles (101 on both).
const BASE = 'http://epaper.example.cn/html/2024-05/08/';
const TITLES: Record<string, string> = { '101': '山阳镇新建社区食堂开张', '102': '区里召开河道整治推进会', '103': '老旧小区加装电梯' };
const LISTS: Record<string, string[]> = { node_2: ['101', '102'], node_3: ['103', '101'] };

function layoutHtml(node: string): string {
  const links = LISTS[node]!.map((id) => `<a href=content_${id}.htm><div id=mp${id}>${TITLES[id]}</div></a>`).join('\n');
  return `<html><head><meta charset="utf-8"><title>示例区报</title></head><body>
<a id=pageLink href=node_2.htm>第1版：要闻</a><a id=pageLink href=node_3.htm>第2版：综合</a>
<MAP NAME="pagepicmap">${LISTS[node]!.map((id) => `<Area shape="polygon" coords="1,1,9,1,9,9" href="content_${id}.htm">`).join('')}</MAP>
${links}</body></html>
<!--enpproperty <founder-date>2024-05-08 23:59:59</founder-date><founder-pagenum>${node === 'node_2' ? 1 : 2}</founder-pagenum><founder-papername>示例区报</founder-papername><founder-type>2</founder-type> /enpproperty-->`;
}

function articleHtml(id: string, charset = 'utf-8'): string {
  return `<html><head><meta charset="${charset}"><title>${TITLES[id]}</title></head><body>
<table class="wz"><tr><td class="font01"><founder-title>${TITLES[id]}</founder-title></td></tr></table>
<div id="ozoom"><founder-content><P>　　本报讯（记者 王小明）${TITLES[id]}，居民纷纷点赞。</P></founder-content></div></body></html>
<!--enpproperty <founder-date>2024-05-08 23:59:59</founder-date><founder-papername>示例区报</founder-papername><founder-type>1</founder-type> /enpproperty-->`;
}

function route(url: string): FakeAnswer | undefined {
  const m = /\/(node_\d|content_(\d+))\.htm$/.exec(url);
  if (!m) return undefined;
  if (m[2] === '103') return { body: encodeGbk(articleHtml('103', 'gbk')), headers: { 'content-type': 'text/html; charset=GBK' } };
  if (m[2]) return TITLES[m[2]] ? { body: articleHtml(m[2]), headers: { 'content-type': 'text/html' } } : undefined;
  return { body: layoutHtml(m[1]!) };
}

const startLayout = (): ParseResult => parsePage({ url: `${BASE}node_2.htm`, html: layoutHtml('node_2') });

function harness(routeFn: (url: string, call: number) => FakeAnswer | undefined = route, saved = new Set<string>()) {
  const clock = new FakeClock(0);
  const fake = fakeFetch(clock, (url, call) => routeFn(url, call), 200);
  const queue = createPoliteQueue({ fetch: fake.fetch, clock, random: () => 0.5, baseDelayMs: 500 });
  const stored: { result: ParseResult; meta: StoreMeta }[] = [];
  const persisted: SaveState[] = [];
  const progress: SaveProgress[] = [];
  const deps: SaveDeps = {
    queue,
    isSaved: (url) => saved.has(url),
    store: (result, meta) => {
      stored.push({ result, meta });
      saved.add(meta.url);
    },
    persist: (s) => void persisted.push(s),
    onProgress: (p) => progress.push(p),
    now: () => clock.now(),
  };
  const run = async (state: SaveState, extra: Partial<SaveDeps> = {}) => {
    const p = runSave(state, { ...deps, ...extra });
    await clock.runAll();
    return p;
  };
  return { clock, fake, stored, persisted, progress, deps, run, saved };
}

describe('planSave', () => {
  it('lists the page’s articles once each, and for an issue the other 版面 pages', () => {
    const page = planSave(`${BASE}node_2.htm`, startLayout(), 'page');
    expect(page.articles.map((a) => a.url)).toEqual([`${BASE}content_101.htm`, `${BASE}content_102.htm`]);
    expect(page.layouts).toEqual([]);
    const issue = planSave(`${BASE}node_2.htm?v=1`, startLayout(), 'issue');
    expect(issue.layouts.map((l) => l.url)).toEqual([`${BASE}node_3.htm`]);
  });
});

describe('runSave', () => {
  it('saves a whole issue: reads the other 版面, fetches each article once, decodes GBK, stores everything', async () => {
    const h = harness();
    const state = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'issue'));
    expect(state.finished).toBe(true);
    const articles = h.stored.filter((s) => s.meta.role === 'article');
    expect(articles.map((s) => s.result.articles[0]!.title).sort()).toEqual(Object.values(TITLES).sort());
    expect(h.stored.filter((s) => s.meta.role === 'layout').map((s) => s.meta.url)).toEqual([`${BASE}node_3.htm`]);
    expect(h.fake.calls.filter((c) => c.url.endsWith('content_101.htm'))).toHaveLength(1);
    // The 版面 page is sent as referrer for its articles.
    expect(articles.find((s) => s.meta.url.endsWith('103.htm'))!.meta.layoutUrl).toBe(`${BASE}node_3.htm`);
    expect(h.fake.calls.find((c) => c.url.endsWith('103.htm'))!.referrer).toBe(`${BASE}node_3.htm`);
    expect(h.progress.at(-1)).toEqual({ done: 3, total: 3, failed: 0, current: null });
    expect(h.persisted.at(-1)!.finished).toBe(true);
  });

  it('fetches nothing already saved when run again', async () => {
    const h = harness();
    await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'page'));
    const before = h.fake.calls.length;
    const again = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'page'));
    expect(h.fake.calls.length).toBe(before);
    expect(again.articles.map((a) => a.status)).toEqual(['skipped', 'skipped']);
  });

  it('does not refetch a 版面 page whose article list is already stored', async () => {
    const h = harness(route, new Set([`${BASE}content_103.htm`, `${BASE}content_101.htm`, `${BASE}content_102.htm`]));
    const state = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'issue'), { savedLayoutLinks: (url) => (url.endsWith('node_3.htm') ? [`${BASE}content_103.htm`] : null) });
    expect(h.fake.calls).toEqual([]);
    expect(state.finished).toBe(true);
  });

  it('hands a page that fails to parse to the store with its error, and marks fetch failures', async () => {
    const h = harness((url, call) => (url.endsWith('101.htm') ? { status: 404 } : route(url)));
    const parse = (input: { url?: string | null; html?: string }): ParseResult =>
      input.url?.endsWith('102.htm') ? { ...parsePage({ html: '' }), error: 'TypeError: broken page' } : parsePage(input);
    const state = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'page'), { parse });
    expect(state.articles.map((a) => [a.status, a.error])).toEqual([
      ['failed', 'HTTP 404'],
      ['saved', 'TypeError: broken page'],
    ]);
    expect(h.stored.map((s) => s.result.error)).toEqual(['TypeError: broken page']);
    expect(h.progress.at(-1)).toMatchObject({ done: 1, failed: 1, total: 2 });
    const retry = retryFailed(state);
    expect(retry.articles[0]).toMatchObject({ status: 'pending', error: null });
  });

  it('cancels promptly and resumes from the persisted state without refetching', async () => {
    const h = harness();
    const controller = new AbortController();
    const p = runSave(planSave(`${BASE}node_2.htm`, startLayout(), 'issue'), { ...h.deps, signal: controller.signal });
    await h.clock.advance(300); // node_3 and content_101 answered, content_102 waiting for its slot
    controller.abort();
    const cancelled = await p;
    expect(cancelled.cancelled).toBe(true);
    expect(cancelled.finished).toBe(false);
    const callsAtCancel = h.fake.calls.length;
    await h.clock.runAll();
    expect(h.fake.calls.length).toBe(callsAtCancel);

    // A new worker picks up the last persisted snapshot.
    const snapshot = h.persisted.at(-1)!;
    expect(snapshot.articles.some((a) => a.status === 'pending')).toBe(true);
    const resumed = await h.run(snapshot);
    expect(resumed.finished).toBe(true);
    const fetched = h.fake.calls.map((c) => c.url);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(h.stored.filter((s) => s.meta.role === 'article')).toHaveLength(3);
  });

  it('marks an item failed when a dependency throws, and goes on with the others', async () => {
    const h = harness();
    const state = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'page'), {
      isSaved: (url) => {
        if (url.endsWith('101.htm')) throw new Error('library unavailable');
        return false;
      },
    });
    expect(state.articles.map((a) => [a.status, a.error])).toEqual([
      ['failed', 'library unavailable'],
      ['saved', null],
    ]);
    expect(state.finished).toBe(true);
  });

  it('treats 304 Not Modified as already saved', async () => {
    const h = harness((url) => (url.includes('content_') ? { status: 304 } : route(url)));
    const state = await h.run(planSave(`${BASE}node_2.htm`, startLayout(), 'page'), { validatorsFor: () => ({ etag: '"x"' }) });
    expect(state.articles.map((a) => a.status)).toEqual(['skipped', 'skipped']);
    expect(h.fake.calls[0]!.headers['If-None-Match']).toBe('"x"');
  });
});
