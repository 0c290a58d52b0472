// Response bodies of fetched e-paper pages, read with a size cap: the pages come from servers we
// do not control, and a save job or a followed paper's check should not hold an endless or huge
// body in memory. The cap is well above any real 版面 or article page (they are tens of kB).
import type { ResponseLike } from './fetch-types';

/** 24 MB: the protocol's 8 M-character HTML limit, at up to 3 bytes a character. */
export const MAX_PAGE_BYTES = 24 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`page larger than ${Math.round(limit / 1024 / 1024)} MB`);
    this.name = 'BodyTooLargeError';
  }
}

/** The parts of a fetch Response this reads (the real one fits; a stream-less fake too). */
export interface StreamingResponse extends ResponseLike {
  body?: ReadableStream<Uint8Array> | null;
}

/** The body as bytes, or BodyTooLargeError as soon as it passes `limit` (declared or streamed). */
export async function readBoundedBody(res: StreamingResponse, limit = MAX_PAGE_BYTES): Promise<ArrayBuffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  if (!res.body) {
    const buf = await res.arrayBuffer();
    if (buf.byteLength > limit) throw new BodyTooLargeError(limit);
    return buf;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/** The same response, whose arrayBuffer() is capped (for the polite queue's FetchLike). */
export function withBoundedBody<R extends StreamingResponse>(res: R, limit = MAX_PAGE_BYTES): ResponseLike {
  return { status: res.status, url: res.url, headers: res.headers, arrayBuffer: () => readBoundedBody(res, limit) };
}
