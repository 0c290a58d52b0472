// A polite fetcher for e-paper hosts (small district servers, often plain HTTP on odd ports):
// at most `perHost` requests in flight per host (host includes the port), request starts at
// least `spacingMs` apart per host, retries with exponential backoff and jitter on network
// errors, timeouts, 408/429/5xx (Retry-After honoured, and it slows the whole host), and
// conditional requests from stored validators (304 → notModified). Every request can be
// cancelled with an AbortSignal: waiting ones leave the queue at once, running ones are aborted.
import { systemClock, type Clock } from './clock';
import { CrawlError, parseRetryAfter, type FetchLike, type FetchOutcome, type QueueEvent, type QueueRequest } from './fetch-types';

export * from './fetch-types';

export interface PoliteQueueOptions {
  fetch: FetchLike;
  clock?: Clock;
  random?: () => number;
  perHost?: number;
  spacingMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  /** A Retry-After longer than this fails the request instead of holding it. */
  maxRetryAfterMs?: number;
  onEvent?: (event: QueueEvent) => void;
}

export interface PoliteQueue {
  fetch(request: QueueRequest): Promise<FetchOutcome>;
  /** Requests waiting or running for a host (all hosts when omitted). */
  pending(host?: string): number;
}

interface Task {
  request: QueueRequest;
  attempt: number;
  resolve: (o: FetchOutcome) => void;
  reject: (e: unknown) => void;
  cleanup: () => void;
  controller: AbortController | null;
  timer: unknown;
  settled: boolean;
}

interface HostState {
  active: number;
  nextAt: number;
  waiting: Task[];
  timer: unknown;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]);

export function createPoliteQueue(options: PoliteQueueOptions): PoliteQueue {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const perHost = options.perHost ?? 2;
  const spacing = options.spacingMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelay = options.baseDelayMs ?? 2000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 5 * 60_000;
  const emit = options.onEvent ?? (() => {});
  const hosts = new Map<string, HostState>();
  const inFlightOrWaiting = new Map<string, number>();

  const hostOf = (url: string) => new URL(url).host.toLowerCase();
  const stateOf = (host: string) => {
    let s = hosts.get(host);
    if (!s) hosts.set(host, (s = { active: 0, nextAt: 0, waiting: [], timer: null }));
    return s;
  };

  function pump(host: string): void {
    const s = stateOf(host);
    while (s.active < perHost && s.waiting.length) {
      const wait = s.nextAt - clock.now();
      if (wait > 0) {
        if (s.timer == null) s.timer = clock.setTimeout(() => ((s.timer = null), pump(host)), wait);
        return;
      }
      const task = s.waiting.shift()!;
      s.active++;
      s.nextAt = clock.now() + spacing;
      void run(host, task);
    }
  }

  function finish(task: Task, outcome: FetchOutcome | null, error?: unknown): void {
    if (task.settled) return;
    task.settled = true;
    task.cleanup();
    const host = hostOf(task.request.url);
    inFlightOrWaiting.set(host, (inFlightOrWaiting.get(host) ?? 1) - 1);
    if (outcome) {
      emit({ type: 'done', url: task.request.url, status: outcome.status });
      task.resolve(outcome);
    } else {
      if (error instanceof CrawlError && error.kind !== 'cancelled') emit({ type: 'failed', url: task.request.url, error });
      task.reject(error);
    }
  }

  function retryLater(host: string, task: Task, reason: string, retryAfterMs: number | null): void {
    // Only network failures get here with no attempt left: a retryable HTTP status on the last
    // attempt is returned to the caller as the final status.
    if (task.attempt >= maxAttempts) {
      return finish(task, null, new CrawlError(reason === 'timeout' ? 'timeout' : 'network', reason, task.attempt));
    }
    const backoff = Math.min(maxDelay, baseDelay * 2 ** (task.attempt - 1)) * (0.5 + 0.5 * random());
    const delay = Math.max(backoff, retryAfterMs ?? 0);
    // The server asked the whole host to slow down, not only this request.
    if (retryAfterMs != null) stateOf(host).nextAt = Math.max(stateOf(host).nextAt, clock.now() + retryAfterMs);
    emit({ type: 'retry', url: task.request.url, attempt: task.attempt, delayMs: delay, reason });
    task.timer = clock.setTimeout(() => {
      task.timer = null;
      stateOf(host).waiting.push(task);
      pump(host);
    }, delay);
  }

  async function run(host: string, task: Task): Promise<void> {
    const s = stateOf(host);
    task.attempt++;
    emit({ type: 'start', url: task.request.url, attempt: task.attempt });
    const controller = new AbortController();
    task.controller = controller;
    let timedOut = false;
    const timeout = clock.setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
    try {
      const headers: Record<string, string> = {};
      const v = task.request.validators;
      if (v?.etag) headers['If-None-Match'] = v.etag;
      if (v?.lastModified) headers['If-Modified-Since'] = v.lastModified;
      const init = { signal: controller.signal, headers, redirect: 'follow' as const, ...(task.request.referrer ? { referrer: task.request.referrer } : {}) };
      const res = await options.fetch(task.request.url, init);
      const status = res.status;
      const retryAfter = parseRetryAfter(res.headers.get('retry-after'), clock.now());
      if (RETRY_STATUS.has(status) && task.attempt < maxAttempts && !task.settled) {
        if (retryAfter != null && retryAfter > maxRetryAfter) {
          return finish(task, null, new CrawlError('retry-after-too-long', `HTTP ${status}, Retry-After ${Math.round(retryAfter / 1000)} s`, task.attempt, status));
        }
        return retryLater(host, task, `HTTP ${status}`, status === 429 || status === 503 ? retryAfter : null);
      }
      const notModified = status === 304;
      const bytes = notModified || status >= 400 ? null : new Uint8Array(await res.arrayBuffer());
      finish(task, {
        url: task.request.url,
        finalUrl: res.url || task.request.url,
        status,
        notModified,
        bytes,
        contentType: res.headers.get('content-type'),
        validators: { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') },
        attempts: task.attempt,
      });
    } catch (e) {
      if (task.settled) return;
      if (task.request.signal?.aborted) return finish(task, null, cancelled(task));
      retryLater(host, task, timedOut ? 'timeout' : `network error: ${e instanceof Error ? e.message : String(e)}`, null);
    } finally {
      clock.clearTimeout(timeout);
      task.controller = null;
      s.active--;
      pump(host);
    }
  }

  function cancelled(task: Task): CrawlError {
    return new CrawlError('cancelled', 'cancelled', task.attempt);
  }

  return {
    fetch(request) {
      let host: string;
      try {
        host = hostOf(request.url);
      } catch {
        return Promise.reject(new CrawlError('network', `invalid URL: ${request.url}`, 0));
      }
      return new Promise<FetchOutcome>((resolve, reject) => {
        const task: Task = { request, attempt: 0, resolve, reject, cleanup: () => {}, controller: null, timer: null, settled: false };
        if (request.signal?.aborted) return reject(cancelled(task));
        const onAbort = () => {
          const s = stateOf(host);
          const i = s.waiting.indexOf(task);
          if (i >= 0) s.waiting.splice(i, 1);
          if (task.timer != null) clock.clearTimeout(task.timer);
          task.controller?.abort();
          finish(task, null, cancelled(task));
        };
        request.signal?.addEventListener('abort', onAbort, { once: true });
        task.cleanup = () => request.signal?.removeEventListener('abort', onAbort);
        inFlightOrWaiting.set(host, (inFlightOrWaiting.get(host) ?? 0) + 1);
        stateOf(host).waiting.push(task);
        pump(host);
      });
    },
    pending(host) {
      if (host) return inFlightOrWaiting.get(host.toLowerCase()) ?? 0;
      let n = 0;
      for (const v of inFlightOrWaiting.values()) n += v;
      return n;
    },
  };
}
