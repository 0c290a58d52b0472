import { describe, expect, it, vi } from 'vitest';
import type { Segmenter } from '@/lib/parse';

const parsePage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/parse', async (importOriginal) => ({ ...(await importOriginal<object>()), parsePage }));
const { parseWithWords, wordsForBatch } = await import('./parse-with-words');
const { emptyResult } = await import('@/lib/parse');

const jieba: Segmenter = { cut: (t) => [t] };
const input = { url: 'http://a.cn/x.htm', html: '<p>x</p>' };

/** A parser that asks for words only on page-text pages, and records which segmenter it got. */
function fakeParser(asksForWords: boolean) {
  parsePage.mockReset();
  parsePage.mockImplementation((_in: unknown, opts: { segmenter?: Segmenter | null }) => {
    if (asksForWords) opts.segmenter?.cut('区里');
    return { ...emptyResult(asksForWords ? 'page-text' : 'article'), reasons: [opts.segmenter === jieba ? 'jieba' : opts.segmenter ? 'probe' : 'none'] };
  });
}

describe('parseWithWords', () => {
  it('uses jieba at once when it is ready', async () => {
    fakeParser(true);
    const r = await parseWithWords(input, { ifReady: () => jieba, ready: async () => jieba });
    expect(r.reasons).toEqual(['jieba']);
    expect(parsePage).toHaveBeenCalledTimes(1);
  });

  it('does not wait for jieba on a page that never asks for words', async () => {
    fakeParser(false);
    const ready = vi.fn(() => new Promise<Segmenter>(() => {}));
    const r = await parseWithWords(input, { ifReady: () => null, ready });
    expect(r.kind).toBe('article');
    expect(ready).not.toHaveBeenCalled();
    expect(parsePage).toHaveBeenCalledTimes(1);
  });

  it('waits for jieba and parses again when the parser asked for words', async () => {
    fakeParser(true);
    const r = await parseWithWords(input, { ifReady: () => null, ready: async () => jieba });
    expect(r.reasons).toEqual(['jieba']);
    expect(parsePage).toHaveBeenCalledTimes(2);
  });

  it('parses without words when jieba fails or is too slow', async () => {
    fakeParser(true);
    expect((await parseWithWords(input, { ifReady: () => null, ready: () => Promise.reject(new Error('wasm')) })).reasons).toEqual(['none']);
    expect((await parseWithWords(input, { ifReady: () => null, ready: () => new Promise(() => {}) }, 10)).reasons).toEqual(['none']);
  });

  it('keeps a page whose parser throws', async () => {
    parsePage.mockReset();
    parsePage.mockImplementation(() => {
      throw new RangeError('deep');
    });
    const r = await parseWithWords(input, { ifReady: () => jieba, ready: async () => jieba });
    expect(r).toMatchObject({ kind: 'none', error: 'RangeError: deep' });
  });
});

describe('wordsForBatch', () => {
  it('gives jieba when it starts in time, else null', async () => {
    expect(await wordsForBatch({ ifReady: () => null, ready: async () => jieba })).toBe(jieba);
    expect(await wordsForBatch({ ifReady: () => null, ready: () => new Promise(() => {}) }, 10)).toBeNull();
  });
});
