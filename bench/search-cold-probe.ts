// Where the cold first pass goes: launches the kept profile, settles, then runs the harness's
// per-call profile over the query set twice (cold, then warm) and prints sums per store call.
//   QUBAO_BENCH_OUT_DIR=... QUBAO_SEARCH_BENCH_PROFILE=<dir> QUBAO_SEARCH_BENCH_HARNESS=<js> npx tsx bench/search-cold-probe.ts
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';

const OUT = process.env.QUBAO_BENCH_OUT_DIR!;
const dir = path.resolve(OUT, 'chrome-mv3');
const code = readFileSync(process.env.QUBAO_SEARCH_BENCH_HARNESS!, 'utf8');
const wasm = readdirSync(path.join(dir, 'assets')).find((f) => /^jieba_rs_wasm_bg.*\.wasm$/.test(f))!;
const browser = await launchChromiumWithExtension({ extensionDir: dir, userDataDir: process.env.QUBAO_SEARCH_BENCH_PROFILE });
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.evaluate(code);
  await page.evaluate(([url]) => (globalThis as any).__qubaoSearchBench.init(url, 1), [`chrome-extension://${browser.extensionId}/assets/${wasm}`]);
  const queries: string[] = await page.evaluate((n) => (globalThis as any).__qubaoSearchBench.queries(n), 60);
  await new Promise((r) => setTimeout(r, 20_000));
  await page.evaluate(() => (globalThis as any).__qubaoSearchBench.profile(['社区 服务']));
  for (const pass of ['cold', 'warm']) {
    const lines: string[] = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.profile(qs), queries);
    const sums = new Map<string, number>();
    const totals: number[] = [];
    for (const l of lines) {
      const [head, calls] = l.split(' | ');
      totals.push(Number(/: ([\d.]+) ms/.exec(head!)![1]));
      for (const c of calls!.split(', ')) {
        const m = /^(\w+)×\d+ ([\d.]+)$/.exec(c);
        if (m) sums.set(m[1]!, (sums.get(m[1]!) ?? 0) + Number(m[2]));
      }
    }
    const s = [...totals].sort((a, b) => a - b);
    console.log(`${pass}: total ${totals.reduce((a, b) => a + b, 0).toFixed(0)} ms, p95 ${s[56]!.toFixed(1)}, median ${s[29]!.toFixed(1)} | ${[...sums].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    if (process.env.QUBAO_PROBE_LINES) for (const l of lines.map((l, i) => ({ l, t: totals[i]! })).sort((a, b) => b.t - a.t).slice(0, 6)) console.log('   ', l.l.split(' | alone')[0]);
  }
} finally {
  await browser.close();
}
