import { browser } from 'wxt/browser';

// Chrome stops an extension service worker after 30 s without extension events or API calls.
// IndexedDB work does not count, so a long job (a save job between two slow hosts, a follow
// check, a schema upgrade rewriting 100k rows) must make a cheap API call now and then, or the
// worker is stopped half-way: an aborted upgrade starts over at the next start and may never end.
const PING_EVERY_MS = 20_000;

/** One cheap extension API call (it resets the idle timer); never fails. */
export async function pingWorker(): Promise<void> {
  try {
    await browser.runtime.getPlatformInfo();
  } catch {
    // only a keep-alive; nothing depends on its answer
  }
}

/** Calls the extension API every 20 s until `stop()`; a ticker for jobs with their own end. */
export function startKeepAlive(): { stop(): void } {
  const ticker = setInterval(() => void pingWorker(), PING_EVERY_MS);
  return { stop: () => clearInterval(ticker) };
}

/** Keeps the worker alive while `work` runs; settles as `work` does. */
export async function keepWorkerAliveWhile<T>(work: Promise<T>): Promise<T> {
  const alive = startKeepAlive();
  try {
    return await work;
  } finally {
    alive.stop();
  }
}
