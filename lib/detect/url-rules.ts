// Stage 1 of detection: what the address alone says. Declared as data; each rule is one URL
// shape of ../shared/docs/epaper-platforms.md §1 with the page kind it implies.
// Weights are deliberately below the 2.5 that detection needs: a URL such as
// /content/2024-05/12/content_123.htm is also used by government and portal sites, so the
// page itself must add evidence (DOM or text) before anything counts as a newspaper page.
import type { FamilyId } from '../parse/types';

export interface UrlRule {
  pattern: RegExp;
  kind: 'article' | 'layout' | 'redirect';
  weight: number;
  /** The family this shape belongs to, when the shape is that specific. */
  family?: FamilyId;
  reason: string;
}

const D = '\\d{4}-\\d{2}\\/\\d{2}'; // 2017-07/22
const M = '\\d{6}\\/\\d{2}'; // 202404/30

export const URL_RULES: UrlRule[] = [
  { pattern: /\/paperindex\.html?$/i, kind: 'redirect', weight: 2, family: 'paperindex', reason: '网址为 paperindex.htm（跳转页）' },
  // Classic Founder and its /content/ variant.
  { pattern: new RegExp(`\\/html\\/${D}\\/node_\\d+\\.html?$`, 'i'), kind: 'layout', weight: 2, family: 'founder-classic', reason: '网址形如 /html/年-月/日/node_N.htm（版面页）' },
  { pattern: new RegExp(`\\/content\\/${D}\\/node_\\d+\\.html?$`, 'i'), kind: 'layout', weight: 1.5, family: 'founder-classic', reason: '网址形如 /content/年-月/日/node_N.htm（版面页）' },
  { pattern: new RegExp(`\\/html\\/${D}\\/content_\\d+(_\\d+)?\\.html?$`, 'i'), kind: 'article', weight: 2, family: 'founder-classic', reason: '网址形如 /html/年-月/日/content_N.htm（文章页）' },
  { pattern: new RegExp(`\\/content\\/${D}\\/content_\\d+(_\\d+)?\\.html?$`, 'i'), kind: 'article', weight: 1, family: 'founder-classic', reason: '网址形如 /content/年-月/日/content_N.htm' },
  { pattern: /\/h5\/html5\/\d{4}-\d{2}\/\d{2}\/node_\d+\.html?$/i, kind: 'layout', weight: 2, reason: '网址形如 /h5/html5/…/node_N.htm（手机版面页）' },
  // Newer Founder pc/pad family.
  { pattern: new RegExp(`\\/(pc|pad)\\/(layout|col|column|paper\\/layout|html)\\/(${M}|${D})\\/(node|col)_?[a-z]*\\d+\\.html?$`, 'i'), kind: 'layout', weight: 2, family: 'founder-pc', reason: '网址形如 /pc/layout/年月/日/node_01.html（版面页）' },
  { pattern: new RegExp(`\\/(pc|pad)\\/(content|con|paper\\/c)\\/(${M}|${D})\\/content_\\d+(_\\d+)?\\.html?$`, 'i'), kind: 'article', weight: 2, family: 'founder-pc', reason: '网址形如 /pc/content/年月/日/content_N.html（文章页）' },
  { pattern: new RegExp(`\\/pc\\/${M}\\/col_?\\d+\\.html?$`, 'i'), kind: 'layout', weight: 2, family: 'chunkicon', reason: '网址形如 /pc/年月/日/col01.html（版面页）' },
  { pattern: /\/app_epaper\/\d{4}-\d{2}\/\d{2}\/node_\d+\.html?$/i, kind: 'layout', weight: 2, family: 'founder-pc', reason: '网址形如 /app_epaper/…/node_01.html（版面页）' },
  { pattern: /\/app_epaper\/\d{4}-\d{2}\/\d{2}\/content_\d+\.html?$/i, kind: 'article', weight: 2, family: 'founder-pc', reason: '网址形如 /app_epaper/…/content_N.html（文章页）' },
  { pattern: new RegExp(`\\/(${M}|${D})\\/node_[a-z]{1,3}\\d{1,3}\\.html?$`, 'i'), kind: 'layout', weight: 2, family: 'founder-pc', reason: '网址形如 node_A01.html（版面页）' },
  { pattern: new RegExp(`\\/(${M})\\/(node|col)_?\\d{1,3}\\.html?$`, 'i'), kind: 'layout', weight: 1.5, reason: '网址形如 /年月/日/node_01.html（版面页）' },
  { pattern: new RegExp(`\\/(${M}|\\d{4}-\\d{2}\\/\\d{2}|\\d{4}-\\d{2}-\\d{2})\\/content_\\d+(_\\d+)?\\.html$`, 'i'), kind: 'article', weight: 1, reason: '网址形如 /年月/日/content_N.html' },
  { pattern: /\/node_\d+\.html?$/i, kind: 'layout', weight: 1, reason: '网址以 node_N.htm 结尾' },
  // People's Daily group and 北京日报 mobile.
  { pattern: /\/nbs\.D\d+[a-z]+_\d+\.html?$/i, kind: 'layout', weight: 2, family: 'nbs', reason: '网址形如 nbs.D110000…_01.htm（版面页）' },
  { pattern: /\/nw\.D\d+[a-z]+_\d{8}_\d+-\d+\.html?$/i, kind: 'article', weight: 2, family: 'nbs', reason: '网址形如 nw.D110000…_年月日_N-01.htm（文章页）' },
  { pattern: /\/mobile\/\d{4}\/\d{8}\/\d{8}_m\.html?$/i, kind: 'layout', weight: 2, family: 'bjrb-mobile', reason: '网址形如 /mobile/年/年月日/年月日_m.html（手机版目录）' },
  { pattern: /\/\d{8}_\d{3}\/content_\d{8}_\d{3}_\d+\.html?$/i, kind: 'article', weight: 2, family: 'bjrb-mobile', reason: '网址形如 年月日_版/content_年月日_版_N.htm（文章页）' },
  // Other platforms of §1.5.
  { pattern: /\/l\d{2}\.html$/i, kind: 'layout', weight: 1, reason: '网址形如 /l01.html（版面页）' },
  { pattern: /\/Qpaper(_\d+)?\.html$/i, kind: 'layout', weight: 1.5, family: 'qpaper', reason: '网址为 Qpaper.html（版面页）' },
  { pattern: /\/Qpaper_\d+_\d+\.html$/i, kind: 'article', weight: 1, family: 'qpaper', reason: '网址形如 Qpaper_版_篇.html（文章页）' },
  // 新民晚报: /html/xmwb/2024-05-08/3.html numbers its pages; articles sit under the page number.
  { pattern: /\/html\/[a-z]+\/\d{4}-\d{2}-\d{2}\/\d{1,3}\.html$/i, kind: 'layout', weight: 1.5, family: 'dzb', reason: '网址形如 /html/报纸代号/年-月-日/N.html（版面页）' },
  { pattern: /\/html\/[a-z]+\/\d{4}-\d{2}-\d{2}\/\d{1,3}\/\d+\.html$/i, kind: 'article', weight: 1, family: 'dzb', reason: '网址形如 /html/报纸代号/年-月-日/版/N.html' },
  { pattern: /\/con-\d+\.html$/i, kind: 'article', weight: 1, reason: '网址形如 con-N.html' },
  { pattern: /\/paperdate\/\d{8}\/part\/\d+\/articleid\/\d+\.html$/i, kind: 'article', weight: 2, reason: '网址形如 paperdate/年月日/part/N/articleid/N.html' },
  { pattern: /\/article\/index\/aid\/\d+\.html$/i, kind: 'article', weight: 1, reason: '网址形如 /Article/index/aid/N.html' },
  { pattern: /\/appkey\/\d+\/date\/\d{4}-\d{2}-\d{2}\/page\/\d+\/aid\/\d+\.html$/i, kind: 'article', weight: 2, reason: '网址形如 routeryun …/page/N/aid/N.html' },
];

/** Hosts of e-paper platforms and naming habits (epaper., szb., dzb., paper., cnepaper …). */
const PAPER_HOST = /(^|[.-])(e?paper|szb|dzb|szbz|dianzibao|shuzibao|cnepaper|xepaper|routeryun|183read|fzsyun)([.-]|\d|$)|^e\.|^(ep|bz|baozhi)\./i;
/** E-paper directories on a general site: /szb/, /epaper/, /dzb/ … */
const PAPER_DIR = /\/(e?paper|szb|dzb|dianzibao|shuzibao|newspaper)s?\//i;
/** Raw IPv4 hosts that serve several papers under /{code}/html/. */
const IP_WITH_CODE = /^\/[a-z]\w{1,15}\/(html|h5)\//i;

// Script-served papers: newspaper.asp?id=20211124&ban=3&art=12, epaper.asp?…&ban=A&banid=13.
const PAPER_SCRIPT = /\/(news)?e?paper\w*\.(asp|aspx|php|jsp|do)\?.*\b(ban|banid|banci|page|art|aid|id)=/i;
const PAPER_SCRIPT_RULE: UrlRule = { pattern: PAPER_SCRIPT, kind: 'article', weight: 1, reason: '网址形如 newspaper.asp?…&ban=N' };

export interface UrlHints {
  rules: UrlRule[];
  /** Why the host looks like an e-paper host (epaper., szb., cnepaper, a raw IP with /{code}/html/), or null. */
  hostReason: string | null;
  /** Why the path looks like an e-paper directory on a general site (/szb/, /epaper/), or null. */
  dirReason: string | null;
}

/** Host (lowercased), path and query of a URL; a string that is no URL counts as a bare path. */
export function splitUrl(url: string | null | undefined): { host: string; path: string; search: string } {
  if (!url) return { host: '', path: '', search: '' };
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), path: u.pathname, search: u.search };
  } catch {
    return { host: '', path: url.replace(/[?#].*$/, ''), search: '' };
  }
}

export function urlHints(url: string | null | undefined): UrlHints {
  const out: UrlHints = { rules: [], hostReason: null, dirReason: null };
  if (!url) return out;
  const { host, path, search } = splitUrl(url);
  for (const r of URL_RULES) if (r.pattern.test(path)) out.rules.push(r);
  if (PAPER_SCRIPT.test(path + search)) out.rules.push(PAPER_SCRIPT_RULE);
  if (PAPER_DIR.test(path)) out.dirReason = '路径含 /szb/、/epaper/ 等电子报目录';
  if (PAPER_HOST.test(host)) out.hostReason = `主机名 ${host} 像电子报站点`;
  else if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) && IP_WITH_CODE.test(path)) out.hostReason = 'IP 主机下的 /报纸代号/html/ 路径';
  return out;
}
