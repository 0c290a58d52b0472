// A 5 MB e-paper page must parse in under 1 s. The page is the Founder article template with
// a very long body plus a 版面 navigation block, written here (no corpus text).
// `figures`: parse time per page, median and p95, for HTML pages (the saved fixtures decoded as
// the background decodes them, plus generated Founder article and 版面 pages) and page text (text
// fixtures, text pages from the page-text generator and the hostile suite's page shapes), with
// jieba as the background has it once started. Reference: one regex pass over the same pages.
import { generatePage } from '../lib/parse/page-text/generate';
import { SAMPLE_ARTICLES } from '../lib/parse/page-text/sample-articles';
import { decodeHtml } from '../lib/parse/charset';
import { parsePage, type ParseInput, type Segmenter } from '../lib/parse/index';
import { nodeSegmenter } from '../lib/text/segmenter-node';
import { loadFixtures } from '../tests/fixtures/load';
import { ARTICLE_URL, founderArticle, founderLayout, LAYOUT_URL, pageText, stories, story, TEXT_URL } from '../tests/hostile/page-shapes';
import { quantile, scanBaseline, type BenchCase, type BrowserFigure, type FigureBench } from './types';

function bigPage(bytes: number): string {
  const para = '<P>　　本报讯（记者 张明 通讯员 李华）近日，区里对老旧小区实施改造，更换雨污管道，加装电梯和充电桩，居民出行更加方便。</P>\n';
  const nav = Array.from({ length: 40 }, (_, i) => `<a id=pageLink href=node_${i + 2}.htm>第${i + 1}版：要闻</a>`).join('\n');
  const head = `<html><head><meta charset="utf-8"><title>某区报</title></head><body>${nav}
<table class=wz><tr><td class=font01><founder-title>老旧小区改造全面完成</founder-title></td></tr></table>
<div id=ozoom><founder-content>`;
  const tail = `</founder-content></div></body></html>
<!--enpproperty <founder-date>2024-01-05 00:00:00</founder-date><founder-pagenum>2</founder-pagenum><founder-type>1</founder-type> /enpproperty-->`;
  const unit = new TextEncoder().encode(para).length;
  return head + para.repeat(Math.ceil(bytes / unit)) + tail;
}

const html = bigPage(5 * 1024 * 1024);
const url = 'http://epaper.example.cn/html/2024-01/05/content_1.htm';

const cases: BenchCase[] = [
  {
    name: 'html: 5 MB article page',
    baselineLabel: 'one regex tokenizer pass over the same 5 MB',
    run: () => parsePage({ url, html }),
    baseline: scanBaseline(html),
    // Calibrated on the dev container: the baseline takes 29–37 ms and parsing ~340 ms (ratio
    // ~10), so 1 s corresponds to a ratio of 27–34. A limit of 25 fails before the absolute
    // target is missed on such a machine while leaving 2.5× headroom for noise; a quadratic step
    // (e.g. one full-tree selector walk per paragraph) shows up as ratios of 100+.
    maxRatio: 25,
    target: '5 MB page parses in < 1 s',
    repeat: 5,
  },
];

export default cases;

/** The pages per-page figures are taken over: fixtures first, then generated ones. */
function perPageInputs(): { html: ParseInput[]; text: ParseInput[] } {
  const html: ParseInput[] = [];
  const text: ParseInput[] = [];
  for (const f of loadFixtures()) {
    if (f.format === 'html') html.push({ url: f.url, html: decodeHtml(f.bytes) });
    else text.push({ url: f.url, text: new TextDecoder().decode(f.bytes) });
  }
  for (let i = 0; i < 20; i++) {
    html.push({ url: ARTICLE_URL, html: founderArticle(story(500 + i), { paragraphRepeat: 1 + (i % 5) }) });
    html.push({ url: LAYOUT_URL, html: founderLayout(5 + i * 3, { seed: i }) });
    text.push({ url: TEXT_URL, text: pageText(stories(600 + i, 3 + (i % 6), 3)) });
    text.push({ url: null, text: generatePage(SAMPLE_ARTICLES.slice(i % 3, (i % 3) + 4), i + 1).text });
  }
  return { html, text };
}

function perPage(label: string, inputs: ParseInput[], segmenter: Segmenter, target: string, p95LimitMs: number | null): BrowserFigure[] {
  for (const input of inputs) parsePage(input, { segmenter }); // warm up
  const times: number[] = [];
  const refs: number[] = [];
  for (const input of inputs) {
    const scan = scanBaseline(input.html ?? input.text ?? '');
    const one: number[] = [];
    const ref: number[] = [];
    for (let k = 0; k < 3; k++) {
      let t = performance.now();
      scan();
      ref.push(performance.now() - t);
      t = performance.now();
      parsePage(input, { segmenter });
      one.push(performance.now() - t);
    }
    times.push(Math.min(...one));
    refs.push(Math.min(...ref));
  }
  const p95 = quantile(times, 0.95);
  const common = { unit: 'ms' as const, baselineLabel: `one regex pass, median per page`, baselineMs: quantile(refs, 0.5) };
  return [
    { name: `parse per page, ${label}: median over ${inputs.length} pages`, value: quantile(times, 0.5), target, ...common },
    { name: `parse per page, ${label}: p95 over ${inputs.length} pages`, value: p95, target, ok: p95LimitMs == null ? undefined : p95 <= p95LimitMs, ...common },
  ];
}

export const figures: FigureBench[] = [
  {
    name: 'parse per page (HTML and page text)',
    run: () => {
      const segmenter = nodeSegmenter();
      segmenter.cut('预热分词器');
      const { html, text } = perPageInputs();
      return [
        ...perPage('HTML', html, segmenter, 'reported (the 5 MB case above holds the < 1 s target)', null),
        // Every page here is under 200 KB, so issue 4's "200 KB of text < 100 ms" bounds each one.
        ...perPage('page text', text, segmenter, 'each page ≤ 200 KB parses in < 100 ms', 100),
      ];
    },
  },
];
