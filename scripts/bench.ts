// npm run bench [-- <name filter>] [--json] [--no-browser]
// One line per figure with its target beside it; `--json` prints a JSON summary of every figure
// instead. Three sources, in order:
// 1. bench/*.bench.ts default BenchCase[]: speed targets as ratios against a baseline run in the
//    same process, so a noisy shared machine moves both sides alike;
// 2. bench/*.bench.ts `figures`: distributions and sizes (parse time per page, zip bytes);
// 3. bench/*.browser-bench.ts default BrowserBench[]: figures measured in headless Chromium
//    (skipped with a clear line when there is no Chromium, or with --no-browser).
// Exit code 1 when a figure misses its limit or a bench fails to run.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { garbageCollector, type BenchCase, type BrowserBench, type BrowserFigure, type FigureBench } from '../bench/types';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium';

const dir = path.resolve(import.meta.dirname, '../bench');
const args = process.argv.slice(2);
const json = args.includes('--json');
const noBrowser = args.includes('--no-browser');
const only = args.find((a) => !a.startsWith('--'));

/** One printed figure, as the JSON summary lists it. */
interface Row {
  file: string;
  name: string;
  status: 'ok' | 'slow' | 'reported' | 'skipped' | 'error';
  value?: number;
  unit?: string;
  target?: string;
  ratio?: number;
  maxRatio?: number;
  baselineMs?: number;
  baselineLabel?: string;
  note?: string;
}

const rows: Row[] = [];
// With --json, stdout is the JSON alone: progress from builds (console.log) goes to stderr.
if (json) console.log = (...a: unknown[]) => console.error(...a);
const say = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');

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

const fmt = (v: number, unit?: string) => (unit === 'bytes' ? `${v.toLocaleString('en')} bytes` : unit === 'ms' ? `${v.toFixed(v < 1 ? 3 : 1)} ms` : `${+v.toFixed(2)} ${unit ?? ''}`.trim());
const tag = (s: Row['status']) => ({ ok: 'ok  ', slow: 'SLOW', reported: '--  ', skipped: 'skip', error: 'FAIL' })[s];

function print(r: Row): void {
  rows.push(r);
  let line = `${tag(r.status)} ${r.name}`;
  if (r.ratio != null) line += `: ${r.ratio.toFixed(2)}× baseline (${r.baselineLabel})${r.maxRatio != null ? `, limit ${r.maxRatio}×` : ''}; median ${fmt(r.value!, 'ms')} vs ${fmt(r.baselineMs!, 'ms')}`;
  else if (r.value != null) line += `: ${fmt(r.value, r.unit)}${r.baselineMs != null ? ` (reference ${fmt(r.baselineMs, 'ms')}${r.baselineLabel ? `: ${r.baselineLabel}` : ''})` : ''}`;
  if (r.note) line += `: ${r.note}`;
  if (r.target) line += `; target ${r.target}`;
  say(line);
}

function printFigure(file: string, f: BrowserFigure): void {
  print({ file, name: f.name, status: f.ok == null ? 'reported' : f.ok ? 'ok' : 'slow', value: f.value, unit: f.unit, target: f.target, baselineMs: f.baselineMs, baselineLabel: f.baselineLabel, ratio: f.ratio, maxRatio: f.maxRatio });
}

async function runCase(file: string, c: BenchCase): Promise<void> {
  await c.setup?.();
  // Warm both up: `warmup` runs (cases whose code V8 takes several runs to optimise set more).
  for (let i = 0; i < (c.warmup ?? 1); i++) await c.run();
  await c.baseline();
  const repeat = c.repeat ?? 7;
  const runs: number[] = [];
  const bases: number[] = [];
  let ratio: number;
  let how: string | undefined;
  if (c.isolateGc) {
    const gc = await garbageCollector();
    const baselineBlock = async () => {
      gc?.();
      for (let i = 0; i < repeat; i++) bases.push(await time(c.baseline));
    };
    await baselineBlock();
    for (let i = 0; i < repeat; i++) runs.push(await time(c.run));
    await baselineBlock();
    ratio = median(runs) / median(bases);
    how = `median of ${repeat} runs after ${c.warmup ?? 1} warm-up runs; baseline timed apart${gc ? ', after a garbage collection' : ' (no garbage collector to call)'}`;
  } else {
    const ratios: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const b = await time(c.baseline);
      const r = await time(c.run);
      runs.push(r);
      bases.push(b);
      ratios.push(r / b);
    }
    ratio = median(ratios);
    if (c.warmup) how = `median of ${repeat} runs after ${c.warmup} warm-up runs`;
  }
  const status = c.maxRatio == null ? 'reported' : ratio <= c.maxRatio ? 'ok' : 'slow';
  print({ file, name: c.name, status, value: median(runs), unit: 'ms', ratio, maxRatio: c.maxRatio, baselineMs: median(bases), baselineLabel: c.baselineLabel, target: c.target, note: how });
}

async function guarded(file: string, name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    print({ file, name, status: 'error', note: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
  }
}

async function main() {
  const nodeFiles = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const figureBenches: [string, FigureBench][] = [];
  for (const f of nodeFiles) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default?: BenchCase[]; figures?: FigureBench[] };
    for (const c of mod.default ?? []) if (!only || c.name.includes(only)) await guarded(f, c.name, () => runCase(f, c));
    for (const b of mod.figures ?? []) if (!only || b.name.includes(only)) figureBenches.push([f, b]);
  }
  for (const [f, b] of figureBenches) await guarded(f, b.name, async () => (await b.run()).forEach((fig) => printFigure(f, fig)));

  const browserFiles = readdirSync(dir).filter((f) => f.endsWith('.browser-bench.ts')).sort();
  for (const f of browserFiles) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default: BrowserBench[] };
    for (const b of mod.default) {
      if (only && !b.name.includes(only)) continue;
      if (noBrowser) print({ file: f, name: b.name, status: 'skipped', note: 'skipped: --no-browser' });
      else if (!existsSync(CHROMIUM_PATH)) print({ file: f, name: b.name, status: 'skipped', note: `skipped: no chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)` });
      else await guarded(f, b.name, async () => (await b.run()).forEach((fig) => printFigure(f, fig)));
    }
  }

  const failed = rows.filter((r) => r.status === 'slow' || r.status === 'error').length;
  if (json) process.stdout.write(JSON.stringify({ date: new Date().toISOString(), failed, figures: rows }, null, 2) + '\n');
  else say(`${rows.length} figures, ${failed} over their limit or failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
