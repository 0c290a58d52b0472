// Paired A/B of two builds on a busy machine: two browsers at once, each with its own kept
// profile and build folder, the same queries sent to each in turn (order alternating), so load
// swings hit both alike. Popup path (search/query message), first pass cold, then a second pass.
//   QUBAO_AB=<outDirA>:<profileA>:<harnessA.js>,<outDirB>:<profileB>:<harnessB.js> npx tsx bench/search-paired.ts
// A profile is tied to its build folder's path (the extension id); to give B a copy of A's
// library, rename its IndexedDB folder to B's id.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';

const sides = process.env.QUBAO_AB!.split(',').map((s) => {
  const [out, profile, harness] = s.split(':') as [string, string, string];
  return { out, profile, harness };
});
const PASSES = Number(process.env.QUBAO_AB_PASSES ?? 2);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

const opened = await Promise.all(
  sides.map(async (s) => {
    rmSync(path.join(s.profile, 'Default/Service Worker'), { recursive: true, force: true });
    const dir = path.resolve(s.out, 'chrome-mv3');
    const browser = await launchChromiumWithExtension({ extensionDir: dir, userDataDir: s.profile });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(readFileSync(s.harness, 'utf8'));
    const wasm = readdirSync(path.join(dir, 'assets')).find((f) => /^jieba_rs_wasm_bg.*\.wasm$/.test(f))!;
    await page.evaluate((url) => (globalThis as any).__qubaoSearchBench.init(url, 1), `chrome-extension://${browser.extensionId}/assets/${wasm}`);
    return { browser, page };
  }),
);
try {
  const queries: string[] = await opened[0]!.page.evaluate((n) => (globalThis as any).__qubaoSearchBench.queries(n), 60);
  // Both libraries must answer alike (same hit counts), or the comparison means nothing.
  const totals = await Promise.all(opened.map(async (o) => ((await o.page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), queries.slice(0, 5))) as { totals: number[] }).totals.join(',')));
  if (totals[0] !== totals[1]) throw new Error(`the two libraries answer differently: ${totals.join(' vs ')}`);
  await new Promise((r) => setTimeout(r, 20_000));
  const warm = ['工作 群众', '社区 服务', '项目 建设', '居民 安全', '企业 发展'];
  for (const o of opened) await o.page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchMessage(qs), warm);
  for (let pass = 0; pass < PASSES; pass++) {
    const ms: number[][] = opened.map(() => []);
    for (const [i, q] of queries.entries()) {
      const order = i % 2 ? [1, 0] : [0, 1];
      for (const k of order) ms[k]!.push((await opened[k]!.page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchMessage(qs), [q]))[0]);
    }
    const ratios = ms[1]!.map((b, i) => b / ms[0]![i]!);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    console.log(
      `pass ${pass + 1} (${pass ? 'again' : 'cold'}) load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}: ` +
        ms.map((xs, k) => `${'AB'[k]} p95 ${quantile(xs, 0.95).toFixed(1)} median ${quantile(xs, 0.5).toFixed(1)} sum ${sum(xs).toFixed(0)}`).join(' | ') +
        ` | B/A: p95 ${(quantile(ms[1]!, 0.95) / quantile(ms[0]!, 0.95)).toFixed(2)}, sum ${(sum(ms[1]!) / sum(ms[0]!)).toFixed(2)}, median of per-query ratios ${quantile(ratios, 0.5).toFixed(2)}`,
    );
  }
} finally {
  await Promise.all(opened.map((o) => o.browser.close()));
}
