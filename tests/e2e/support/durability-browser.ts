// Chromium for the durability tests: started as a plain child process (not by Playwright) so the
// test can SIGKILL it like a crash, then started again on the same profile; Playwright connects
// over CDP. Also a local site of generated article pages (founder shape, one unique article per
// number) and helpers that read the extension's IndexedDB from one of its pages.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { renderFounderArticle } from '../../../demo/tools/founder-templates';
import { JIANGWAN, nth, type DemoArticle } from '../../../demo/tools/site-papers';
import { CHROMIUM_PATH } from './chromium';

export interface KillableChromium {
  browser: Browser;
  context: BrowserContext;
  extensionId: string;
  process: ChildProcess;
  /** SIGKILL, as a crash or a power cut would end it. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** Starts Chromium on `userDataDir`; pass the extension id when restarting a profile (its worker may not start by itself). */
export async function launchKillable(extensionDir: string, userDataDir: string, knownId?: string): Promise<KillableChromium> {
  const proc = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err.slice(-2000)}`)), 20_000);
    proc.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = err.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err.slice(-2000)}`)));
  });
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0]!;
  let extensionId = knownId;
  if (!extensionId) {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    browser,
    context,
    extensionId,
    process: proc,
    kill: async () => {
      proc.kill('SIGKILL');
      await exited;
      await browser.close().catch(() => undefined);
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

/** The extension's worker, if it runs now. */
export function liveWorker(context: BrowserContext, extensionId: string): Worker | undefined {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
}

/** Title of the generated article number n; unique text so no two are the same article. */
export const generatedTitle = (n: number) => `江湾河道保洁第${n}号段落实长效管理`;

function generatedArticle(n: number, paragraphs: number): DemoArticle {
  const body = Array.from({ length: paragraphs }, (_, i) => `第${n}号河段第${i + 1}次巡查：河道保洁队伍清理岸边垃圾${(n * 7 + i) % 97}处，疏通排水口${(n + i) % 13}个，居民反映的问题当天处理完毕。`);
  return { id: String(800000 + n), title: generatedTitle(n), author: `本报记者 周${n % 10}岚`, paragraphs: body, area: [0, 0, 1, 0, 1, 1, 0, 1] };
}

export interface GeneratedSite {
  url: (n: number) => string;
  /** Numbers answered with 404 from now on (a page that can no longer be captured again). */
  gone: Set<number>;
  close(): Promise<void>;
}

/** Serves /jwsb/html/2026-03/18/content_<800000+n>.htm as a founder article page, for any n. */
export async function startGeneratedSite(paragraphs = 40): Promise<GeneratedSite> {
  const base = nth(JIANGWAN.pages, 0);
  const gone = new Set<number>();
  const server = http.createServer((req, res) => {
    const m = /\/content_(\d+)\.htm$/.exec(req.url ?? '');
    const n = m ? Number(m[1]) - 800000 : NaN;
    if (!m || gone.has(n)) return void res.writeHead(404).end();
    const article = generatedArticle(n, paragraphs);
    const html = renderFounderArticle(JIANGWAN, { ...base, articles: [article] }, article);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    gone,
    url: (n) => `http://127.0.0.1:${port}/jwsb/html/2026-03/18/content_${800000 + n}.htm`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export interface ArticleState {
  /** Inbox rows (their stages). */
  inbox: string[];
  /** Article ids stored for this page URL (more than one = a duplicate). */
  ids: string[];
  indexed: number;
  alerts: number;
}

/** Reads what the library holds for the article of one page URL, with the page's own IndexedDB (no Dexie, read-only). */
export function articleState(page: Page, url: string): Promise<ArticleState> {
  return waitForState(page, url, () => true, 'a read', 10_000);
}

/**
 * Polls, inside the extension page (no round trip per poll), until `ok` accepts what the library
 * holds for the article of one page URL. `ok` is sent as source text, so it must not use outer variables.
 */
export async function waitForState(page: Page, url: string, ok: (s: ArticleState) => boolean, what: string, timeoutMs = 20_000, everyMs = 2): Promise<ArticleState> {
  const got = await page.evaluate(
    async ({ wanted, okSource, timeoutMs, everyMs }) => {
      const accept = (0, eval)(`(${okSource})`) as (s: unknown) => boolean;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('qubao');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const req = <T>(r: IDBRequest) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result as T);
          r.onerror = () => reject(r.error);
        });
      const read = async () => {
        const tx = db.transaction(['inbox', 'articles', 'searchDocs', 'topicAlerts'], 'readonly');
        const inbox = await req<{ stage: string }[]>(tx.objectStore('inbox').getAll());
        // By the url index (keys only: the rows are large); a duplicate would be a second key.
        const ids = await req<string[]>(tx.objectStore('articles').index('url').getAllKeys(wanted));
        let indexed = 0;
        let alerts = 0;
        for (const id of ids) {
          indexed += await req<number>(tx.objectStore('searchDocs').count(id));
          alerts += await req<number>(tx.objectStore('topicAlerts').index('articleId').count(id));
        }
        return { inbox: inbox.map((r) => r.stage), ids, indexed, alerts };
      };
      const end = Date.now() + timeoutMs;
      let last = null as unknown;
      try {
        while (Date.now() < end) {
          last = await read();
          if (accept(last)) return { ok: true, state: last };
          await new Promise((r) => setTimeout(r, everyMs));
        }
        return { ok: false, state: last };
      } finally {
        db.close();
      }
    },
    { wanted: url, okSource: ok.toString(), timeoutMs, everyMs },
  );
  if (!got.ok) throw new Error(`timed out waiting for ${what} of ${url}; last: ${JSON.stringify(got.state)}`);
  return got.state as ArticleState;
}
