// Fetched pages are read with a size cap (lib/crawl/bounded-body): a hostile server cannot make a
// save job or a follow check hold an endless body.
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBoundedBody, withBoundedBody } from '@/lib/crawl/bounded-body';

const stream = (chunks: number, size: number, onPull?: () => void) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      let n = 0;
      const pump = () => {
        onPull?.();
        if (n++ < chunks) c.enqueue(new Uint8Array(size).fill(60));
        else c.close();
      };
      for (let i = 0; i <= chunks; i++) pump();
    },
  });

describe('readBoundedBody', () => {
  it('reads a body within the cap whole', async () => {
    const res = new Response(stream(4, 1000));
    expect((await readBoundedBody(res, 10_000)).byteLength).toBe(4000);
  });

  it('refuses a declared length over the cap without reading', async () => {
    const res = new Response('x', { headers: { 'content-length': '999999999' } });
    await expect(readBoundedBody(res, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(res.bodyUsed).toBe(false);
  });

  it('stops a streamed body (no or false length) as soon as it passes the cap', async () => {
    const res = new Response(stream(100, 1000));
    await expect(readBoundedBody(res, 5_500)).rejects.toThrow(/larger than/);
  });

  it('caps a stream-less response too', async () => {
    const fake = { status: 200, url: 'http://a.cn/', headers: new Headers(), arrayBuffer: async () => new ArrayBuffer(2000) };
    await expect(readBoundedBody(fake, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect((await withBoundedBody(fake, 5000).arrayBuffer()).byteLength).toBe(2000);
  });
});
