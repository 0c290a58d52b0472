import { describe, expect, it } from 'vitest';
import { FakeClock, settle } from './clock';
import { CrawlError, createPoliteQueue, parseRetryAfter, type QueueEvent } from './polite-queue';
import { fakeFetch, type Route } from './test-support';

const ok: Route = (url) => ({ status: 200, body: `<html>${url}</html>`, headers: { 'content-type': 'text/html; charset=utf-8', etag: '"e1"' } });

function setup(route: Route = ok, options: Partial<Parameters<typeof createPoliteQueue>[0]> = {}, latencyMs = 100) {
  const clock = new FakeClock(1_000_000);
  const fake = fakeFetch(clock, route, latencyMs);
  const events: QueueEvent[] = [];
  const queue = createPoliteQueue({ fetch: fake.fetch, clock, random: () => 0.5, onEvent: (e) => events.push(e), ...options });
  return { clock, fake, queue, events };
}

describe('createPoliteQueue', () => {
  it('keeps at most 2 requests in flight per host and starts them at least 1 s apart', async () => {
    const { clock, fake, queue } = setup(ok, {}, 2500);
    const urls = Array.from({ length: 6 }, (_, i) => `http://a.example.cn/html/content_${i}.htm`);
    const other = queue.fetch({ url: 'http://b.example.cn:8080/x.htm' });
    const all = Promise.all(urls.map((url) => queue.fetch({ url })));
    await clock.runAll();
    const results = await all;
    await other;
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(fake.peakConcurrency.get('a.example.cn')).toBe(2);
    const starts = fake.calls.filter((c) => c.url.includes('a.example.cn')).map((c) => c.at);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000);
    // Another host (a port counts) is not held up by the first.
    expect(fake.calls.find((c) => c.url.includes('b.example.cn'))!.at).toBe(1_000_000);
  });

  it('returns bytes, content type and validators, and sends stored validators', async () => {
    const { clock, fake, queue } = setup();
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm', validators: { etag: '"old"', lastModified: 'Sat, 16 Mar 2024 00:00:00 GMT' } });
    await clock.runAll();
    const r = await p;
    expect(new TextDecoder().decode(r.bytes!)).toBe('<html>http://a.example.cn/1.htm</html>');
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.validators.etag).toBe('"e1"');
    expect(fake.calls[0]!.headers).toEqual({ 'If-None-Match': '"old"', 'If-Modified-Since': 'Sat, 16 Mar 2024 00:00:00 GMT' });
  });

  it('reports 304 as not modified, without a body', async () => {
    const { clock, queue } = setup((_, __, headers) => (headers['If-None-Match'] === '"e1"' ? { status: 304 } : undefined));
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm', validators: { etag: '"e1"' } });
    await clock.runAll();
    expect(await p).toMatchObject({ status: 304, notModified: true, bytes: null });
  });

  it('retries 5xx with exponential backoff and jitter, then succeeds', async () => {
    const { clock, fake, queue, events } = setup((url, call) => (call < 3 ? { status: 503 } : ok(url, call, {})), { baseDelayMs: 1000 });
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm' });
    await clock.runAll();
    expect((await p).attempts).toBe(3);
    // random() = 0.5 → 75% of 1 s, then of 2 s.
    expect(events.filter((e) => e.type === 'retry').map((e) => (e as { delayMs: number }).delayMs)).toEqual([750, 1500]);
    const at = fake.calls.map((c) => c.at - 1_000_000);
    // The first retry waits 750 ms after the answer but also the 1 s spacing from the last start.
    expect(at).toEqual([0, 1000, 1000 + 100 + 1500]);
  });

  it('honours Retry-After on 429 for the whole host', async () => {
    const { clock, fake, queue } = setup((url, call) => (url.endsWith('1.htm') && call === 1 ? { status: 429, headers: { 'retry-after': '30' } } : ok(url, call, {})), {}, 100);
    const a = queue.fetch({ url: 'http://a.example.cn/1.htm' });
    await clock.advance(200);
    const b = queue.fetch({ url: 'http://a.example.cn/2.htm' });
    await clock.runAll();
    await Promise.all([a, b]);
    const second = fake.calls.filter((c) => c.url.endsWith('2.htm'))[0]!.at - 1_000_000;
    const retry = fake.calls.filter((c) => c.url.endsWith('1.htm'))[1]!.at - 1_000_000;
    expect(second).toBeGreaterThanOrEqual(100 + 30_000);
    expect(retry).toBeGreaterThanOrEqual(100 + 30_000);
  });

  it('fails at once when Retry-After is far too long', async () => {
    const { clock, queue } = setup(() => ({ status: 503, headers: { 'retry-after': '7200' } }));
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm' });
    const caught = p.catch((e) => e);
    await clock.runAll();
    expect(await caught).toMatchObject({ kind: 'retry-after-too-long', status: 503 });
  });

  it('gives the final status after the last attempt, and does not retry a 404', async () => {
    const { clock, fake, queue } = setup((url) => (url.endsWith('500.htm') ? { status: 500 } : { status: 404 }), { maxAttempts: 3 });
    const a = queue.fetch({ url: 'http://a.example.cn/500.htm' });
    const b = queue.fetch({ url: 'http://a.example.cn/404.htm' });
    await clock.runAll();
    expect((await a).status).toBe(500);
    expect((await b).status).toBe(404);
    expect(fake.calls.filter((c) => c.url.endsWith('500.htm'))).toHaveLength(3);
    expect(fake.calls.filter((c) => c.url.endsWith('404.htm'))).toHaveLength(1);
  });

  it('rejects with a network CrawlError after the retries, and retries timeouts', async () => {
    const { clock, queue, events } = setup(() => ({ networkError: true }), { maxAttempts: 2 });
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm' }).catch((e) => e);
    await clock.runAll();
    const err = await p;
    expect(err).toBeInstanceOf(CrawlError);
    expect(err).toMatchObject({ kind: 'network', attempts: 2 });
    expect(events.at(-1)?.type).toBe('failed');

    const slow = setup(ok, { timeoutMs: 1000, maxAttempts: 2 }, 5000);
    const q = slow.queue.fetch({ url: 'http://a.example.cn/slow.htm' }).catch((e) => e);
    await slow.clock.runAll();
    expect(await q).toMatchObject({ kind: 'timeout', attempts: 2 });
  });

  it('cancels promptly: waiting requests leave the queue, running ones are aborted, nothing more is fetched', async () => {
    const { clock, fake, queue } = setup(ok, {}, 10_000);
    const controller = new AbortController();
    const ps = Array.from({ length: 5 }, (_, i) => queue.fetch({ url: `http://a.example.cn/${i}.htm`, signal: controller.signal }).catch((e) => e));
    await clock.advance(1500); // two running, three waiting
    controller.abort();
    await settle();
    const results = await Promise.all(ps);
    expect(results.every((r) => r instanceof CrawlError && r.kind === 'cancelled')).toBe(true);
    await clock.runAll();
    expect(fake.calls).toHaveLength(2);
    expect(queue.pending()).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });

  it('cancels a request waiting out its backoff', async () => {
    const { clock, fake, queue } = setup(() => ({ status: 502 }), { baseDelayMs: 10_000 });
    const controller = new AbortController();
    const p = queue.fetch({ url: 'http://a.example.cn/1.htm', signal: controller.signal }).catch((e) => e);
    await clock.advance(500);
    controller.abort();
    expect(await p).toMatchObject({ kind: 'cancelled' });
    await clock.runAll();
    expect(fake.calls).toHaveLength(1);
  });

  it('passes the referrer through', async () => {
    const { clock, fake, queue } = setup();
    const p = queue.fetch({ url: 'http://epaper.b.example.cn/c.htm', referrer: 'http://epaper.a.example.cn/node_1.htm' });
    await clock.runAll();
    await p;
    expect(fake.calls[0]!.referrer).toBe('http://epaper.a.example.cn/node_1.htm');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter('Sat, 16 Mar 2024 00:01:00 GMT', Date.parse('Sat, 16 Mar 2024 00:00:00 GMT'))).toBe(60_000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});
