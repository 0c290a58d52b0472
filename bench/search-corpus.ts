// Generated newspaper-like articles for the search benchmarks: sentences of local news built
// from a vocabulary drawn with Zipf-like frequencies (a few words in most articles, most words
// in few), places from the gazetteer, varied papers, dates, pages and reporters. Deterministic
// for a seed, so two runs search the same library. Text written here, not taken from any page.
import { KNOWN_PAPERS } from '../lib/sites/known-papers';
import { gazetteer } from '../lib/text/gazetteer';
import type { SearchableArticle } from '../lib/search/types';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = `
工作 群众 社区 居民 项目 企业 服务 发展 建设 安全 教育 学校 医院 老人 儿童 志愿者 干部 党员 村民 农民 产业 经济 文化 旅游 环境 生态
交通 道路 公交 地铁 停车 住房 小区 物业 垃圾分类 河道 绿化 公园 广场 市场 商户 消费 就业 创业 人才 科技 创新 园区 工厂 农业 合作社
蔬菜 水果 大米 养殖 渔业 乡村 村庄 街道 楼宇 电梯 管道 供水 燃气 电力 消防 应急 防汛 气象 卫生 疫苗 医生 护士 药品 养老 托育 幼儿园
图书馆 博物馆 体育 比赛 运动员 演出 展览 非遗 书法 摄影 读书 阅读 课程 培训 讲座 论坛 会议 调研 检查 督查 整改 验收 签约 开工 竣工
政策 补贴 资金 预算 审计 税收 金融 银行 保险 法律 法院 检察 公安 民警 交警 调解 纠纷 信访 网格 治理 文明 新风 家风 榜样 先进
公租房 廉租房 保障性租赁住房 人才公寓 老旧小区 城市更新 乡村振兴 营商环境 一网通办 长者食堂 社区食堂 家庭医生 加装电梯 污水纳管 美丽庭院
口袋公园 夜间经济 数字化转型 新质生产力 党群服务中心 新时代文明实践中心 为民办实事 防汛防台 高质量发展 基层治理 文旅融合 全域旅游
`;
const VERBS = `推进 开展 举行 召开 启动 完成 提升 改善 加强 落实 推动 组织 参加 走访 慰问 发布 举办 建成 投用 开放 试点 部署 表彰 签署 实施 优化`;
const MODIFIERS = `全面 持续 进一步 扎实 有序 精准 稳步 积极 重点 首批 全新 智慧 绿色 便民 规范 联合 专项 常态化 年度 季度`;
const TAILS = `取得阶段性成效 受到群众欢迎 为下一步工作打下基础 惠及周边居民 预计年底前完成 吸引众多市民参与 形成可复制的经验 获得上级部门肯定`;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞琳建国志文斌辉宇浩凯健俊帆晨欣雪婷雯佳怡子轩梓涵嘉琪';

const SURNAME_LIST = Array.from(SURNAMES);
const GIVEN_LIST = Array.from(GIVEN);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Picks from `items` with weight 1/(rank+1)^s: the head is common, the tail rare. */
export function zipf<T>(items: T[], s = 1.05): (r: () => number) => T {
  const cum = new Float64Array(items.length);
  let total = 0;
  items.forEach((_, i) => (cum[i] = total += 1 / Math.pow(i + 1, s)));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

export interface CorpusVocabulary {
  /** Topic words, most common first. */
  nouns: string[];
  /** Town and street names, most common first (a paper writes mostly about its own district). */
  places: string[];
}

/** Articles `from` .. `from + count - 1` of the library for `seed` (same numbers, same articles). */
export class NewsCorpus {
  readonly vocabulary: CorpusVocabulary;
  private readonly pickNoun: (r: () => number) => string;
  private readonly pickPlace: (r: () => number) => string;
  private readonly verbs = words(VERBS);
  private readonly modifiers = words(MODIFIERS);
  private readonly tails = words(TAILS);
  private readonly papers = KNOWN_PAPERS.map((p) => p.name);

  constructor(private readonly seed = 1) {
    const r = rng(seed);
    // Shuffle deterministically so the common words are not simply the first written.
    const shuffle = <T>(xs: T[]) => xs.map((x) => [r(), x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
    const towns = gazetteer()
      .places()
      .filter((p) => p.level === 'town' && /(镇|街道|乡)$/.test(p.name) && Array.from(p.name).length >= 3)
      .map((p) => p.name);
    this.vocabulary = { nouns: shuffle([...new Set(words(NOUNS))]), places: shuffle([...new Set(towns)]).slice(0, 3000) };
    this.pickNoun = zipf(this.vocabulary.nouns, 1.0);
    this.pickPlace = zipf(this.vocabulary.places, 1.1);
  }

  /** Every piece the generated text is written from (the search bench's seeding engine cuts by them). */
  pieces(): string[] {
    return [...this.vocabulary.nouns, ...this.vocabulary.places, ...this.verbs, ...this.modifiers, ...this.tails, '工作', '和', '，', '。', '\n'];
  }

  article(n: number): SearchableArticle {
    const r = rng(this.seed * 1_000_003 + n);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const place = this.pickPlace(r);
    const topic = this.pickNoun(r);
    const person = () => pick(SURNAME_LIST) + pick(GIVEN_LIST) + (r() < 0.5 ? pick(GIVEN_LIST) : '');
    const sentence = () => {
      const where = r() < 0.4 ? place : this.pickPlace(r);
      const a = r() < 0.5 ? topic : this.pickNoun(r);
      const b = this.pickNoun(r);
      return r() < 0.5
        ? `${where}${pick(this.modifiers)}${pick(this.verbs)}${a}工作，${b}${pick(this.tails)}。`
        : `${pick(this.modifiers)}${pick(this.verbs)}${a}和${b}，${where}${this.pickNoun(r)}${pick(this.tails)}。`;
    };
    const paragraphs: string[] = [];
    const count = 4 + Math.floor(r() * 7);
    for (let p = 0; p < count; p++) paragraphs.push(Array.from({ length: 2 + Math.floor(r() * 3) }, sentence).join(''));
    const year = 2019 + Math.floor(r() * 6);
    const date = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    return {
      id: `bench-${this.seed}-${n}`,
      title: `${place}${pick(this.verbs)}${topic}`,
      subtitle: r() < 0.3 ? `${this.pickNoun(r)}${pick(this.tails)}` : null,
      paragraphs,
      paperName: pick(this.papers),
      date,
      pageNumber: String(1 + Math.floor(r() * 8)).padStart(2, '0'),
      pageName: null,
      reporters: [person()],
    };
  }

  /**
   * `count` two-word queries mixing common and rare words: common+common, common+place,
   * place+place and word+rare-place, in turn.
   */
  queries(count: number): string[] {
    const r = rng(this.seed + 77);
    const { nouns, places } = this.vocabulary;
    const band = (xs: string[], from: number, to: number) => xs[from + Math.floor(r() * Math.max(1, Math.min(to, xs.length) - from))]!;
    const out: string[] = [];
    for (let i = 0; out.length < count; i++) {
      const kind = i % 4;
      if (kind === 0) out.push(`${band(nouns, 0, 15)} ${band(nouns, 0, 40)}`);
      else if (kind === 1) out.push(`${band(nouns, 0, 30)} ${band(places, 0, 50)}`);
      else if (kind === 2) out.push(`${band(places, 0, 20)} ${band(nouns, 20, nouns.length)}`);
      else out.push(`${band(nouns, 0, nouns.length)} ${band(places, 100, 3000)}`);
    }
    return out;
  }
}
