// Articles printed over two (or more) pages: 下转第2版 at the end of the part on page 1, 上接第1版
// at the start of the part on page 2. Both parts are stored as their own records; this module
// decides which records belong together and in what order, so the library can show one article.
//
// Evidence, strongest first: the markers must point at each other's pages (head says 下转 P and
// sits on page Q; the tail sits on P and says 上接 Q). Among the candidates for one page pair the
// titles decide: the continuation may repeat the headline, shorten it, use the 引题/副题, or
// carry no title at all. A pair that is the only candidate on both sides is linked on the markers
// alone, whatever its titles say; when there are several, only title evidence links them.

export interface PartCandidate {
  id: string;
  title: string;
  introTitle: string | null;
  subtitle: string | null;
  paperName: string | null;
  date: string | null;
  pageNumber: string | null;
  continuedFrom: string | null;
  continuedTo: string | null;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return null;
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

/** "02", "第2版", "二", "A01", "Ａ１" → "2", "2", "2", "A1", "A1"; null when nothing page-like is left. */
export function normalisePageNumber(n: string | null | undefined): string | null {
  if (!n) return null;
  const s = n
    .normalize('NFKC')
    .replace(/[第版\s]/g, '')
    .toUpperCase();
  const cn = chineseNumber(s);
  if (cn != null) return String(cn);
  const m = /^([A-Z]?)0*(\d+)$/.exec(s);
  if (m) return `${m[1]}${m[2]}`;
  return s || null;
}

// Bracketed notes (（上接第1版）, （续）) anywhere, and bare ones only when they name a page (接第一版):
// 转 and 接 alone are ordinary letters of headlines (转型, 接力).
const BRACKETED_MARKER = /[（(【[]\s*(上接|下转|接|转|续)[^）)】\]]{0,12}[）)】\]]/g;
const BARE_MARKER = /(上接|下转|接|转)\s*第?\s*[A-Za-z]?[0-9一二三四五六七八九十]{1,3}\s*版/g;

/** A title reduced to its Han letters and digits, markers and punctuation removed. */
export function cleanTitle(t: string | null | undefined): string {
  if (!t) return '';
  return t
    .normalize('NFKC')
    .replace(BRACKETED_MARKER, '')
    .replace(BARE_MARKER, '')
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** How much two titles look like the same headline: 1 same, ~0.9 one shortens the other, else bigram overlap. */
export function titleSimilarity(a: string, b: string): number {
  const x = cleanTitle(a);
  const y = cleanTitle(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.includes(short)) return 0.9;
  const bx = bigrams(x);
  const by = bigrams(y);
  let shared = 0;
  for (const g of bx) if (by.has(g)) shared++;
  const dice = (2 * shared) / (bx.size + by.size || 1);
  // A shortened title keeps most of its bigrams inside the long one (老街区改造回迁 ⊂≈ 江湾老街区改造首批居民回迁).
  const overlap = Math.min(bx.size, by.size) >= 3 ? shared / Math.min(bx.size, by.size) : 0;
  return Math.max(dice, 0.9 * overlap);
}

/** Title evidence for head → tail, or null when the tail carries no title of its own. */
export function titleAffinity(head: PartCandidate, tail: PartCandidate): number | null {
  if (!cleanTitle(tail.title)) return null;
  return Math.max(...[head.title, head.introTitle, head.subtitle].filter((t): t is string => !!t).map((t) => titleSimilarity(t, tail.title)), 0);
}

const STRONG = 0.5;

interface Edge {
  head: string;
  tail: string;
  score: number;
}

function markersAgree(head: PartCandidate, tail: PartCandidate): boolean {
  if (head.id === tail.id) return false;
  if (head.paperName !== tail.paperName || head.date !== tail.date) return false;
  const to = normalisePageNumber(head.continuedTo);
  const from = normalisePageNumber(tail.continuedFrom);
  if (!to || !from) return false;
  const tailPage = normalisePageNumber(tail.pageNumber);
  const headPage = normalisePageNumber(head.pageNumber);
  // An unknown page number does not veto: the marker on the other side still names the page.
  return (tailPage == null || tailPage === to) && (headPage == null || headPage === from);
}

/** Head → tail links between the given articles (all of one issue, or several: paper and date are checked). */
export function linkParts(articles: readonly PartCandidate[]): Map<string, string> {
  const heads = articles.filter((a) => normalisePageNumber(a.continuedTo));
  const tails = articles.filter((a) => normalisePageNumber(a.continuedFrom));
  const edges: Edge[] = [];
  for (const h of heads) {
    for (const t of tails) {
      if (!markersAgree(h, t)) continue;
      edges.push({ head: h.id, tail: t.id, score: titleAffinity(h, t) ?? 0 });
    }
  }
  edges.sort((a, b) => b.score - a.score || a.head.localeCompare(b.head) || a.tail.localeCompare(b.tail));
  const next = new Map<string, string>();
  const taken = new Set<string>();
  const free = (e: Edge) => !next.has(e.head) && !taken.has(e.tail);
  const link = (e: Edge) => {
    next.set(e.head, e.tail);
    taken.add(e.tail);
  };
  for (const e of edges) if (e.score >= STRONG && free(e)) link(e);
  // Markers alone: only where one head and one tail are left that could pair with each other.
  for (const e of edges) {
    if (!free(e)) continue;
    const rivals = edges.filter((o) => o !== e && free(o) && (o.head === e.head || o.tail === e.tail));
    if (rivals.length === 0) link(e);
  }
  return next;
}

/**
 * The articles grouped into series: each inner list is one article in reading order (a single
 * part for most). Every input appears in exactly one series; series keep the order in which
 * their first-listed member appears in the input.
 */
export function groupSeries<T extends PartCandidate>(articles: readonly T[]): T[][] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const next = linkParts(articles);
  const prev = new Map([...next].map(([h, t]) => [t, h]));
  const seriesOf = new Map<string, T[]>();
  const out: T[][] = [];
  for (const a of articles) {
    if (seriesOf.has(a.id)) continue;
    // Walk back to the first part, then forward; the seen set stops a cycle of bad markers.
    let first = a.id;
    const back = new Set([first]);
    while (prev.has(first) && !back.has(prev.get(first)!)) back.add((first = prev.get(first)!));
    const series: T[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = first; id && !seen.has(id); id = next.get(id)) {
      seen.add(id);
      const part = byId.get(id);
      if (part) series.push(part);
    }
    for (const p of series) seriesOf.set(p.id, series);
    out.push(series);
  }
  return out;
}
