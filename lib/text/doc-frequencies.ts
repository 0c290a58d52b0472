// Document frequencies for TF-IDF keywords: learned from the user's own library (DfTable, kept
// by the background and persisted as JSON), blended with a small built-in prior so that the
// first articles of a new library still get sensible keywords. The prior is a notional corpus
// of district-paper articles: the generic words of government news (工作, 发展, 推进 …) occur
// in a large share of them, any other word in few.
export interface DocumentFrequencies {
  readonly docCount: number;
  df(term: string): number;
}

export class DfTable implements DocumentFrequencies {
  private counts = new Map<string, number>();
  docCount = 0;

  /** Adds one document (its distinct terms). */
  add(terms: Iterable<string>): void {
    this.docCount++;
    for (const t of new Set(terms)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  remove(terms: Iterable<string>): void {
    this.docCount = Math.max(0, this.docCount - 1);
    for (const t of new Set(terms)) {
      const n = (this.counts.get(t) ?? 0) - 1;
      if (n > 0) this.counts.set(t, n);
      else this.counts.delete(t);
    }
  }

  df(term: string): number {
    return this.counts.get(term) ?? 0;
  }

  toJSON(): { docCount: number; df: [string, number][] } {
    return { docCount: this.docCount, df: [...this.counts] };
  }

  static fromJSON(data: { docCount: number; df: [string, number][] }): DfTable {
    const t = new DfTable();
    t.docCount = data.docCount;
    t.counts = new Map(data.df);
    return t;
  }
}

const GENERIC_NEWS_WORDS = new Set(
  `工作 发展 建设 推进 活动 服务 群众 居民 社区 项目 企业 全区 全镇 全市 街镇 部门 负责人 同志 领导 会议 要求 提升 提高 加强
  推动 落实 实现 保障 管理 治理 目标 任务 过程 方式 平台 体系 机制 水平 能力 质量 效率 需求 经验 成效 成果 举措 措施 政策
  文件 精神 思想 理念 意识 市民 百姓 老人 孩子 年轻人 家庭 单位 人员 人次 万元 亿元 同比 增长 比例 数据 统计 现场 一线 基层
  地区 区域 领域 行业 产业 经济 社会 文化 生活 环境 安全 中心 单位 组织 代表 人民 国家 城市 乡村 农村 村民 职工 干部 党员
  党委 政府 区委 区政府 镇党委 书记 主任 区长 镇长 调研 座谈 召开 举行 举办 参加 出席 组织 成立 启动 完成 建立 打造 围绕`
    .split(/\s+/)
    .filter(Boolean),
);

export function isGenericNewsWord(word: string): boolean {
  return GENERIC_NEWS_WORDS.has(word);
}

/** Share of the notional prior corpus that contains the word. */
function priorShare(word: string): number {
  if (GENERIC_NEWS_WORDS.has(word)) return 0.4;
  const len = Array.from(word).length;
  return len <= 2 ? 0.03 : 0.01; // longer words are more specific
}

/**
 * idf of a word: the library's counts plus the prior, whose weight fades as the library grows
 * (worth 200 documents for an empty library, 10 once it holds 190 or more).
 */
export function inverseDocumentFrequency(word: string, library?: DocumentFrequencies): number {
  const n = library?.docCount ?? 0;
  const priorDocs = Math.max(10, 200 - n);
  const docs = n + priorDocs;
  const df = (library?.df(word) ?? 0) + priorDocs * priorShare(word);
  return Math.log((docs + 1) / (df + 1)) + 1;
}
