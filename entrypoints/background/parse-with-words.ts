import { emptyResult, parsePage, type ParseInput, type ParseResult, type Segmenter } from '@/lib/parse';
import { segmenterReady, textEngineIfReady } from '@/lib/text/jieba';

// jieba starts with the worker (index.ts) and takes ~0.4–1 s; most pages never need it. So:
// when jieba is ready, parse with it; when it is not, parse with a probe segmenter that only
// records whether the parser asked for words. A parse that never asked is exactly the parse it
// would have been with jieba, and is kept: structured article and 版面 pages never wait. Only a
// parse that asked (page text, or an HTML page the parser read as text) waits for jieba and runs
// again; if jieba cannot start in time, it runs without words (the parser falls back to bigrams).

export interface WordSource {
  ifReady(): Segmenter | null;
  ready(): Promise<Segmenter>;
}

export const JIEBA_WORDS: WordSource = {
  ifReady() {
    const e = textEngineIfReady();
    return e ? { cut: (t, hmm) => e.cut(t, hmm) } : null;
  },
  ready: segmenterReady,
};

const WAIT_MS = 5000;

/** parsePage that never throws (it promises not to; this guards the promise so a page is never lost). */
export function parseSafely(input: ParseInput, segmenter: Segmenter | null): ParseResult {
  try {
    return parsePage(input, { segmenter });
  } catch (e) {
    const r = emptyResult('none', ['parser error']);
    r.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return r;
  }
}

function within<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      () => (clearTimeout(timer), resolve(null)),
    );
  });
}

export async function parseWithWords(input: ParseInput, words: WordSource = JIEBA_WORDS, waitMs = WAIT_MS): Promise<ParseResult> {
  const now = words.ifReady();
  if (now) return parseSafely(input, now);
  let asked = false;
  const probe: Segmenter = {
    cut(text) {
      asked = true;
      return Array.from(text);
    },
  };
  const first = parseSafely(input, probe);
  if (!asked) return first;
  return parseSafely(input, await within(words.ready(), waitMs));
}

/** The segmenter for a batch (save jobs): waits for jieba up to the limit, else none. */
export async function wordsForBatch(words: WordSource = JIEBA_WORDS, waitMs = WAIT_MS): Promise<Segmenter | null> {
  return words.ifReady() ?? within(words.ready(), waitMs);
}
