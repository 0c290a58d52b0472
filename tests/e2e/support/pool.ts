/**
 * Runs `run` over `items` with at most `width` at a time, each lane keeping its own resource
 * (`open` once per lane, e.g. one browser tab reused for every page that lane checks); results in
 * the order of `items`. Checking a hundred extension pages one tab at a time was most of the XSS
 * e2e files' time, nearly all of it waiting on page loads and IndexedDB reads.
 */
export async function inLanes<T, L, R>(items: readonly T[], width: number, open: () => Promise<L>, run: (lane: L, item: T) => Promise<R>, close: (lane: L) => Promise<unknown>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    const resource = await open();
    try {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(resource, items[i]!);
      }
    } finally {
      await close(resource);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, lane));
  return out;
}
