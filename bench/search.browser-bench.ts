// Search in Chromium over 10k and 100k generated articles (issue 5: 2-term queries, p95 < 50 ms
// at 100k). Builds the extension into .output-bench when it is missing or older than the
// sources, launches headless Chromium with it, and runs bench/search-browser-harness.ts in its
// popup page: seeds the library through the store's functions (the index build rate is timed
// there), then times ≥ 50 two-word queries both the popup's way (a search/query message the
// background answers from IndexedDB) and directly on the Dexie store in the page. The
// reference workload, timed in the same page, is a substring scan of 10,000 article texts.
//   npx tsx bench/search.browser-bench.ts            (QUBAO_SEARCH_BENCH_SIZES=2000,10000 to try smaller)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';
import { ensureChromeBuild } from './browser-build';
import { browserCpuMs, selfTimes } from './search-cpu';
import type { BrowserBench, BrowserFigure } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.QUBAO_BENCH_OUT_DIR ?? '.output-bench';
const EXTENSION_DIR = path.join(ROOT, OUT, 'chrome-mv3');
const SIZES = (process.env.QUBAO_SEARCH_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const QUERIES = 60;
// The indexer's own batches for the sample through the whole analysis; large bulk transactions
// for the rest (the same writeAnalyses, thousands of articles per transaction).
const FULL_BATCH = 100;
const BULK_BATCH = Number(process.env.QUBAO_SEARCH_BENCH_BATCH ?? 5_000);
// The whole analysis runs at a few dozen articles a second on a shared 2-core machine: its rate
// (the honest index build rate) is measured on the first 500; the rest are seeded in bulk with
// index terms from the corpus vocabulary (bench/search-seed-engine.ts), so 100k take minutes.
const FULL_ANALYSIS = Number(process.env.QUBAO_SEARCH_BENCH_FULL ?? 500);
const P95_TARGET_MS = 50;
// Issue #5 asks for the index build rate as a figure, with no number to meet.
const BUILD_RATE_TARGET = 'none set (issue #5 asks for the figure)';

// Reuse (seeding 100k takes minutes): QUBAO_SEARCH_BENCH_PROFILE=<dir> keeps the Chromium
// profile there with a note of how many articles it holds; a later run with the same build
// folder (the extension id follows its path) seeds only what is missing. Sizes below what the
// profile holds are skipped. For A/B runs: QUBAO_SEARCH_BENCH_NO_BUILD=1 takes the build folder
// as it is, QUBAO_SEARCH_BENCH_HARNESS=<file.js> a harness bundled from another checkout.
// QUBAO_SEARCH_BENCH_CPU_PROFILE=1 prints the page's JavaScript self times (garbage collection included)
// over a second store-path pass.
const PROFILE = process.env.QUBAO_SEARCH_BENCH_PROFILE;
const SEEDED_NOTE = 'qubao-search-bench.json';
const CORPUS_SEED = 1;

function profileSeeded(): number {
  if (!PROFILE || !existsSync(path.join(PROFILE, SEEDED_NOTE))) return 0;
  const note = JSON.parse(readFileSync(path.join(PROFILE, SEEDED_NOTE), 'utf8')) as { seed: number; count: number; full: number; out: string };
  if (note.seed !== CORPUS_SEED || note.full !== FULL_ANALYSIS || note.out !== OUT) throw new Error(`${PROFILE} was seeded differently: ${JSON.stringify(note)}`);
  return note.count;
}

function ensureBuild(): void {
  if (!process.env.QUBAO_SEARCH_BENCH_NO_BUILD) ensureChromeBuild(OUT);
}

async function harnessSource(): Promise<string> {
  if (process.env.QUBAO_SEARCH_BENCH_HARNESS) return readFileSync(process.env.QUBAO_SEARCH_BENCH_HARNESS, 'utf8');
  const out = await build({
    entryPoints: [path.join(ROOT, 'bench/search-browser-harness.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    conditions: ['browser'],
    write: false,
    logLevel: 'error',
    alias: { '@': ROOT },
  });
  return out.outputFiles[0]!.text;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};

async function run(): Promise<BrowserFigure[]> {
  ensureBuild();
  const code = await harnessSource();
  const wasm = readdirSync(path.join(EXTENSION_DIR, 'assets')).find((f) => /^jieba_rs_wasm_bg.*\.wasm$/.test(f));
  if (!wasm) throw new Error(`no jieba wasm in ${EXTENSION_DIR}/assets`);
  if (PROFILE) mkdirSync(PROFILE, { recursive: true });
  const browser = await launchChromiumWithExtension({ extensionDir: EXTENSION_DIR, userDataDir: PROFILE });
  const figures: BrowserFigure[] = [];
  // Verbose: each figure as soon as it is known (a 100k run takes long on a shared machine).
  const add = (...fs: BrowserFigure[]) => {
    figures.push(...fs);
    if (process.env.QUBAO_SEARCH_BENCH_VERBOSE) for (const f of fs) console.error(`  ${f.name}: ${f.value.toFixed(1)} ${f.unit}${f.baselineMs != null ? ` (baseline ${f.baselineMs.toFixed(1)} ms)` : ''}`);
  };
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.evaluate(code);
    const wasmUrl = `chrome-extension://${browser.extensionId}/assets/${wasm}`;
    const opening = Date.now();
    await page.evaluate(([url, seed]) => (globalThis as any).__qubaoSearchBench.init(url, seed), [wasmUrl, CORPUS_SEED] as const);
    // Opening the database includes any schema upgrade a reused profile still needs.
    if (process.env.QUBAO_SEARCH_BENCH_VERBOSE) console.error(`  page init (jieba + opening the database): ${Date.now() - opening} ms`);
    const queries: string[] = await page.evaluate((n) => (globalThis as any).__qubaoSearchBench.queries(n), QUERIES);
    let seeded = profileSeeded();
    if (seeded) {
      console.error(`  profile ${PROFILE} holds ${seeded} articles: seeding only beyond`);
      await page.evaluate((n) => (globalThis as any).__qubaoSearchBench.skipSeeded?.(n), seeded);
      // A fresh run's worker starts its jobs (the index check 8 s after the start, library counts)
      // during seeding; here they would overlap the timed queries: let them finish first.
      await new Promise((r) => setTimeout(r, Number(process.env.QUBAO_SEARCH_BENCH_SETTLE_MS ?? 20_000)));
    }
    const seedBy = async (count: number, full: boolean) => {
      const batch = full ? FULL_BATCH : BULK_BATCH;
      const ms: number = await page.evaluate(([from, n, b, f]) => (globalThis as any).__qubaoSearchBench.seed(from, n, b, f), [seeded, count, batch, full] as const);
      seeded += count;
      if (PROFILE) writeFileSync(path.join(PROFILE, SEEDED_NOTE), JSON.stringify({ seed: CORPUS_SEED, count: seeded, full: FULL_ANALYSIS, out: OUT }));
      return ms;
    };
    for (const size of SIZES) {
      if (size < seeded) {
        console.error(`  skipping ${size}: the profile holds ${seeded} articles`);
        continue;
      }
      // The first FULL_ANALYSIS articles get the indexer's whole analysis (its rate is the build
      // rate); the rest are seeded in bulk (the keywords do not change what search reads).
      if (seeded < FULL_ANALYSIS) {
        const n = Math.min(size, FULL_ANALYSIS) - seeded;
        const ms = await seedBy(n, true);
        add({ name: `index build rate: real pipeline, jieba analysis with keywords + store writes (articles ${seeded - n}–${seeded}, ${FULL_BATCH} per transaction)`, value: (n / ms) * 1000, unit: 'per-s', target: BUILD_RATE_TARGET });
        const agreement: number = await page.evaluate((k) => (globalThis as any).__qubaoSearchBench.termAgreement(k), Math.min(n, 200));
        add({ name: 'bulk seeding: index terms from the vocabulary engine vs real jieba (mean Jaccard, percent, 200 articles)', value: Math.round(agreement * 100), unit: 'count', target: '≥ 99 % (bulk rows must be what jieba writes)', ok: agreement >= 0.99 });
      }
      if (size > seeded) {
        const n = size - seeded;
        const ms = await seedBy(n, false);
        add({ name: `bulk seeding rate (vocabulary terms, ${BULK_BATCH} per transaction; not the build rate) (articles ${seeded - n}–${seeded})`, value: (n / ms) * 1000, unit: 'per-s', target: 'none: bench set-up, not a product figure' });
        if (process.env.QUBAO_SEARCH_BENCH_VERBOSE) console.error('  seeding so far (ms):', await page.evaluate(() => (globalThis as any).__qubaoSearchBench.seedBreakdown()));
      }
      const label = size >= 1000 ? `${size / 1000}k` : String(size);
      // Warm both paths (worker start and its start-up jobs, jieba's dictionaries in the
      // background) on queries not measured.
      const warm = ['工作 群众', '社区 服务', '项目 建设', '居民 安全', '企业 发展'];
      await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchMessage(qs), warm);
      await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), warm);
      const cpu0 = PROFILE ? browserCpuMs(PROFILE) : 0;
      const viaMessage: number[] = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchMessage(qs), queries);
      const cpu1 = PROFILE ? browserCpuMs(PROFILE) : 0;
      const direct: { ms: number[]; totals: number[] } = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), queries);
      // With a kept profile: the browser's CPU per query on each path (a load-robust A/B measure).
      if (PROFILE) console.error(`  browser CPU per query at ${label}: popup path ${((cpu1 - cpu0) / queries.length).toFixed(1)} ms, store path ${((browserCpuMs(PROFILE) - cpu1) / queries.length).toFixed(1)} ms`);
      if (process.env.QUBAO_SEARCH_BENCH_VERBOSE) {
        const slow = queries.map((q, i) => ({ q, ms: viaMessage[i]!, direct: direct.ms[i]!, total: direct.totals[i]! })).sort((a, b) => b.ms - a.ms).slice(0, 8);
        console.error(`popup path in order at ${label} (ms):`, viaMessage.map((x) => x.toFixed(0)).join(' '));
        console.error(`slowest at ${label}:`, slow.map((x) => `${x.q} ${x.ms.toFixed(0)}/${x.direct.toFixed(0)} ms (${x.total})`).join('; '));
      }
      if (process.env.QUBAO_SEARCH_BENCH_VERBOSE) {
        // Where popup-path outliers come from: the same searchLibrary call as the page's, run by
        // this harness inside the service worker (no message, none of the background's code).
        const sw = await browser.serviceWorker();
        try {
          await sw.evaluate(code);
          await sw.evaluate((url) => (globalThis as any).__qubaoSearchBench.init(url, 1), wasmUrl);
          await sw.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), warm);
          const inWorker: { ms: number[] } = await sw.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), queries);
          console.error(`store path inside the worker at ${label}: p95 ${quantile(inWorker.ms, 0.95).toFixed(1)} ms, median ${quantile(inWorker.ms, 0.5).toFixed(1)} ms; in order:`, inWorker.ms.map((x) => x.toFixed(0)).join(' '));
          const again: number[] = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchMessage(qs), queries);
          console.error(`popup path again at ${label}: p95 ${quantile(again, 0.95).toFixed(1)} ms; in order:`, again.map((x) => x.toFixed(0)).join(' '));
        } catch (e) {
          console.error('  (could not time inside the worker:', e instanceof Error ? e.message.split('\n')[0] : e, ')');
        }
        console.error(`store path in the page in order at ${label}:`, direct.ms.map((x) => x.toFixed(0)).join(' '));
      }
      if (process.env.QUBAO_SEARCH_BENCH_CPU_PROFILE) {
        // The page's JavaScript self times over the query set run again on the store path (V8 sampling profiler).
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.searchDirect(qs), queries);
        const { profile } = await cdp.send('Profiler.stop');
        await cdp.detach();
        for (const line of selfTimes(profile, 25)) console.error(`  cpu ${label}: ${line}`);
      }
      if (process.env.QUBAO_SEARCH_BENCH_PROFILE_QUERIES) {
        // Where the slowest store-path queries spend their time (bench/search-profile.ts), cold as measured above was not: a second look.
        const slowest = queries.map((q, i) => ({ q, ms: direct.ms[i]! })).sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.QUBAO_SEARCH_BENCH_PROFILE_QUERIES));
        const lines: string[] | undefined = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.profile?.(qs), slowest.map((x) => x.q));
        for (const line of lines ?? ['(this harness has no profile())']) console.error(`  profile ${label}: ${line}`);
      }
      const base: number[] = await page.evaluate((qs) => (globalThis as any).__qubaoSearchBench.baseline(qs), queries);
      const baselineMs = quantile(base, 0.5);
      const baselineLabel = 'substring scan of 10,000 article texts, same page (median)';
      const p95 = quantile(viaMessage, 0.95);
      const storeP95 = quantile(direct.ms, 0.95);
      add(
        { name: `search ${label}: p95 of ${queries.length} two-word queries, popup path (message → background)`, value: p95, unit: 'ms', target: `< ${P95_TARGET_MS} ms at 100k`, ok: size >= 100_000 ? p95 < P95_TARGET_MS : undefined, baselineMs, baselineLabel },
        { name: `search ${label}: median, popup path`, value: quantile(viaMessage, 0.5), unit: 'ms', target: 'none (the target is on p95)', baselineMs, baselineLabel },
        { name: `search ${label}: p95, store path (searchLibrary in the page, no message)`, value: storeP95, unit: 'ms', target: `< ${P95_TARGET_MS} ms at 100k`, ok: size >= 100_000 ? storeP95 < P95_TARGET_MS : undefined, baselineMs, baselineLabel },
        { name: `search ${label}: median, store path`, value: quantile(direct.ms, 0.5), unit: 'ms', target: 'none (the target is on p95)' },
        { name: `search ${label}: median hits per query`, value: quantile(direct.totals, 0.5), unit: 'count', target: 'none (describes the queries)' },
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}

const benches: BrowserBench[] = [{ name: 'search: 2-word queries over 10k and 100k articles in Chromium', run }];
export default benches;

// Run alone: npx tsx bench/search.browser-bench.ts
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const b of benches) {
    console.log(b.name);
    for (const f of await b.run()) {
      const mark = f.ok === undefined ? '    ' : f.ok ? 'ok  ' : 'SLOW';
      const base = f.baselineMs != null ? ` (baseline ${f.baselineMs.toFixed(1)} ms: ${f.baselineLabel})` : '';
      console.log(`${mark} ${f.name}: ${f.value.toFixed(f.unit === 'count' ? 0 : 1)} ${f.unit}${f.target ? `; target ${f.target}` : ''}${base}`);
    }
  }
}
