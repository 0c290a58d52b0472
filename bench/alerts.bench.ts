// Topic alerts: every saved article is matched against every topic (issue 6: 1,000 topics on
// one article in < 1 ms). The case matches one ~2,000-character article against 1,000 topics
// (3 any-of terms each, some with must-have terms and exclusions, half whole-word with a real
// jieba segmenter), PER_RUN (50) times per run; the baseline is one regex tokenizer pass over the same
// article, also PER_RUN times, so the printed medians are for 50 articles (18 ms ≈ 0.36 ms each).
//
// Calibration (the shared 2026-11 dev machine, load average ~7): the baseline costs ~0.026 ms
// per article, so the absolute 1 ms target is a ratio of ~38×; matching measured 31-33×
// (0.8-0.9 ms per article), of which ~70% is jieba cutting the 21 clauses around whole-word
// candidate hits (without a segmenter the same match takes ~0.25 ms). The limit is the ratio
// at which the 1 ms target is met. This article is deliberately hit-heavy (a place name that
// whole-word topics watch in every sentence); ordinary articles segment far fewer clauses.
import { buildTopicMatcher, type ArticleText } from '../lib/alerts/matcher';
import type { Topic } from '../lib/alerts/topic';
import { nodeSegmenter } from '../lib/text/segmenter-node';
import { scanBaseline, type BenchCase } from './types';

const PER_RUN = 50;

// Invented vocabulary in the shape of district news: places, projects, offices, actions.
const PLACES = ['山阳镇', '金山卫镇', '朱泾镇', '枫泾镇', '张堰镇', '亭林镇', '吕巷镇', '廊下镇', '漕泾镇', '石化街道'];
const THINGS = ['保障性租赁住房', '城市更新', '老旧小区', '乡村振兴', '营商环境', '垃圾分类', '河道整治', '养老服务', '社区食堂', '公交线路', '数字化转型', '文明创建'];
const ACTIONS = ['调研', '开工', '验收', '推进会', '签约', '揭牌', '座谈', '部署', '督查', '培训'];

function sentence(i: number): string {
  const p = PLACES[i % PLACES.length]!;
  const t = THINGS[(i * 7) % THINGS.length]!;
  const a = ACTIONS[(i * 3) % ACTIONS.length]!;
  return `${p}围绕${t}工作召开${a}，相关负责人介绍了第${i + 1}阶段的进展情况，要求各部门加强协同、压实责任，确保年内见到实效。`;
}

const body = Array.from({ length: 40 }, (_, i) => sentence(i)).join('\n');
const article: ArticleText = { introTitle: '聚焦民生实事', title: '山阳镇推进保障性租赁住房建设', subtitle: '年内新增房源三百套', body, paperName: '金山报' };

function topics(n: number): Topic[] {
  const out: Topic[] = [];
  for (let i = 0; i < n; i++) {
    // Most topics never hit (invented names), some hit common words, as in real use.
    const rare = `话题${i}号`;
    const anyOf = i % 10 === 0 ? [PLACES[i % PLACES.length]!, rare, `${rare}甲`] : i % 10 === 1 ? [THINGS[i % THINGS.length]!, rare] : [rare, `${rare}乙`, `专项${i}`];
    out.push({
      id: i,
      name: `主题${i}`,
      anyOf,
      mustHave: i % 7 === 0 ? [ACTIONS[i % ACTIONS.length]!] : undefined,
      exclude: i % 5 === 0 ? [`排除${i}`] : undefined,
      scope: i % 3 === 0 ? 'headline' : 'both',
      mode: i % 2 === 0 ? 'word' : 'substring',
    });
  }
  return out;
}

const segmenter = nodeSegmenter();
const fullText = [article.introTitle, article.title, article.subtitle, article.body].join('\n');
const baselineOnce = scanBaseline(fullText);

// 10 and 100 topics (issue 8's figures) are held to the same limit as 1,000: the 1 ms target
// holds a fortiori, and a cost that grows with the topic count shows as a rising ratio.
const cases: BenchCase[] = [10, 100, 1000].map((n) => {
  const matcher = buildTopicMatcher(topics(n));
  return {
    name: `alerts: ${n.toLocaleString('en')} topics on one article`,
    baselineLabel: 'regex tokenizer pass over the article',
    run: () => {
      let hits = 0;
      for (let i = 0; i < PER_RUN; i++) hits += matcher.match(article, segmenter).length;
      return hits;
    },
    baseline: () => {
      let k = 0;
      for (let i = 0; i < PER_RUN; i++) k += baselineOnce();
      return k;
    },
    maxRatio: 38,
    target: `< 1 ms per article with ${n.toLocaleString('en')} topics (medians are for ${PER_RUN} articles)`,
    repeat: 21,
  };
});

export default cases;
