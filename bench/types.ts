/**
 * One benchmark: `run` is the work measured, `baseline` a fixed reference workload of the same
 * input size run alternately in the same process. `maxRatio` turns a target such as "a 5 MB page
 * parses in under 1 s" into a machine-independent bound: calibrate it once on a quiet machine
 * (ratio at which the absolute target is met) and say so in a comment beside the case.
 */
export interface BenchCase {
  name: string;
  baselineLabel: string;
  setup?: () => void | Promise<void>;
  run: () => unknown;
  baseline: () => unknown;
  maxRatio?: number;
  target?: string;
  repeat?: number;
  /**
   * Runs of `run` (and `baseline`) before measuring; default 1. Code whose speed depends on V8
   * having optimised it (a parse of many small functions takes several runs to settle) sets more,
   * so the median is the settled cost and the cold cost is reported as its own figure.
   */
  warmup?: number;
  /**
   * Time the baseline in its own blocks, before and after the runs, each block after a garbage
   * collection (needs `garbageCollector()` below), instead of alternating it with the runs. A run
   * that allocates tens of MB leaves its collection to whatever runs next: alternated, the few
   * milliseconds of the baseline swing several-fold and the ratio passes or fails at random. The
   * runs themselves are not collected between: a forced full collection between parses makes V8
   * drop optimised code tied to the last parse's objects ("weak objects" deopts), and the next
   * parse runs nearly cold (see the page-text bench's cold figure for that cost).
   */
  isolateGc?: boolean;
}

/**
 * A full garbage collection, or null where V8's `gc` cannot be reached. Node exposes it only under
 * --expose-gc; setting the flag at run time and taking `gc` from a fresh context is V8's documented
 * way to get it afterwards (node:v8 setFlagsFromString).
 */
export async function garbageCollector(): Promise<(() => void) | null> {
  try {
    const v8 = await import('node:v8');
    const vm = await import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/** A reference workload: one pass over the string's UTF-16 units with a regex, like a tokenizer. */
export function scanBaseline(s: string): () => number {
  return () => {
    let n = 0;
    for (const _m of s.matchAll(/[\u4e00-\u9fff]+|[A-Za-z0-9]+|<[^>]*>/g)) n++;
    return n;
  };
}

/**
 * A figure measured in a real browser (headless Chromium driving the built extension). Browser
 * figures are absolute (ms, bytes); where a target is absolute, `baselineMs` is a reference
 * workload timed in the same page and run so the ratio can be read on a noisy machine too.
 */
export interface BrowserFigure {
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'per-s' | 'count';
  /** The issue's target, printed beside the figure, e.g. "< 50 ms at 100k articles". */
  target?: string;
  /** Whether the target is met (absent: reported only). */
  ok?: boolean;
  baselineMs?: number;
  baselineLabel?: string;
  /**
   * value / baselineMs where the target is judged as a ratio to a baseline measured in the same
   * run (e.g. the browser's own floor for a page), calibrated like BenchCase.maxRatio; `ok` then
   * follows the ratio, and the absolute value is printed beside it.
   */
  ratio?: number;
  maxRatio?: number;
}

/**
 * One browser benchmark: `bench/*.browser-bench.ts` export `default: BrowserBench[]`. `run` builds
 * or reuses the extension (tests/e2e/support/paths.ts), launches Chromium itself and closes it.
 */
export interface BrowserBench {
  name: string;
  run: () => Promise<BrowserFigure[]>;
}

/**
 * A Node figure that is a distribution or a size rather than one ratio (parse time per page as
 * median and p95 over many pages, zip bytes). A bench file may export `figures: FigureBench[]`
 * beside its default cases; figures use the same shape as browser figures.
 */
export interface FigureBench {
  name: string;
  run: () => BrowserFigure[] | Promise<BrowserFigure[]>;
}

/** The q-quantile (0..1) of some numbers, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
