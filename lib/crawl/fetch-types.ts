// What the polite queue takes and gives: the slice of fetch it uses (so tests pass a fake and
// the extension the real one), request and outcome shapes, errors and progress events.

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** The part of a fetch Response used here (the real one fits). */
export interface ResponseLike {
  status: number;
  url: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FetchLike = (url: string, init: { signal: AbortSignal; headers: Record<string, string>; referrer?: string; redirect: 'follow' }) => Promise<ResponseLike>;

export interface QueueRequest {
  url: string;
  validators?: Validators | null;
  /**
   * Some split-host papers want the layout page as referrer (docs §4). Passed as fetch's
   * `referrer`; a browser drops a cross-origin one from an extension worker, so the wiring
   * needs a declarativeNetRequest header rule where a site really insists.
   */
  referrer?: string | null;
  signal?: AbortSignal;
}

export interface FetchOutcome {
  url: string;
  finalUrl: string;
  /** The final HTTP status (after retries); 304 when not modified. */
  status: number;
  notModified: boolean;
  bytes: Uint8Array | null;
  contentType: string | null;
  validators: Validators;
  attempts: number;
}

export type CrawlErrorKind = 'network' | 'timeout' | 'cancelled' | 'retry-after-too-long';

export class CrawlError extends Error {
  constructor(readonly kind: CrawlErrorKind, message: string, readonly attempts: number, readonly status: number | null = null) {
    super(message);
    this.name = 'CrawlError';
  }
}

export type QueueEvent =
  | { type: 'start'; url: string; attempt: number }
  | { type: 'retry'; url: string; attempt: number; delayMs: number; reason: string }
  | { type: 'done'; url: string; status: number }
  | { type: 'failed'; url: string; error: CrawlError };

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
