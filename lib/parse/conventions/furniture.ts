// Page chrome that e-paper sites print around an article: navigation, zoom buttons, copyright,
// registration numbers, counters, QR prompts, title lists. Conservative: a line is furniture only
// when it is made of such items (or is a short line led by one), never because a sentence mentions one.

// Items that can make up a whole line, alone or several together ("上一篇 下一篇", "放大 缩小 默认").
const ITEMS = [
  '上一篇', '下一篇', '上一版', '下一版', '上一期', '下一期', '上篇', '下篇', '上版', '下版', '昨天', '明天',
  '前一天', '后一天', '放大', '缩小', '默认', '扩展', '收缩', '朗读', '版面概览', '版面导航', '返回新闻列表',
  '返回目录', '返回', '新闻列表', '本版列表新闻', '本版新闻', '版面目录', '往期回顾', '往期', '打印本页', '打印',
  '关闭窗口', '关闭', 'PDF下载', 'PDF', '下载PDF', '全文检索', '检索', '字数', '字体', '分享到', '分享', '收藏',
  '我知道了', '即时新闻', '扫二维码', '扫码', '了解详情', '扫一扫', '首页', '»', '«', '>>', '<<', '|',
];
const ITEM_RE = new RegExp(
  `^(?:(?:${ITEMS.map((x) => x.replace(/[|»«<>]/g, '\\$&')).join('|')})[\\s:：|｜·]*)+$`,
  'i',
);

// The characters a line made of items can start with (ITEM_RE is case-insensitive): most lines
// start with none of them and skip the pattern.
const ITEM_FIRST = new Set(ITEMS.flatMap((x) => [x[0]!.toLowerCase(), x[0]!.toUpperCase()]));

// Patterns that mark a line as chrome wherever they appear, when the line is short.
const MARKERS: RegExp[] = [
  /版\s*权\s*所\s*有|Copyright|©/i,
  /ICP\s*[备证]|网安备|公网安备|国内统一刊号|国内统一连续出版物号|CN\s*\d{2}\s*[-－]\s*\d{4}|邮发代号/i,
  /订阅电话|发行电话|广告热线|新闻热线|投稿邮箱|联系电话[:：]/,
  /阅读量\s*[:：]?\s*\d|本文字数\s*[:：]?\s*\d|浏览次数|点击数\s*[:：]|访问量/,
  /本期共\s*\d+\s*版|共\s*\d+\s*版\s*[（(]/,
  /这已经是最后一期|已经是第一期|已经是最后一版/,
  /^(?:上一篇|下一篇|上一版|下一版|上一期|下一期)\s*[:：]/,
  /\/enpproperty-->|<!--|-->/,
  /^~~~/,
];
// The markers as one pattern, so a line is scanned once (case-insensitive: only Latin marks differ).
export const MARKER_RE = new RegExp(MARKERS.map((re) => `(?:${re.source})`).join('|'), 'i');
// A character every marker contains (权 版权所有, C Copyright/CN, P ICP, 备 网安备, 统 统一刊号, 邮 邮发/
// 邮箱, 话 电话, 线 热线, 阅 数 量 counters, 版 期 版/期 notes, colons, < > comments, ~): a scan that
// rules out most lines before MARKER_RE, which is tried at every position.
export const MARKER_HINT = /[权CcPp©备统邮话线阅数量版期:：<>~]/;

/** Navigation bars: several short items separated by | or wide gaps ("首页 | 新闻 | 微博"). */
function isNavBar(t: string): boolean {
  if (!t.includes('|') && !t.includes('｜')) return false; // one part only
  const parts = t.split(/\s*[|｜]\s*/).filter(Boolean);
  return parts.length >= 4 && parts.every((x) => x.length <= 8 && !/[。，！？]/.test(x));
}

/** True for a line of page chrome. A line holding a sentence (ends in 。！？) is never chrome. */
export function isFurnitureLine(line: string): boolean {
  const t = /\s/.test(line) ? line.replace(/[\s\u00a0\u3000]+/g, ' ').trim() : line; // \s holds \u00a0 and \u3000
  if (!t) return false;
  if (ITEM_FIRST.has(t[0]!) && ITEM_RE.test(t)) return true;
  if (isNavBar(t)) return true;
  if (/^~~~/.test(t)) return true;
  if (/[。！？]$/.test(t) && t.length > 30) return false;
  if (t.length <= 120 && MARKER_HINT.test(t) && MARKER_RE.test(t)) return true;
  // A line led by a chrome item and followed only by other short chrome ("上一期 下一期 02:要闻").
  if (!t.includes(' ')) return false; // one word: the rule below needs two
  const words = t.split(' ');
  return words.length >= 2 && words.length <= 8 && words.filter((w) => ITEM_RE.test(w)).length >= Math.ceil(words.length / 2) && !/[。，！？]/.test(t);
}
