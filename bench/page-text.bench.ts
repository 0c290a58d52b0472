// Page-text parsing speed. Target: a 200 KB page of text parses in under 100 ms.
//
// Calibration: the baseline is bench/types.ts#scanBaseline over the same 200 KB string (one regex
// pass, like a tokenizer). In this project's dev container (Node 20, shared with other jobs) that
// pass takes 0.5–0.9 ms, median about 0.6 ms, so 100 ms is about 160× the baseline: maxRatio 160
// fails the case when the 100 ms target is clearly missed. Measured at calibration: medians of
// 60–100 ms (ratios 100–155) on a busy machine.
// The page is built from the written sample articles (lib/parse/page-text/sample-articles.ts):
// headlines, datelines and paragraphs, one paragraph in five split across a blank line, so the
// reading-order pass has work to do. The segmenter case adds jieba (warmed up in setup). The
// column case is the generator's text layer: narrow wrapped lines, displaced and glued pieces.
import { generatePage } from '../lib/parse/page-text/generate';
import { parseTextPage } from '../lib/parse/page-text/parse-text';
import { SAMPLE_ARTICLES } from '../lib/parse/page-text/sample-articles';
import { nodeSegmenter } from '../lib/text/segmenter-node';
import type { Segmenter } from '../lib/parse/types';
import { scanBaseline, type BenchCase } from './types';

const TARGET_BYTES = 200_000;

/** A printed page's worth of articles, repeated with varied numbering until it reaches the size. */
function paragraphPage(): string {
  const parts: string[] = [];
  for (let n = 0; Buffer.byteLength(parts.join('\n\n')) < TARGET_BYTES; n++) {
    const a = SAMPLE_ARTICLES[n % SAMPLE_ARTICLES.length]!;
    parts.push(`${a.title}（之${n + 1}）`, `本报讯（记者 ${a.reporters[0] ?? '甲乙'}）${a.paragraphs[0]}`);
    a.paragraphs.slice(1).forEach((p, i) => parts.push(...(n % 5 === 0 && i === 0 ? [p.slice(0, 24), p.slice(24)] : [p])));
  }
  return parts.join('\n\n');
}

/** The harder shape: a text layer's column lines with out-of-order pieces (generator pages). */
function columnPage(): string {
  const pages: string[] = [];
  for (let seed = 1; Buffer.byteLength(pages.join('\n\n')) < TARGET_BYTES; seed++) pages.push(generatePage(SAMPLE_ARTICLES.slice(seed % 3, (seed % 3) + 4), seed).text);
  return pages.join('\n\n');
}

const paragraphs = paragraphPage();
const columns = columnPage();
let segmenter: Segmenter | null = null;

const cases: BenchCase[] = [
  {
    name: 'page-text: 200 KB page of paragraphs, no segmenter',
    baselineLabel: 'regex scan of the same 200 KB',
    run: () => parseTextPage({ url: null, text: paragraphs }),
    baseline: scanBaseline(paragraphs),
    maxRatio: 160,
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
    maxRatio: 160,
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
    maxRatio: 47,
    target: '200 KB < 100 ms (the worst case: many short lines, most of them mid-sentence)',
  },
];

export default cases;
