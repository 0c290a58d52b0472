// Test doubles for the crawler: a fetch that answers from a route table after a simulated
// latency on a FakeClock, and records every call (time, headers) and the peak concurrency.
import type { FakeClock } from './clock';
import type { FetchLike, ResponseLike } from './polite-queue';

export interface FakeAnswer {
  status?: number;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Simulate a network failure instead of answering. */
  networkError?: boolean;
  url?: string;
}

export type Route = (url: string, call: number, headers: Record<string, string>) => FakeAnswer | undefined;

export interface FakeFetch {
  fetch: FetchLike;
  calls: { url: string; at: number; headers: Record<string, string>; referrer?: string }[];
  peakConcurrency: Map<string, number>;
}

export function fakeFetch(clock: FakeClock, route: Route, latencyMs = 100): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const peak = new Map<string, number>();
  const active = new Map<string, number>();
  const perUrl = new Map<string, number>();
  const fetch: FetchLike = (url, init) => {
    const host = new URL(url).host;
    const n = (perUrl.get(url) ?? 0) + 1;
    perUrl.set(url, n);
    calls.push({ url, at: clock.now(), headers: init.headers, referrer: init.referrer });
    active.set(host, (active.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host)!));
    return new Promise<ResponseLike>((resolve, reject) => {
      const done = () => active.set(host, active.get(host)! - 1);
      const timer = clock.setTimeout(() => {
        done();
        init.signal.removeEventListener('abort', onAbort);
        const answer = route(url, n, init.headers) ?? { status: 404, body: 'not found' };
        if (answer.networkError) return reject(new TypeError('Failed to fetch'));
        resolve(response(answer, url));
      }, latencyMs);
      const onAbort = () => {
        clock.clearTimeout(timer);
        done();
        reject(new DOMException('aborted', 'AbortError'));
      };
      init.signal.addEventListener('abort', onAbort, { once: true });
    });
  };
  return { fetch, calls, peakConcurrency: peak };
}

export function response(answer: FakeAnswer, url: string): ResponseLike {
  const headers = new Map(Object.entries(answer.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = answer.body ?? '';
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return {
    status: answer.status ?? 200,
    url: answer.url ?? url,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null },
    arrayBuffer: async () => bytes.slice().buffer,
  };
}
