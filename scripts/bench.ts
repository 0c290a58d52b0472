// npm run bench: speed targets as ratios against a baseline run in the same process, so a
// noisy shared machine moves both sides alike. Each bench/*.bench.ts exports BenchCase[].
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchCase } from '../bench/types';

const dir = path.resolve(import.meta.dirname, '../bench');
const only = process.argv[2];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

// A run may return a promise (searches go through async stores): its time includes settling it.
async function time(fn: () => unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  let failed = 0;
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: BenchCase[] };
    for (const c of mod.default) {
      if (only && !c.name.includes(only)) continue;
      await c.setup?.();
      await c.run();
      await c.baseline(); // warm both up
      const runs: number[] = [];
      const bases: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < (c.repeat ?? 7); i++) {
        const b = await time(c.baseline);
        const r = await time(c.run);
        runs.push(r);
        bases.push(b);
        ratios.push(r / b);
      }
      const ratio = median(ratios);
      const ok = c.maxRatio == null || ratio <= c.maxRatio;
      if (!ok) failed++;
      console.log(
        `${ok ? 'ok  ' : 'SLOW'} ${c.name}: ${ratio.toFixed(2)}× baseline (${c.baselineLabel})` +
          (c.maxRatio != null ? `, limit ${c.maxRatio}×` : '') +
          `; median ${median(runs).toFixed(1)} ms vs ${median(bases).toFixed(1)} ms` +
          (c.target ? `; target ${c.target}` : ''),
      );
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
