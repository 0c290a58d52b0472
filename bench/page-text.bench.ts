// Page-text parsing speed. Target: a 200 KB page of text parses in under 100 ms.
//
// Calibration: the baseline is bench/types.ts#scanBaseline over the same 200 KB string (one regex
// pass, like a tokenizer). In this project's dev container (Node 20, shared with other jobs) that
// pass takes 0.5–0.9 ms, median about 0.6 ms, so 100 ms is about 160× the baseline: maxRatio 160
// fails the case when the 100 ms target is clearly missed. Measured at calibration: medians of
// 60–100 ms (ratios 100–155) on a busy machine. Recalibrated 24 Nov when the baseline came to be
// timed apart from the parses' garbage (see the cases' maxRatio comments).
// The page is built from the written sample articles (lib/parse/page-text/sample-articles.ts):
// headlines, datelines and paragraphs, one paragraph in five split across a blank line, so the
// reading-order pass has work to do. The segmenter case adds jieba (warmed up in setup). The
// column case is the generator's text layer: narrow wrapped lines, displaced and glued pieces.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTextPage } from '../lib/parse/page-text/parse-text';
import { nodeSegmenter } from '../lib/text/segmenter-node';
import type { Segmenter } from '../lib/parse/types';
import { columnPage, paragraphPage } from './page-text-pages';
import { quantile, scanBaseline, type BenchCase, type BrowserFigure, type FigureBench } from './types';

// The parse is many small functions: a fresh process takes ~8 parses of the column page to reach
// its settled speed (~400, 255, 207, 154, 115, 107, 95, 88 ms …). Twelve warm-up runs, then the
// median of 15; the baseline is timed apart from the parses' garbage (BenchCase.isolateGc).
const SETTLED = { warmup: 12, repeat: 15, isolateGc: true } as const;

const paragraphs = paragraphPage();
const columns = columnPage();
let segmenter: Segmenter | null = null;

const cases: BenchCase[] = [
  {
    name: 'page-text: 200 KB page of paragraphs, no segmenter',
    baselineLabel: 'regex scan of the same 200 KB',
    run: () => parseTextPage({ url: null, text: paragraphs }),
    baseline: scanBaseline(paragraphs),
    // Timed apart from the parses' garbage (24 Nov) the paragraph baseline is 0.37-0.57 ms, so
    // 100 ms is ~200x a 0.5 ms baseline (was 160x of an alternated 0.6 ms).
    maxRatio: 200,
    ...SETTLED,
    target: '200 KB < 100 ms',
  },
  {
    name: 'page-text: 200 KB page of paragraphs, with jieba',
    baselineLabel: 'regex scan of the same 200 KB',
    setup: () => {
      segmenter = nodeSegmenter();
      segmenter.cut('预热分词器');
    },
    run: () => parseTextPage({ url: null, text: paragraphs }, { segmenter }),
    baseline: scanBaseline(paragraphs),
    // Timed apart from the parses' garbage (24 Nov) the paragraph baseline is 0.37-0.57 ms, so
    // 100 ms is ~200x a 0.5 ms baseline (was 160x of an alternated 0.6 ms).
    maxRatio: 200,
    ...SETTLED,
    target: '200 KB < 100 ms',
  },
  {
    name: 'page-text: 200 KB text layer in column lines, with jieba',
    baselineLabel: 'regex scan of the same 200 KB',
    setup: () => {
      segmenter ??= nodeSegmenter();
    },
    run: () => parseTextPage({ url: null, text: columns }, { segmenter }),
    baseline: scanBaseline(columns),
    // Calibration: the column text has far more regex tokens per KB (letter-spaced blocks, short
    // lines), so its baseline is slower: 3.5× the paragraph page's (fastest runs, 1.33 vs 0.37 ms,
    // measured side by side), i.e. about 2.1 ms where the paragraph baseline takes 0.6 ms. 100 ms
    // is then about 47× this baseline: maxRatio 47 fails the case when the 100 ms target is missed.
    // Re-checked (23 Nov, same process, 300 alternating runs): column baseline fastest 1.06 ms vs
    // 0.34 ms for the paragraph page (3.1×); bench medians under load 1.8 ms. So 100 ms is 47–55×
    // the median baseline: 47 stays (slightly strict). The case does NOT meet it yet: the parse
    // takes 220–290 ms CPU at best on a loaded 2-core machine (ratio ≥ 120×); jieba cuts of join
    // ends and zones (~45k characters a page) alone cost 40–80 ms. See issue 4.
    // 23 Nov, after the pass-1 zone table, candidate caps and keyed-by-code vocabularies (same
    // output): 216–276 ms CPU at best against 250–314 ms for the code before, each run in its own
    // process on a 2-core machine at load 16–20, so the gain (~10–20%) is only roughly known. Per
    // parse: ~9,400 texts / ~54k characters through jieba (zone pairs 27k, join ends and joins
    // 27k: ~25–35% of the time), line sorting (readFragments) ~20%, reading order the rest.
    // 23 Nov evening (same output on 563 parses: fixtures, corpus, 140 generated and 300 random
    // damaged pages): cheap necessary-character tests before the conventions' per-line regexes,
    // no per-line/per-pair arrays in the hot loops. readFragments ~30 -> ~21 ms (phase minima at
    // load 5-8), pass-1 walks 13.7 -> 11.2 ms; the whole parse moved less than the machine's
    // noise (load 4-11: ~5-15%). The jieba share is a floor for this page: the cuts are already
    // batched (8 calls, 9,340 distinct texts, 44k characters: zones 6,954 texts averaging 2.8
    // characters, joins 1,205 of 12) and each is needed; jieba-wasm costs ~0.6-0.8 µs a character
    // in the wasm plus ~0.5 µs a returned token (one TextDecoder call per token in its glue), and
    // replaying the same cuts from a map (no jieba work) took the parse from 171 to 110 ms CPU at
    // load 10. Below ~100 ms needs fewer cuts (a cheaper exact test before the zone cuts: 89% of
    // the 24k pairs they are asked for find no word across) or a segmenter call that returns
    // offsets instead of one string per token.
    // 23 Nov night (output allowed to change, quality kept: corpus 1.000, generator scores up):
    // pass 1 looks for displaced starts on dictionary evidence alone within 18 fragments (was 30)
    // and skips far pairs whose end and start are both mended by their printed joins; joined
    // cuts take the lone characters and 2 of context (was 6 + 6); pass 3 stays within 30, all
    // passes within 40 (was 80). jieba now cuts ~24k characters a parse (was ~54k: zone pairs
    // 3.2k instead of 7k). A/B in one process, alternating, load 4-16: new/old 0.67-0.77 (min
    // 131 vs 195 ms, median 203 vs 283 ms CPU at load 4; with the bench's own page setup at load
    // 5.3: min 107 vs 155, median 176 vs 232 ms; paragraph page 45 vs 58 ms, no loss). Bench at
    // load 4.5-5.5: 63-83x (median 159-192 ms). Still SLOW: the rest is JS (fragments ~18%, reading-order passes, GC ~20%:
    // ~47 MB allocated a parse).
    // 24 Nov, method changed (SETTLED above): twelve warm-up runs, the baseline timed apart from
    // the parses' garbage. The old alternation put each parse's collection into the next baseline
    // (column baseline medians 1.5-5.7 ms, ratio 28-89x at random); timed apart it is 1.1-1.3 ms
    // (load 1.5-2, four runs), so 100 ms is ~83x a 1.2 ms baseline: maxRatio 83. Measured then:
    // medians 77-89 ms, 63-77x. The cold first parse (figures below) is 350-570 ms.
    maxRatio: 83,
    ...SETTLED,
    target: '200 KB < 100 ms (the worst case: many short lines, most of them mid-sentence)',
  },
];

export default cases;

// The cold cost, in fresh processes: the in-process cases above measure the parse after V8 has
// optimised it (their warm-up), which is the cost of every page after the first few. A worker that
// wakes for one big page pays the first parse, before tier-up: reported here, no target in the issue.
const COLD_PROCESSES = 3;
const coldChild = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page-text-cold.ts');

function coldRuns(): Array<{ scanMs: number; parses: number[] }> {
  return Array.from({ length: COLD_PROCESSES }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', coldChild, '3'], { encoding: 'utf8', cwd: path.dirname(coldChild) });
    if (r.status !== 0) throw new Error(`cold page-text child failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { scanMs: number; parses: number[] };
  });
}

export const figures: FigureBench[] = [
  {
    name: 'page-text: 200 KB column lines, first parses in a fresh process',
    run: (): BrowserFigure[] => {
      const runs = coldRuns();
      const nth = (k: number) => quantile(runs.map((r) => r.parses[k]!), 0.5);
      const scan = quantile(runs.map((r) => r.scanMs), 0.5);
      return [
        { name: `page-text cold: first parse of the 200 KB column page in a fresh process (median of ${COLD_PROCESSES})`, value: Math.round(nth(0)), unit: 'ms', baselineMs: Math.round(scan * 10) / 10, baselineLabel: 'cold regex scan of the same text' },
        { name: 'page-text cold: second parse in the same process', value: Math.round(nth(1)), unit: 'ms' },
        { name: 'page-text cold: third parse in the same process', value: Math.round(nth(2)), unit: 'ms' },
      ];
    },
  },
];
