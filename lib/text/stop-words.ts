// Stop words. FUNCTION_WORDS are dropped from the search index and never become keywords;
// NEWS_BOILERPLATE (bylines, dates, reporting verbs) is indexed (someone may search 记者) but
// never a keyword. Written for simplified text after normalize().
const FUNCTION_WORDS = `
的 地 得 了 着 过 在 是 和 与 及 或 而 并 且 但 也 都 就 又 还 才 再 更 很 最 太 已 已经 曾 被 把 将 让 给 对 向 从
自 以 为 于 由 比 跟 同 往 之 其 此 这 那 哪 这个 那个 这些 那些 这里 那里 这样 那样 这种 那种 该 各 每 某 本 另 其他 其它 其中
一 一个 一些 一种 一次 个 些 种 次 位 名 项 条 家 所 者 们 我 你 他 她 它 我们 你们 他们 她们 它们 咱们 自己 大家
有 没有 没 无 不 不是 不会 不能 可以 可 能 能够 会 要 想 应 应该 需要 必须 得以 用 使 使得 通过 根据 按照 关于 对于 随着 作为
如 如果 若 虽然 但是 然而 因为 所以 因此 于是 从而 以及 并且 而且 或者 还是 只是 不仅 不但 甚至 即 即使 就是 也是 都是
啊 吗 呢 吧 呀 哦 嗯 哈 么 什么 怎么 怎样 如何 为什么 多少 几 上 下 中 里 内 外 前 后 时 时候 等 等等 之一 之后 之前 之间
`;

const NEWS_BOILERPLATE = `
本报讯 本报 记者 通讯员 实习生 摄影 摄 编辑 责任编辑 校对 报道 讯 据悉 据了解 据介绍 据统计 据报道 了解 表示 介绍 指出 强调 认为 称 说 告诉 希望
近日 日前 目前 当前 今年 去年 明年 今天 昨天 明天 当天 上午 下午 晚上 日 月 年 时间 期间 以来 方面 情况 问题 工作 进行 开展 相关
一定 一起 一直 不断 进一步 积极 持续 全面 有效 主要 重要 重点 共同 充分 切实 扎实 不少 很多 许多 部分 整体 同时 此外 另外 其中
`;

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS = toSet(FUNCTION_WORDS);
export const KEYWORD_STOP_WORDS: ReadonlySet<string> = new Set([...STOP_WORDS, ...toSet(NEWS_BOILERPLATE)]);
