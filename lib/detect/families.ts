// Which e-paper family a page belongs to. Each family declares its own evidence (URL shapes,
// hosts, selectors, comment markers); families are tried most specific first, because the
// specific templates reuse Founder's generic markup (#ozoom, founder-content, /html/ URLs):
// a cnepaper page also looks "classic", never the other way round.
import type { FamilyId } from '../parse/types';
import type { DetectInput, DomProbe } from './types';
import { splitUrl } from './url-rules';

export interface FamilyEvidence {
  id: FamilyId;
  urls?: RegExp[];
  hosts?: RegExp[];
  selectors?: string[];
  comments?: RegExp[];
}

const D = '(\\d{6}\\/\\d{2}|\\d{4}-\\d{2}\\/\\d{2})';

/** In precedence order; a family may appear twice (URL evidence early, markup later). `generic` has no evidence of its own: it takes newspaper pages nobody else claims. */
export const FAMILY_EVIDENCE: FamilyEvidence[] = [
  {
    id: 'paperindex',
    urls: [/\/paperindex\.html?$/i],
    // Attribute values spelled out in each case: the `i` flag is not honoured by every DOM (happy-dom).
    selectors: ['refresh', 'REFRESH', 'Refresh'].flatMap((v) => [`meta[http-equiv=${v}][content*="node_"]`, `meta[http-equiv=${v}][content*="html/"]`]),
  },
  {
    id: 'bjrb-mobile',
    urls: [/\/mobile\/\d{4}\/\d{8}\/\d{8}_m\.html?$/i, /\/\d{8}_\d{3}\/content_\d{8}_\d{3}_\d+\.html?$/i],
    selectors: ['font#main-title', '.nav-list-group a[data-href]', '.nav-panel-heading[pdf_href]'],
  },
  { id: 'fzsyun', hosts: [/(^|\.)fzsyun\.cn$/i], selectors: ['cms-content', 'li.layout-catalogue-item', 'a.pic-info-ctrl'] },
  {
    id: 'chunkicon',
    urls: [/\/pc\/\d{6}\/\d{2}\/col_?\d+\.html?$/i],
    selectors: ['.Chunkiconlist', '.Chunkiconbox', '.newsdetatext', '.newsdetatit', '.Therestlist', '#ScroLeft .newslist'],
  },
  // §1.5 platforms with their own markup. Layout evidence only for nav-list: its article pages use the
  // layoutlist article template (#PreTitle/#Title/#SubTitle, div.attachment) and are that family.
  { id: 'nav-list', urls: [/\/l\d{2}\.html$/i], selectors: ['div.nav-list li a', 'div.newspaper-pic img.preview'] },
  {
    id: 'qpaper',
    urls: [/\/Qpaper(_\d+)*\.html$/i],
    selectors: ['#bancilist', 'span.banming2', 'div.paper_rect', '#doctitle ~ #doccontent', '#yinti ~ #doctitle'],
  },
  {
    id: 'dzb',
    urls: [/\/html\/[a-z]+\/\d{4}-\d{2}-\d{2}\/\d+(\/\d+)?\.html$/i],
    selectors: ['.dzb-enter-mulu-wrap-nav', '.dzb-enter-benban-wrap', 'p.dzb-desc-box', '.dzb-multi-download'],
  },
  { id: 'svg-area', urls: [/\/con-\d+\.html$/i], selectors: ['polygon[data-contentid]'] },
  { id: 'layoutlist', selectors: ['#layoutlist', 'span#layout', 'a.nextArt', 'div.attachment', 'h2#Title'] },
  // The /pc/ address beats cnepaper markup: the /pc/col/ group (福建日报, 石狮日报) uses #bmdhTable too.
  {
    id: 'founder-pc',
    urls: [
      /\/(pc|pad)\/(layout|col|column|con|content|paper|html)\//i,
      /\/app_epaper\//i,
      new RegExp(`\\/${D}\\/node_[a-z]{1,3}\\d{1,3}\\.html?$`, 'i'),
      new RegExp(`\\/\\d{6}\\/\\d{2}\\/(node|content)_\\w+\\.html$`, 'i'),
    ],
  },
  {
    id: 'cnepaper',
    hosts: [/(^|\.)(cnepaper|xepaper)\.com$/i],
    selectors: ['.rigth_bmdh_href', '#bmdhTable', 'tr.wzlb_tr', 'td#currentBM', 'a#ed_next', 'a#ed_pre', 'p.BSHARE_TEXT', '#bigbmshowpdf'],
  },
  { id: 'main-ed', selectors: ['.main-ed-articlenav-list', '#main-ed-articlenav-list', '.main-ed-map'] },
  { id: 'nbs', urls: [/\/nbs\.D\d+[a-z]+_\d+\.html?$/i, /\/nw\.D\d+[a-z]+_\d{8}_\d+-\d+\.html?$/i], selectors: ['div.text_c', '#titleList', 'div.l_t'] },
  { id: 'founder-pc', selectors: ['.swiper-slide [id=pageLink]', 'div.article p.sec'] },
  {
    id: 'founder-classic',
    urls: [/\/(html|content)\/\d{4}-\d{2}\/\d{2}\/(node|content)_\d+(_\d+)?\.html?$/i],
    selectors: ['founder-content', 'founder-title', '#ozoom', 'table.wz', 'map area[href*="content_"]', '[id=pageLink]', 'a.preart'],
    comments: [/<founder-(papername|pagenum|type|date)>/i, /^\s*<npm:article-/i],
  },
  { id: 'generic' },
];

function probeHas(probe: DomProbe | null, selector: string): boolean {
  try {
    return !!probe?.has(selector);
  } catch {
    return false;
  }
}

/** Whether the page shows this family's own evidence (regardless of other families). */
export function hasFamilyEvidence(fam: FamilyEvidence, input: DetectInput, comments?: string[]): boolean {
  const { host, path } = splitUrl(input.url);
  if (fam.urls?.some((re) => re.test(path))) return true;
  if (host && fam.hosts?.some((re) => re.test(host))) return true;
  if (fam.selectors?.some((s) => probeHas(input.probe, s))) return true;
  if (fam.comments) {
    const cs = comments ?? input.probe?.comments() ?? [];
    if (fam.comments.some((re) => cs.some((c) => re.test(c)))) return true;
  }
  return false;
}

/** The most specific family with evidence on the page; `generic` when none has any. */
export function resolveFamily(input: DetectInput, comments?: string[]): FamilyId {
  for (const fam of FAMILY_EVIDENCE) if (fam.id !== 'generic' && hasFamilyEvidence(fam, input, comments)) return fam.id;
  return 'generic';
}
