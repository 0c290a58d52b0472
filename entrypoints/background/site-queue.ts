import { withBoundedBody } from '@/lib/crawl/bounded-body';
import { createPoliteQueue, type FetchLike, type PoliteQueue } from '@/lib/crawl/polite-queue';

// Every fetch the background makes to a newspaper's site — 保存本版/保存整期 and the checks of
// followed papers — goes through ONE polite queue, so a save job and a follow check on the same
// small district server share its spacing (one request start per second per host, two at most
// in flight) instead of each keeping its own and doubling the load.

/** The extension's fetch: host permission makes cross-origin pages readable; no cookies are sent. */
export const extensionFetch: FetchLike = async (url, init) => withBoundedBody(await fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }));

let queue: PoliteQueue | null = null;

export function siteQueue(): PoliteQueue {
  queue ??= createPoliteQueue({ fetch: extensionFetch, perHost: 2, spacingMs: 1000 });
  return queue;
}
