// Worker cold start → saved, in headless Chromium with the built extension (.output-bench-cold,
// an e2e build: the demo site's origin is a required host, so no permission prompt). Figures:
// - browser start → saved: launch Chromium, wait for the content-script registration, open a
//   demo article page, until its article is in the extension's IndexedDB;
// - worker cold start → saved: stop every service worker (CDP ServiceWorker.stopAllWorkers, as
//   Chrome does after 30 s idle), open another article page, until that article is stored:
//   the content script's message starts the worker, which parses (jieba may still be loading)
//   and writes. Median over the demo's article pages. The reference is the same page opened
//   with the worker already running (warm → saved).
// Polling reads IndexedDB from an extension page that sends the worker nothing, so the
// measurement itself never wakes the worker.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { DEMO_PAPERS, issueDir } from '../demo/tools/site-papers';
import { launchChromiumWithExtension, waitFor } from '../tests/e2e/support/chromium';
import { REPO_ROOT } from '../tests/e2e/support/paths';
import { ensureChromeBuild } from './browser-build';
import { quantile, type BrowserBench, type BrowserFigure } from './types';

const OUT = process.env.QUBAO_COLD_BENCH_OUT_DIR ?? '.output-bench-cold';
const EXTENSION_DIR = path.join(REPO_ROOT, OUT, 'chrome-mv3');
const COLD_RUNS = Number(process.env.QUBAO_COLD_BENCH_RUNS ?? 4);

function ensureBuild(): void {
  ensureChromeBuild(OUT);
}

/** Article rows in the extension's database (0 before Dexie created it), read from an extension page. */
function storedArticles(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'qubao')) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open('qubao');
      open.onerror = () => resolve(-1);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('articles')) return (db.close(), resolve(0));
        const req = db.transaction('articles', 'readonly').objectStore('articles').count();
        req.onsuccess = () => (db.close(), resolve(req.result));
        req.onerror = () => (db.close(), resolve(-1));
      };
    });
  });
}

const articlePages = () => DEMO_PAPERS.flatMap((p) => p.pages.flatMap((pg) => pg.articles.map((a) => `${issueDir(p)}/content_${a.id}.htm`)));

async function measure(): Promise<BrowserFigure[]> {
  ensureBuild();
  const server = await startDemoServer();
  const paths = articlePages();
  if (paths.length < COLD_RUNS + 2) throw new Error(`the demo site has only ${paths.length} article pages`);
  const t0 = performance.now();
  const browser = await launchChromiumWithExtension({ extensionDir: EXTENSION_DIR });
  try {
    const ctx = browser.context;
    const sw = await browser.serviceWorker();
    await waitFor(() => sw.evaluate(async () => ((await (globalThis as any).chrome.scripting.getRegisteredContentScripts()) as unknown[]).length), (n) => n > 0, 'the content script registration', 30_000);
    // An extension page that sends the worker nothing: it reads IndexedDB (so polling never wakes
    // the worker) and holds the CDP session that stops it and reports its running status
    // (Playwright notices a stopped worker only ~20 s later).
    const ext = await ctx.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/digest.html`);
    const cdp = await ctx.newCDPSession(ext);
    let status = 'running';
    let runningAt = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      const v = e.versions.find((x) => x.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`));
      if (!v) return;
      if (v.runningStatus === 'running' && status !== 'running') runningAt = performance.now();
      status = v.runningStatus;
    });
    await cdp.send('ServiceWorker.enable');
    let next = 0;
    let stored = await storedArticles(ext);
    const openAndWait = async (): Promise<{ ms: number; start: number }> => {
      const before = stored;
      const start = performance.now();
      const page = await ctx.newPage();
      await page.goto(new URL(paths[next++]!, server.url).href, { waitUntil: 'commit' });
      stored = await waitFor(() => storedArticles(ext), (n) => n > before, 'the article in IndexedDB', 60_000);
      const ms = performance.now() - start;
      await page.close();
      return { ms, start };
    };
    const first = await openAndWait();
    const browserToSaved = performance.now() - t0;
    const warm = [(await openAndWait()).ms];
    const cold: number[] = [];
    const toRunning: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(async () => status, (s) => s === 'stopped', 'the worker to stop', 20_000);
      const run = await openAndWait();
      cold.push(run.ms);
      if (runningAt > run.start) toRunning.push(runningAt - run.start);
    }
    return [
      { name: 'browser start → first article saved', value: browserToSaved, unit: 'ms', target: 'reported', baselineMs: first.ms, baselineLabel: 'of which page open → saved' },
      {
        name: `worker cold start → article saved (median of ${cold.length})`,
        value: quantile(cold, 0.5),
        unit: 'ms',
        target: `reported; worst ${Math.round(Math.max(...cold))} ms; page open → worker running median ${Math.round(quantile(toRunning, 0.5))} ms`,
        baselineMs: quantile(warm, 0.5),
        baselineLabel: 'same with the worker running',
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

const benches: BrowserBench[] = [{ name: 'worker cold start → saved', run: measure }];
export default benches;
