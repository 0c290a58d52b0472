import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPoliteQueue, type FetchLike } from '@/lib/crawl/polite-queue';
import { response, type FakeAnswer } from '@/lib/crawl/test-support';
import { parsePage } from '@/lib/parse';
import { freshDb } from '@/lib/store/test-db';
import { getSaveJob, listLibraryEntries, type QubaoDb } from '@/lib/store';
import { cancelSaveJob, resumeSaveJobs, setJobRuntime, startSaveJob } from './save-jobs';
import { writeTabLayout } from './tab-layout';

// The demo paper's real pages (demo/site) served from a fake fetch: the job parses them with
// the real parser and stores them in a fresh database.
const site = path.resolve(__dirname, '../../demo/site');
const origin = 'http://127.0.0.1:8080';
const issue = `${origin}/jwsb/html/2026-03/18`;
const node2 = `${issue}/node_2.htm`;

let db: QubaoDb;
let calls: string[];
let override: (url: string) => FakeAnswer | 'hang' | undefined;

const fakeFetch: FetchLike = (url, init) => {
  calls.push(url);
  const special = override(url);
  if (special === 'hang') {
    return new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  }
  if (special) return Promise.resolve(response(special, url));
  const file = path.join(site, new URL(url).pathname);
  try {
    return Promise.resolve(response({ body: new Uint8Array(readFileSync(file)), headers: { 'content-type': 'text/html; charset=utf-8', etag: `"${path.basename(file)}"` } }, url));
  } catch {
    return Promise.resolve(response({ status: 404 }, url));
  }
};

async function showLayout(tabId: number, url: string) {
  const html = readFileSync(path.join(site, new URL(url).pathname), 'utf8');
  await writeTabLayout(tabId, url, parsePage({ url, html }));
}

const finished = async (id: number) => vi.waitFor(async () => {
  const job = await getSaveJob(db, id);
  expect(job?.status).not.toBe('running');
  return job!;
}, { timeout: 10_000 });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  db = freshDb();
  calls = [];
  override = () => undefined;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({} as never);
  setJobRuntime({ queue: createPoliteQueue({ fetch: fakeFetch, spacingMs: 0, baseDelayMs: 1, maxAttempts: 2 }), words: async () => null, now: Date.now });
  await showLayout(3, node2);
});
afterEach(async () => {
  setJobRuntime(null);
  await db.delete();
});

describe('save jobs', () => {
  it('saves every article of the 版面 page and fetches nothing again on a second run', async () => {
    const res = await startSaveJob(db, 3, 'page');
    expect(res.ok).toBe(true);
    const job = await finished((res as { jobId: number }).jobId);
    expect(job.status).toBe('done');
    expect(job.payload.progress).toMatchObject({ done: 3, total: 3, failed: 0 });
    expect(calls.map((u) => u.replace(`${issue}/`, ''))).toEqual(['content_5101.htm', 'content_5102.htm', 'content_5103.htm']);
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['区内首家嵌入式社区养老服务站开门迎客', '春日滨江绿道迎来赏花客', '江湾老街区改造首批居民回迁'].sort());
    expect(await db.fetchValidators.count()).toBe(3);

    calls = [];
    const again = await finished(((await startSaveJob(db, 3, 'page')) as { jobId: number }).jobId);
    expect(again.payload.progress).toMatchObject({ done: 3, total: 3 });
    expect(calls).toEqual([]);
  });

  it('saves the whole issue by following the page list, and the continued article becomes one entry', async () => {
    const job = await finished(((await startSaveJob(db, 3, 'issue')) as { jobId: number }).jobId);
    expect(job.payload.progress).toMatchObject({ done: 5, total: 5, failed: 0 });
    expect(calls).toContain(`${issue}/node_3.htm`);
    const entries = await listLibraryEntries(db);
    expect(entries).toHaveLength(4);
    const stitched = entries.find((e) => e.parts.length > 1)!;
    expect(stitched.parts.map((p) => p.pageNumber)).toEqual(['1', '2']);
  });

  it('keeps going past a failing host answer and stores an unreadable page as raw text', async () => {
    override = (url) => {
      if (url.endsWith('content_5102.htm')) return { status: 503 };
      if (url.endsWith('content_5103.htm')) return { body: '<html><body>页面维护中</body></html>' };
      return undefined;
    };
    const job = await finished(((await startSaveJob(db, 3, 'page')) as { jobId: number }).jobId);
    expect(job.status).toBe('done');
    expect(job.payload.progress).toMatchObject({ done: 2, failed: 1 });
    expect(calls.filter((u) => u.endsWith('content_5102.htm'))).toHaveLength(2);
    const raw = (await db.articles.toArray()).find((a) => a.parseStatus === 'failed');
    expect(raw?.rawText).toContain('页面维护中');
  });

  it('stops on cancel, keeping the unfinished articles pending', async () => {
    override = (url) => (url.endsWith('content_5101.htm') ? undefined : 'hang');
    const { jobId } = (await startSaveJob(db, 3, 'page')) as { jobId: number };
    await vi.waitFor(() => expect(calls.length).toBe(3));
    await cancelSaveJob(db, jobId);
    const job = await finished(jobId);
    expect(job.status).toBe('cancelled');
    expect(job.payload.state.articles.filter((a) => a.status === 'pending')).toHaveLength(2);
  });

  it('resumes a job a stopped worker left running, from its persisted state', async () => {
    override = () => 'hang';
    const { jobId } = (await startSaveJob(db, 3, 'page')) as { jobId: number };
    // two in flight: the per-host limit
    await vi.waitFor(() => expect(calls.length).toBe(2));
    // what a worker that stopped mid-job leaves behind: the row still says running
    const row = await getSaveJob(db, jobId);
    await cancelSaveJob(db, jobId);
    await finished(jobId);
    await db.jobs.put({ ...row!, status: 'running' });
    override = () => undefined;
    calls = [];
    expect(await resumeSaveJobs(db)).toEqual([jobId]);
    const job = await finished(jobId);
    expect(job.status).toBe('done');
    expect(calls).toHaveLength(3);
  });

  it('refuses without a 版面 page in the tab or without host permission', async () => {
    expect(await startSaveJob(db, 99, 'page')).toEqual({ ok: false, error: 'no 版面 page in this tab' });
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(false as never);
    expect(await startSaveJob(db, 3, 'page')).toEqual({ ok: false, error: 'no host permission for this site' });
    expect(await db.jobs.count()).toBe(0);
  });
});
