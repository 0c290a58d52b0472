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
}

/** A reference workload: one pass over the string's UTF-16 units with a regex, like a tokenizer. */
export function scanBaseline(s: string): () => number {
  return () => {
    let n = 0;
    for (const _m of s.matchAll(/[\u4e00-\u9fff]+|[A-Za-z0-9]+|<[^>]*>/g)) n++;
    return n;
  };
}
