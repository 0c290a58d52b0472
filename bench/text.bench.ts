// Chinese text engine speed (issue 5). Cases and their baselines, all in one process:
// 1. index terms of a 5,000-character article (normalise + jieba search-mode cut + counting)
//    against raw jieba-wasm cut_for_search on the same text: target ≤ 1.2× (the pipeline must
//    not cost much beyond jieba itself).
// 2. the same pipeline against the regex tokenizer baseline (scanBaseline), for the record.
// 3. three 2-word queries with an exclusion over 5,000 in-memory articles (index lookup, BM25,
//    snippets for the first page) against a naive substring scan of all 5,000 texts, which is
//    what a search without an index does.
// 4. whole-word highlighting of 1,000 watched terms (10 of which occur) on a 50,000-character
//    page against the regex tokenizer over the same page: target < 50 ms.
//
// Calibration. This container (2 cores) was shared with other sessions running tests and builds
// (load average 7–9) while these were measured, so the figures are ranges, not a quiet baseline;
// recalibrate on a quiet machine.
// - Case 1: medians gave 1.05–1.5× under that load; the best of 60 interleaved runs gave
//   2.58 ms vs 2.30 ms = 1.12×. Beyond jieba the pipeline adds normalisation (≈0.15 ms per
//   5,000 chars) and counting (≈0.3 ms): the limit is the 1.2×.
// - Case 3: 0.4–1.8× (≈4 ms for the indexed search, profiled at ≈3.9 ms of which ≈2 ms are the
//   snippets; the scan ≈4 ms). The scan grows with the library while the index grows with the
//   number of hits; the limit 1.5× catches a change that makes search scan-like.
// - Case 4: 5–20 ms on the 50,000-character page vs a 0.3–2.7 ms baseline (≈17× at the
//   measured median). 50 ms is ≥ 60× the usual baseline: the limit is 60×.
import { search } from '../lib/search/search';
import { indexArticle } from '../lib/search/index-terms';
import { MemorySearchStore } from '../lib/search/memory-store';
import type { SearchableArticle } from '../lib/search/types';
import { nodeJieba, nodeTextEngine } from '../lib/text/engine-node';
import { compileTerms, findTerms } from '../lib/text/highlight';
import { normalize } from '../lib/text/normalize';
import { scanBaseline, type BenchCase } from './types';

const PLACES = ['山阳镇', '金山卫镇', '朱泾镇', '枫泾镇', '张堰镇', '亭林镇', '吕巷镇', '廊下镇', '漕泾镇', '石化街道', '泗泾镇', '佘山镇', '车墩镇', '新桥镇', '洞泾镇', '九亭镇', '泖港镇', '石湖荡镇', '新浜镇', '叶榭镇', '小昆山镇', '岳阳街道', '永丰街道', '方松街道', '中山街道', '广富林街道', '九里亭街道', '练塘镇', '金泽镇', '朱家角镇'];
const THINGS = ['保障性租赁住房', '城市更新', '老旧小区', '乡村振兴', '营商环境', '垃圾分类', '河道整治', '养老服务', '社区食堂', '公交线路', '数字化转型', '文明创建', '科创孵化器', '口袋公园', '家庭医生', '农民画', '人才公寓', '美丽庭院', '污水纳管', '长者食堂', '一网通办', '防汛防台', '加装电梯', '停车难', '夜间经济', '非遗传承', '全民健身', '义务教育', '消防安全', '食品安全'];
const ACTIONS = ['调研', '开工', '验收', '推进会', '签约', '揭牌', '座谈', '部署', '督查', '培训'];
const PARTNERS = ['启迪集团', '区城投公司', '区教育局', '中心医院', '农业合作社'];

/** Deterministic pseudo-random numbers (mulberry32), so runs compare like with like. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Each article is about two places and two topics, as real ones are, so that a query word
// occurs in a few per cent of the library rather than in every article.
function article(r: () => number, id: number, chars: number): SearchableArticle {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const places = [pick(PLACES), pick(PLACES)];
  const things = [pick(THINGS), pick(THINGS)];
  const partner = pick(PARTNERS);
  const paragraphs: string[] = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const p =
      `${pick(places)}围绕${pick(things)}召开${pick(ACTIONS)}，与${partner}商定第${i + 1}阶段任务，` +
      `居民代表对${pick(things)}提出意见，相关负责人表示将在年内见到实效。` +
      `会上通报了前一阶段的进展情况，要求各部门加强协同、压实责任，及时回应群众关切。`;
    paragraphs.push(p);
    len += p.length;
  }
  return {
    id: `a${id}`,
    title: `${places[0]}推进${things[0]}`,
    paragraphs,
    paperName: '金山报',
    date: `2023-${String(1 + (id % 12)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`,
    pageNumber: String(1 + (id % 8)),
    reporters: ['杨季峰'],
  };
}

const engine = nodeTextEngine();
const jieba = nodeJieba();
// Four articles per run: a single 4 ms run is at the mercy of one scheduler hiccup on a shared
// machine; both sides do four times the work, so the ratio is the same but steadier.
const bigs = [1, 2, 3, 4].map((seed) => article(rng(seed), seed, 5000));
const bigTexts = bigs.map((a) => normalize(a.paragraphs.join('\n')));

const store = new MemorySearchStore();
const corpus: { id: string; text: string }[] = [];
// Three queries per run, each against the scan for the same words (see bigs above).
const QUERIES: [string, string[], string][] = [
  ['张堰镇 口袋公园 -启迪', ['张堰镇', '口袋公园'], '启迪'],
  ['枫泾镇 养老服务 -区教育局', ['枫泾镇', '养老服务'], '区教育局'],
  ['朱泾镇 加装电梯 -中心医院', ['朱泾镇', '加装电梯'], '中心医院'],
];

const page = Array.from({ length: 10 }, (_, i) => article(rng(100 + i), i, 5000).paragraphs.join('\n')).join('\n');
// A reader's watch list: a few words that occur on the page, most that do not.
const watched = compileTerms([...PLACES.slice(0, 5), ...THINGS.slice(0, 5), ...Array.from({ length: 990 }, (_, i) => `关注词${i}`)]);

const cases: BenchCase[] = [
  {
    name: 'text: index terms of a 5,000-char article vs raw jieba cut_for_search',
    baselineLabel: 'jieba-wasm cut_for_search, same text (4 articles a run)',
    run: () => bigs.map((a) => indexArticle(a, engine)),
    baseline: () => bigTexts.map((t) => jieba.cut_for_search(t, true)),
    maxRatio: 1.2,
    target: '≤ 1.2× raw jieba',
    // A run is a few ms: on a loaded machine 7 pairs leave the median at the mercy of a few.
    repeat: 25,
  },
  {
    name: 'text: index terms of a 5,000-char article vs regex tokenizer',
    baselineLabel: 'regex tokenizer pass, same text',
    run: () => indexArticle(bigs[0]!, engine),
    baseline: scanBaseline(bigs[0]!.paragraphs.join('\n')),
  },
  {
    name: 'search: 2 words + exclusion over 5,000 in-memory articles',
    baselineLabel: 'substring scan of all 5,000 texts (3 queries a run)',
    setup: () => {
      if (store.size) return;
      const r = rng(7);
      for (let i = 0; i < 5000; i++) {
        const a = article(r, i, 400 + Math.floor(r() * 800));
        store.put(indexArticle(a, engine), a);
        corpus.push({ id: a.id, text: normalize([a.title, ...a.paragraphs].join('\n')) });
      }
    },
    // Async like the store interface; the harness awaits it inside the timer.
    run: async () => {
      for (const [q] of QUERIES) await search(store, engine, q, { limit: 20 });
    },
    baseline: () => QUERIES.map(([, [a, b], not]) => corpus.filter((d) => d.text.includes(a!) && d.text.includes(b!) && !d.text.includes(not)).length),
    maxRatio: 1.5,
    target: 'about as fast as a scan at 5,000 articles, faster beyond',
    repeat: 25,
  },
  {
    name: 'highlight: 1,000 watched terms, whole words, 50,000-char page',
    baselineLabel: 'regex tokenizer pass, same page',
    run: () => findTerms(page, watched, { engine }),
    baseline: scanBaseline(page),
    maxRatio: 60,
    target: '< 50 ms',
  },
];

export default cases;
